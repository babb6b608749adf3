<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>AllergiesView</name>
    <message>
        <source>Alerts</source>
        <translation>Επισημάνσεις</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Αλλεργίες και δυσανεξίες</translation>
    </message>
    <message>
        <source>Implants and devices</source>
        <translation>Εμφυτεύματα και ιατροτεχνολογικά προϊόντα</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Η ουσία δεν κατονομάζεται</translation>
    </message>
    <message>
        <source>Not an allergy: a statement that none is known</source>
        <translation>Δεν είναι αλλεργία: δήλωση ότι δεν είναι γνωστή καμία</translation>
    </message>
    <message>
        <source>recorded {date}</source>
        <translation>καταγράφηκε στις {date}</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Αλλεργία</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>από τις {date}</translation>
    </message>
    <message>
        <source>Reactions: {reactions}</source>
        <translation>Αντιδράσεις: {reactions}</translation>
    </message>
    <message>
        <source>Reaction: {reaction}</source>
        <translation>Αντίδραση: {reaction}</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Ιατροτεχνολογικό προϊόν</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Εμφυτευμένη θύρα (port)</translation>
    </message>
    <message>
        <source>Alert from your centre</source>
        <translation>Επισήμανση από το κέντρο σας</translation>
    </message>
    <message>
        <source>Warning about a treatment</source>
        <translation>Προειδοποίηση για μια θεραπεία</translation>
    </message>
    <message>
        <source>Open it to read what the source says.</source>
        <translation>Ανοίξτε το για να διαβάσετε τι αναφέρει η πηγή.</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Αλλεργίες και επισημάνσεις</translation>
    </message>
    <message>
        <source>What a doctor must know first: allergies, alerts from your centres, and implants such as a port.</source>
        <translation>Τι πρέπει να γνωρίζει πρώτα ένας γιατρός: αλλεργίες, επισημάνσεις από τα κέντρα σας και εμφυτεύματα, όπως μια θύρα (port).</translation>
    </message>
    <message>
        <source>Search allergies, alerts and devices</source>
        <translation>Αναζήτηση σε αλλεργίες, επισημάνσεις και ιατροτεχνολογικά προϊόντα</translation>
    </message>
    <message>
        <source>No allergies, alerts or implants recorded yet.</source>
        <translation>Δεν έχουν καταγραφεί ακόμη αλλεργίες, επισημάνσεις ή εμφυτεύματα.</translation>
    </message>
    <message>
        <source>This does not mean you have none: tell every doctor about your allergies. Import a summary from your centre to see them here.</source>
        <translation>Αυτό δεν σημαίνει ότι δεν έχετε καμία: ενημερώνετε κάθε γιατρό για τις αλλεργίες σας. Εισαγάγετε μια περίληψη από το κέντρο σας για να τις δείτε εδώ.</translation>
    </message>
</context>
<context>
    <name>AnthracyclineCard</name>
    <message>
        <source>{dose} {unit} doxorubicin-equivalent</source>
        <translation>{dose} {unit} σε ισοδύναμο δοξορουβικίνης</translation>
    </message>
    <message>
        <source>{dose} mg in total (not divided by body surface area)</source>
        <translation>{dose} mg συνολικά (χωρίς διαίρεση με την επιφάνεια σώματος)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Φάρμακο</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Αθροιστική δόση</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Συντελεστής</translation>
    </message>
    <message>
        <source>Doxorubicin-equivalent</source>
        <translation>Ισοδύναμο δοξορουβικίνης</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Αναφέρθηκε από</translation>
    </message>
    <message>
        <source>Not counted in this total, because the conversion table gives no factor or the dose is not known in {unit}: {agents}.</source>
        <translation>Δεν περιλαμβάνονται σε αυτό το σύνολο, επειδή ο πίνακας μετατροπής δεν δίνει συντελεστή ή η δόση δεν είναι γνωστή σε {unit}: {agents}.</translation>
    </message>
    <message>
        <source>Converted with the table “{table}”, {version}.</source>
        <translation>Μετατροπή με τον πίνακα «{table}», {version}.</translation>
    </message>
    <message>
        <source>At or above the high-dose threshold of {threshold} mg/m²</source>
        <translation>Στο όριο υψηλής δόσης των {threshold} mg/m² ή πάνω από αυτό</translation>
    </message>
    <message>
        <source>This means a high risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Αυτό σημαίνει υψηλό κίνδυνο για προβλήματα στην καρδιά αργότερα (καρδιακή δυσλειτουργία). Η καρδιά σας πρέπει να ελέγχεται (υπερηχοκαρδιογράφημα) πριν από κάθε θεραπεία που μπορεί να την επιβαρύνει.</translation>
    </message>
    <message>
        <source>Below {threshold} mg/m², with radiotherapy near the heart</source>
        <translation>Κάτω από {threshold} mg/m², με ακτινοθεραπεία κοντά στην καρδιά</translation>
    </message>
    <message>
        <source>Radiotherapy near the heart ({site}) adds to the risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Η ακτινοθεραπεία κοντά στην καρδιά ({site}) αυξάνει τον κίνδυνο για προβλήματα στην καρδιά αργότερα (καρδιακή δυσλειτουργία). Η καρδιά σας πρέπει να ελέγχεται (υπερηχοκαρδιογράφημα) πριν από κάθε θεραπεία που μπορεί να την επιβαρύνει.</translation>
    </message>
    <message>
        <source>Cannot be compared with the threshold of {threshold} mg/m²</source>
        <translation>Δεν μπορεί να συγκριθεί με το όριο των {threshold} mg/m²</translation>
    </message>
    <message>
        <source>Your body surface area is not in the record, so the total in mg cannot be compared with the high-dose threshold. The risk to the heart lasts for life.</source>
        <translation>Η επιφάνεια σώματός σας δεν υπάρχει στον φάκελο, οπότε το σύνολο σε mg δεν μπορεί να συγκριθεί με το όριο υψηλής δόσης. Ο κίνδυνος για την καρδιά διαρκεί για όλη τη ζωή.</translation>
    </message>
    <message>
        <source>Below the high-dose threshold of {threshold} mg/m²</source>
        <translation>Κάτω από το όριο υψηλής δόσης των {threshold} mg/m²</translation>
    </message>
    <message>
        <source>The risk to the heart lasts for life. Tell any doctor who plans more anthracyclines or radiotherapy to the chest about this total.</source>
        <translation>Ο κίνδυνος για την καρδιά διαρκεί για όλη τη ζωή. Ενημερώστε για αυτό το σύνολο κάθε γιατρό που σχεδιάζει να σας δώσει κι άλλες ανθρακυκλίνες ή ακτινοθεραπεία στον θώρακα.</translation>
    </message>
    <message>
        <source>Threshold from: {source}</source>
        <translation>Πηγή του ορίου: {source}</translation>
    </message>
</context>
<context>
    <name>BirthDateInput</name>
    <message>
        <source>The birth date is not a real date. Type the day and the year in numbers and choose the month, or leave all three empty.</source>
        <translation>Η ημερομηνία γέννησης δεν είναι έγκυρη. Γράψτε την ημέρα και το έτος με αριθμούς και επιλέξτε τον μήνα ή αφήστε και τα τρία πεδία κενά.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Ημέρα γέννησης</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Μήνας γέννησης</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Έτος γέννησης</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλέξτε…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Γράψτε πρώτα τον τρέχοντα κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <source>Saving the new passphrase…</source>
        <translation>Αποθήκευση του νέου κωδικού πρόσβασης…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Αλλαγή κωδικού πρόσβασης</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Αλλαγή του κωδικού πρόσβασης</translation>
    </message>
    <message>
        <source>Your recovery code keeps working. If this computer remembers the profile, it goes on remembering it.</source>
        <translation>Ο κωδικός ανάκτησης εξακολουθεί να ισχύει. Αν αυτός ο υπολογιστής θυμάται το προφίλ, θα συνεχίσει να το θυμάται.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Τρέχων κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>ChartTableLink</name>
    <message>
        <source>Choose a result in the table to circle it in the chart, or click a point.</source>
        <translation>Επιλέξτε ένα αποτέλεσμα στον πίνακα για να κυκλωθεί στο διάγραμμα ή κάντε κλικ σε ένα σημείο.</translation>
    </message>
    <message>
        <source>Circled in the chart: {result}</source>
        <translation>Κυκλωμένο στο διάγραμμα: {result}</translation>
    </message>
    <message>
        <source>Not in the chart: {result}</source>
        <translation>Δεν εμφανίζεται στο διάγραμμα: {result}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A passphrase is needed. Run this in a terminal to be asked for it, or set the environment variable {env}.</source>
        <translation>Απαιτείται κωδικός πρόσβασης. Εκτελέστε την εντολή σε τερματικό για να σας ζητηθεί ή ορίστε τη μεταβλητή περιβάλλοντος {env}.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was created.</source>
        <translation>Οι δύο κωδικοί πρόσβασης δεν είναι ίδιοι. Δεν δημιουργήθηκε τίποτα.</translation>
    </message>
    <message>
        <source>The name you typed is not “{label}”, so nothing was deleted.</source>
        <translation>Το όνομα που γράψατε δεν είναι «{label}», οπότε δεν διαγράφηκε τίποτα.</translation>
    </message>
    <message>
        <source>Profile “{label}” is damaged: {problem}. Restore it from your newest backup: {backup}</source>
        <translation>Το προφίλ «{label}» έχει υποστεί βλάβη: {problem}. Επαναφέρετέ το από το πιο πρόσφατο αντίγραφο ασφαλείας: {backup}</translation>
    </message>
    <message>
        <source>“{size}” is not a window size. Write it as 1280x800.</source>
        <translation>Το «{size}» δεν είναι μέγεθος παραθύρου. Γράψτε το ως 1280x800.</translation>
    </message>
    <message>
        <source>“{view}” is not a view of the app. The views are: {views}.</source>
        <translation>Το «{view}» δεν είναι προβολή της εφαρμογής. Οι προβολές είναι: {views}.</translation>
    </message>
    <message>
        <source>“{code}” is not a language of the app. Use a code such as de, ro or el.</source>
        <translation>Το «{code}» δεν είναι γλώσσα της εφαρμογής. Χρησιμοποιήστε έναν κωδικό όπως de, ro ή el.</translation>
    </message>
</context>
<context>
    <name>ConditionsView</name>
    <message>
        <source>Cancer diagnoses</source>
        <translation>Διαγνώσεις καρκίνου</translation>
    </message>
    <message>
        <source>Other conditions now</source>
        <translation>Άλλες τρέχουσες παθήσεις</translation>
    </message>
    <message>
        <source>Resolved and past conditions</source>
        <translation>Παθήσεις που υποχώρησαν και παλαιότερες παθήσεις</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Διάγνωση καρκίνου</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Στάδιο {stage}</translation>
    </message>
    <message>
        <source>side: {side}</source>
        <translation>πλευρά: {side}</translation>
    </message>
    <message>
        <source>diagnosed {date}</source>
        <translation>διαγνώστηκε στις {date}</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Πάθηση</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Παθήσεις</translation>
    </message>
    <message>
        <source>Your cancer diagnoses and every other health problem your centres recorded.</source>
        <translation>Οι διαγνώσεις καρκίνου σας και κάθε άλλο πρόβλημα υγείας που κατέγραψαν τα κέντρα σας.</translation>
    </message>
    <message>
        <source>Search conditions, codes and notes</source>
        <translation>Αναζήτηση σε παθήσεις, κωδικούς και σημειώσεις</translation>
    </message>
    <message>
        <source>No conditions recorded yet.</source>
        <translation>Δεν έχουν καταγραφεί ακόμη παθήσεις.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Εισαγάγετε μια περίληψη από το κέντρο σας.</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete profile</source>
        <translation>Διαγραφή προφίλ</translation>
    </message>
    <message>
        <source>Delete “{label}” for good?</source>
        <translation>Οριστική διαγραφή του «{label}»;</translation>
    </message>
    <message>
        <source>Everything in this profile is erased from this computer and cannot be brought back, except from a backup you made. Files you imported stay where they are.</source>
        <translation>Όλο το περιεχόμενο αυτού του προφίλ διαγράφεται από τον υπολογιστή και δεν μπορεί να επανέλθει, παρά μόνο από αντίγραφο ασφαλείας που έχετε κάνει. Τα αρχεία που εισαγάγατε μένουν στη θέση τους.</translation>
    </message>
    <message>
        <source>To confirm, type the name of the profile: {label}</source>
        <translation>Για επιβεβαίωση, γράψτε το όνομα του προφίλ: {label}</translation>
    </message>
    <message>
        <source>Name of the profile, to confirm</source>
        <translation>Όνομα του προφίλ, για επιβεβαίωση</translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation>Διατήρηση του προφίλ</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Οριστική διαγραφή</translation>
    </message>
</context>
<context>
    <name>DemoSection</name>
    <message>
        <source>See how it works with the record of a made-up patient. No real data.</source>
        <translation>Δείτε πώς λειτουργεί με τον φάκελο μιας φανταστικής ασθενούς. Χωρίς πραγματικά δεδομένα.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Δοκιμή επίδειξης</translation>
    </message>
    <message>
        <source>Create a demo profile with a made-up cancer history</source>
        <translation>Δημιουργία προφίλ επίδειξης με φανταστικό ιστορικό καρκίνου</translation>
    </message>
    <message>
        <source>Stopping and removing the demo profile…</source>
        <translation>Διακοπή και αφαίρεση του προφίλ επίδειξης…</translation>
    </message>
    <message>
        <source>Creating the demo profile…</source>
        <translation>Δημιουργία του προφίλ επίδειξης…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Progress of creating the demo profile</source>
        <translation>Πρόοδος δημιουργίας του προφίλ επίδειξης</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Opening the document…</source>
        <translation>Άνοιγμα του εγγράφου…</translation>
    </message>
    <message>
        <source>This document could not be opened: its data is missing or damaged in the summary your centre sent.</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα αυτού του εγγράφου: τα δεδομένα του λείπουν ή έχουν υποστεί βλάβη στην περίληψη που έστειλε το κέντρο σας.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Ένα αντίγραφο αποθηκεύτηκε στο {path}.</translation>
    </message>
    <message>
        <source>This is the summary document your centre sent. What it holds is shown in the other parts of your record.</source>
        <translation>Αυτό είναι το έγγραφο περίληψης που έστειλε το κέντρο σας. Το περιεχόμενό του εμφανίζεται στα άλλα μέρη του φακέλου σας.</translation>
    </message>
    <message>
        <source>Its sections: {sections}.</source>
        <translation>Οι ενότητές του: {sections}.</translation>
    </message>
    <message>
        <source>This document has no file attached.</source>
        <translation>Αυτό το έγγραφο δεν έχει συνημμένο αρχείο.</translation>
    </message>
    <message>
        <source>The file is not in the summary: your centre keeps it at {url}. Ask your centre for a copy.</source>
        <translation>Το αρχείο δεν περιλαμβάνεται στην περίληψη: το κέντρο σας το φυλάσσει στη διεύθυνση {url}. Ζητήστε ένα αντίγραφο από το κέντρο σας.</translation>
    </message>
    <message>
        <source>The file is not in the summary. Ask your centre for a copy.</source>
        <translation>Το αρχείο δεν περιλαμβάνεται στην περίληψη. Ζητήστε ένα αντίγραφο από το κέντρο σας.</translation>
    </message>
    <message>
        <source>This kind of file ({type}) cannot be shown here. Save a copy to open it with another program.</source>
        <translation>Αυτό το είδος αρχείου ({type}) δεν μπορεί να εμφανιστεί εδώ. Αποθηκεύστε ένα αντίγραφο για να το ανοίξετε με άλλο πρόγραμμα.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Αποθήκευση αντιγράφου…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Έκ&amp;δοση:</translation>
    </message>
    <message>
        <source>Version of the document</source>
        <translation>Έκδοση του εγγράφου</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Lab report (PDF)</source>
        <translation>Εργαστηριακή έκθεση (PDF)</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Εργαστηριακή έκθεση</translation>
    </message>
    <message>
        <source>Pathology report (PDF)</source>
        <translation>Παθολογοανατομική έκθεση (PDF)</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Παθολογοανατομική έκθεση</translation>
    </message>
    <message>
        <source>Scan or X-ray report (PDF)</source>
        <translation>Έκθεση απεικόνισης (PDF)</translation>
    </message>
    <message>
        <source>Scan or X-ray report</source>
        <translation>Έκθεση απεικόνισης</translation>
    </message>
    <message>
        <source>Test report (PDF)</source>
        <translation>Έκθεση εξέτασης (PDF)</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Έκθεση εξέτασης</translation>
    </message>
    <message>
        <source>Summary document</source>
        <translation>Έγγραφο περίληψης</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Έγγραφο</translation>
    </message>
    <message>
        <source>Link to a document</source>
        <translation>Σύνδεσμος προς έγγραφο</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Έγγραφο PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Εικόνα</translation>
    </message>
    <message>
        <source>Letter or report (text)</source>
        <translation>Επιστολή ή έκθεση (κείμενο)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>File {number}</source>
        <translation>Αρχείο {number}</translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation>Έγγραφο χωρίς τίτλο</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>Έγγραφα</translation>
    </message>
    <message>
        <source>Letters, reports and files your centres sent with their summaries.</source>
        <translation>Επιστολές, εκθέσεις και αρχεία που έστειλαν τα κέντρα σας μαζί με τις περιλήψεις τους.</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Δεν υπάρχουν ακόμη έγγραφα</translation>
    </message>
    <message>
        <source>Letters, reports and other files come with the summaries your centres send. Import a summary to see them here.</source>
        <translation>Οι επιστολές, οι εκθέσεις και άλλα αρχεία έρχονται μαζί με τις περιλήψεις που στέλνουν τα κέντρα σας. Εισαγάγετε μια περίληψη για να τα δείτε εδώ.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Εισαγωγή περίληψης</translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <source>This is a backup</source>
        <translation>Αυτό είναι αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Backups are restored from Settings, not imported. Drop it to see how.</source>
        <translation>Τα αντίγραφα ασφαλείας επαναφέρονται από τις Ρυθμίσεις, δεν εισάγονται. Αφήστε το εδώ για να δείτε πώς.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n file(s)</source>
        <translation>
            <numerusform>Αφήστε εδώ για εισαγωγή %n αρχείου</numerusform>
            <numerusform>Αφήστε εδώ για εισαγωγή %n αρχείων</numerusform>
        </translation>
    </message>
    <message>
        <source>You will see what they bring before anything is added to your record.</source>
        <translation>Θα δείτε τι φέρνουν πριν προστεθεί οτιδήποτε στον φάκελό σας.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>Tiredness (fatigue)</source>
        <translation>Κούραση (κόπωση)</translation>
    </message>
    <message>
        <source>Feeling sick (nausea)</source>
        <translation>Τάση για εμετό (ναυτία)</translation>
    </message>
    <message>
        <source>Being sick (vomiting)</source>
        <translation>Εμετός</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Διάρροια</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Δυσκοιλιότητα</translation>
    </message>
    <message>
        <source>Numbness or tingling in hands or feet (neuropathy)</source>
        <translation>Μούδιασμα ή μυρμήγκιασμα στα χέρια ή στα πόδια (νευροπάθεια)</translation>
    </message>
    <message>
        <source>Sore mouth (mucositis)</source>
        <translation>Πόνος ή πληγές στο στόμα (βλεννογονίτιδα)</translation>
    </message>
    <message>
        <source>Fever (high temperature)</source>
        <translation>Πυρετός (υψηλή θερμοκρασία)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Πόνος</translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation>Τριχόπτωση</translation>
    </message>
    <message>
        <source>Skin rash</source>
        <translation>Δερματικό εξάνθημα</translation>
    </message>
    <message>
        <source>Loss of appetite</source>
        <translation>Απώλεια όρεξης</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>Δύσπνοια (λαχάνιασμα)</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Πονοκέφαλος</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Κάτι άλλο</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Κανένα</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Ήπιο</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Μέτριο</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Σοβαρό</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Απειλητικό για τη ζωή</translation>
    </message>
    <message>
        <source>You did not have it.</source>
        <translation>Δεν το είχατε.</translation>
    </message>
    <message>
        <source>You noticed it, but you could do your usual things.</source>
        <translation>Το προσέξατε, αλλά μπορούσατε να κάνετε τα συνηθισμένα σας.</translation>
    </message>
    <message>
        <source>It got in the way of everyday things like cooking, shopping or work.</source>
        <translation>Σας δυσκόλευε στις καθημερινές δουλειές, όπως το μαγείρεμα, τα ψώνια ή η εργασία.</translation>
    </message>
    <message>
        <source>You could not wash, dress or eat without help, or you went to hospital.</source>
        <translation>Δεν μπορούσατε να πλυθείτε, να ντυθείτε ή να φάτε χωρίς βοήθεια ή χρειάστηκε να πάτε στο νοσοκομείο.</translation>
    </message>
    <message>
        <source>You needed urgent treatment straight away.</source>
        <translation>Χρειαστήκατε επείγουσα θεραπεία αμέσως.</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>Γράψτε το όνομα του φαρμάκου.</translation>
    </message>
    <message>
        <source>Choose a symptom or side effect from the list, or choose “Something else”.</source>
        <translation>Επιλέξτε ένα σύμπτωμα ή μια παρενέργεια από τη λίστα ή επιλέξτε «Κάτι άλλο».</translation>
    </message>
    <message>
        <source>Describe the symptom or side effect in a few words.</source>
        <translation>Περιγράψτε το σύμπτωμα ή την παρενέργεια με λίγες λέξεις.</translation>
    </message>
    <message>
        <source>Choose how bad it was, from 0 (none) to 4 (life-threatening).</source>
        <translation>Επιλέξτε πόσο σοβαρό ήταν, από 0 (κανένα) έως 4 (απειλητικό για τη ζωή).</translation>
    </message>
    <message>
        <source>Write your note before you save it.</source>
        <translation>Γράψτε τη σημείωσή σας πριν την αποθηκεύσετε.</translation>
    </message>
    <message>
        <source>Choose a date that is today or earlier.</source>
        <translation>Επιλέξτε τη σημερινή ή μια παλαιότερη ημερομηνία.</translation>
    </message>
    <message>
        <source>The date you stopped must be the same as or after the date you started.</source>
        <translation>Η ημερομηνία διακοπής πρέπει να είναι ίδια ή μεταγενέστερη από την ημερομηνία έναρξης.</translation>
    </message>
    <message>
        <source>This is too long: use at most {max} characters.</source>
        <translation>Το κείμενο είναι πολύ μεγάλο: χρησιμοποιήστε έως {max} χαρακτήρες.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>Grade {grade}: {word}</source>
        <translation>Βαθμός {grade}: {word}</translation>
    </message>
</context>
<context>
    <name>EntryGroup</name>
    <message numerus="yes">
        <source>Show all %n entries</source>
        <translation>
            <numerusform>Εμφάνιση της %n καταχώρισης</numerusform>
            <numerusform>Εμφάνιση και των %n καταχωρίσεων</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryRows</name>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Φάρμακο χωρίς όνομα</translation>
    </message>
    <message>
        <source>Unnamed symptom</source>
        <translation>Σύμπτωμα χωρίς όνομα</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>δεν δόθηκε ημερομηνία</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Από τις {date}</translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation>Το παίρνετε τώρα</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Από {start} έως {end}</translation>
    </message>
    <message>
        <source>Stopped {date}</source>
        <translation>Διακόπηκε στις {date}</translation>
    </message>
    <message>
        <source>Started {date}, stopped</source>
        <translation>Ξεκίνησε στις {date}, διακόπηκε</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Διακόπηκε</translation>
    </message>
    <message>
        <source>For: {reason}</source>
        <translation>Για: {reason}</translation>
    </message>
    <message>
        <source>This came back with an imported file: remove that import in Sources to remove it.</source>
        <translation>Αυτή η καταχώριση ήρθε με ένα αρχείο που εισαγάγατε: για να την αφαιρέσετε, αναιρέστε εκείνη την εισαγωγή στις Πηγές.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Edit “{entry}”</source>
        <translation>Επεξεργασία του «{entry}»</translation>
    </message>
    <message>
        <source>Delete “{entry}”</source>
        <translation>Διαγραφή του «{entry}»</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing was changed. Please try again; if it happens again, report it.</source>
        <translation>Κάτι απρόσμενο πήγε στραβά ({kind}). Δεν άλλαξε τίποτα. Δοκιμάστε ξανά· αν συμβεί πάλι, αναφέρετέ το.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading your record…</source>
        <translation>Ανάγνωση του φακέλου σας…</translation>
    </message>
    <message>
        <source>Preparing the summary</source>
        <translation>Προετοιμασία της σύνοψης</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Δημιουργία προεπισκόπησης…</translation>
    </message>
    <message>
        <source>Rendering the preview</source>
        <translation>Δημιουργία προεπισκόπησης</translation>
    </message>
    <message>
        <source>{label} summary</source>
        <translation>{label} σύνοψη</translation>
    </message>
    <message>
        <source>{label} emergency card</source>
        <translation>{label} κάρτα έκτακτης ανάγκης</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Αποθηκεύτηκε στο {path}.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Στάλθηκε στον εκτυπωτή.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Εξαγωγή σύνοψης</translation>
    </message>
    <message>
        <source>A summary for a doctor abroad: labels in the doctor&apos;s language, optionally with a second language beneath. The IPS file is attached to the PDF.</source>
        <translation>Μια σύνοψη για γιατρό στο εξωτερικό: ετικέτες στη γλώσσα του γιατρού, προαιρετικά με δεύτερη γλώσσα από κάτω. Το αρχείο IPS επισυνάπτεται στο PDF.</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>Έ&amp;γγραφο:</translation>
    </message>
    <message>
        <source>Full summary</source>
        <translation>Πλήρης σύνοψη</translation>
    </message>
    <message>
        <source>Emergency card (wallet size)</source>
        <translation>Κάρτα έκτακτης ανάγκης (μέγεθος πορτοφολιού)</translation>
    </message>
    <message>
        <source>&amp;Doctor&apos;s language:</source>
        <translation>Γλώσσα του &amp;γιατρού:</translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation>&amp;Δεύτερη γλώσσα:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Χαρτί:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Καμία</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (ΗΠΑ)</translation>
    </message>
    <message>
        <source>&amp;QR code with the emergency data on page 1</source>
        <translation>Κωδικός &amp;QR με τα δεδομένα έκτακτης ανάγκης στη σελίδα 1</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Αποθήκευση PDF…</translation>
    </message>
    <message>
        <source>Save card…</source>
        <translation>Αποθήκευση κάρτας…</translation>
    </message>
    <message>
        <source>Export IPS (.json)…</source>
        <translation>Εξαγωγή IPS (.json)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Εκτύπωση…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Προεπισκόπηση της σύνοψης</translation>
    </message>
    <message>
        <source>Preview of the emergency card</source>
        <translation>Προεπισκόπηση της κάρτας έκτακτης ανάγκης</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n σελίδα.</numerusform>
            <numerusform>%n σελίδες.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportItems</name>
    <message>
        <source>Warnings and alerts</source>
        <translation>Προειδοποιήσεις και επισημάνσεις</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Αλλεργίες</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Τρέχοντα φάρμακα</translation>
    </message>
    <message>
        <source>Active cancer</source>
        <translation>Ενεργός καρκίνος</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Ιατροτεχνολογικά προϊόντα</translation>
    </message>
    <message>
        <source>Cancer history and treatment</source>
        <translation>Ιστορικό καρκίνου και θεραπεία</translation>
    </message>
    <message>
        <source>Other health problems</source>
        <translation>Άλλα προβλήματα υγείας</translation>
    </message>
    <message>
        <source>Earlier medicines</source>
        <translation>Προηγούμενα φάρμακα</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Επεμβάσεις</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Εμβολιασμοί</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Αποτελέσματα εξετάσεων</translation>
    </message>
    <message>
        <source>Care plan and follow-up</source>
        <translation>Σχέδιο φροντίδας και παρακολούθηση</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Πηγές</translation>
    </message>
    <message>
        <source>Warning: fever on chemotherapy can mean sepsis</source>
        <translation>Προειδοποίηση: ο πυρετός κατά τη χημειοθεραπεία μπορεί να σημαίνει σήψη</translation>
    </message>
    <message>
        <source>Warning: high anthracycline dose, risk to the heart</source>
        <translation>Προειδοποίηση: υψηλή δόση ανθρακυκλινών, κίνδυνος για την καρδιά</translation>
    </message>
    <message>
        <source>Warning: anthracycline and chest radiotherapy, risk to the heart</source>
        <translation>Προειδοποίηση: ανθρακυκλίνες και ακτινοθεραπεία θώρακα, κίνδυνος για την καρδιά</translation>
    </message>
    <message>
        <source>Warning: anthracycline, risk to the heart</source>
        <translation>Προειδοποίηση: ανθρακυκλίνες, κίνδυνος για την καρδιά</translation>
    </message>
    <message>
        <source>Warning: immunotherapy side effects can appear late</source>
        <translation>Προειδοποίηση: οι παρενέργειες της ανοσοθεραπείας μπορεί να εμφανιστούν αργά</translation>
    </message>
    <message>
        <source>Warning: implanted venous access port</source>
        <translation>Προειδοποίηση: εμφυτευμένη θύρα φλεβικής πρόσβασης (port)</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Αλλεργία</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Διάγνωση</translation>
    </message>
    <message>
        <source>Health problem</source>
        <translation>Πρόβλημα υγείας</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Φάρμακο</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Αντικαρκινικό φάρμακο</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Ιατροτεχνολογικό προϊόν</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Επέμβαση</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Χειρουργική επέμβαση</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Μεταμόσχευση βλαστικών κυττάρων</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Ακτινοθεραπεία</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Θεραπευτικό πρωτόκολλο</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Καρκινικός δείκτης</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Εμβολιασμός</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Αποτέλεσμα εξέτασης</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Σχέδιο φροντίδας</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Παρακολούθηση</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Στόχος</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Επισήμανση</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Προειδοποίηση</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Καμία γνωστή αλλεργία</translation>
    </message>
    <message>
        <source>Stage {stage} ({system})</source>
        <translation>Στάδιο {stage} ({system})</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Στάδιο {stage}</translation>
    </message>
    <message>
        <source>Disease status: {status}</source>
        <translation>Κατάσταση της νόσου: {status}</translation>
    </message>
    <message>
        <source>{scale}: {score}</source>
        <translation>{scale}: {score}</translation>
    </message>
</context>
<context>
    <name>FactRow</name>
    <message>
        <source>Show the details and where this came from</source>
        <translation>Εμφάνιση των λεπτομερειών και της προέλευσης</translation>
    </message>
</context>
<context>
    <name>FactWords</name>
    <message>
        <source>Since {date}</source>
        <translation>Από τις {date}</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Φάρμακο χωρίς όνομα</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Καμία γνωστή αλλεργία</translation>
    </message>
    <message>
        <source>As your centre recorded it.</source>
        <translation>Όπως το κατέγραψε το κέντρο σας.</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Reaction: {reactions}</source>
        <translation>Αντίδραση: {reactions}</translation>
    </message>
    <message>
        <source>An intolerance, not an allergy</source>
        <translation>Δυσανεξία, όχι αλλεργία</translation>
    </message>
    <message>
        <source>Recorded {date}</source>
        <translation>Καταγράφηκε στις {date}</translation>
    </message>
    <message>
        <source>Allergy (substance not named)</source>
        <translation>Αλλεργία (η ουσία δεν κατονομάζεται)</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>ήπια</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>μέτρια</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>σοβαρή</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Υψηλός κίνδυνος</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as high.</source>
        <translation>Το κέντρο σας εκτιμά ότι ο κίνδυνος σοβαρής αντίδρασης είναι υψηλός.</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Χαμηλός κίνδυνος</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as low.</source>
        <translation>Το κέντρο σας εκτιμά ότι ο κίνδυνος σοβαρής αντίδρασης είναι χαμηλός.</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Ο κίνδυνος δεν αξιολογήθηκε</translation>
    </message>
    <message>
        <source>Risk not stated</source>
        <translation>Ο κίνδυνος δεν αναφέρεται</translation>
    </message>
    <message>
        <source>Your centre did not say how severe a reaction could be.</source>
        <translation>Το κέντρο σας δεν ανέφερε πόσο σοβαρή θα μπορούσε να είναι μια αντίδραση.</translation>
    </message>
    <message>
        <source>Line {number}: {agents}</source>
        <translation>Γραμμή {number}: {agents}</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Ακτινοθεραπεία</translation>
    </message>
    <message>
        <source>ICD-10 {code}</source>
        <translation>ICD-10 {code}</translation>
    </message>
    <message>
        <source>ICD-O-3 {code}</source>
        <translation>ICD-O-3 {code}</translation>
    </message>
    <message>
        <source>A secondary cancer (metastasis)</source>
        <translation>Δευτεροπαθής καρκίνος (μετάσταση)</translation>
    </message>
    <message>
        <source>It has come back (recurrence).</source>
        <translation>Έχει επανεμφανιστεί (υποτροπή).</translation>
    </message>
    <message>
        <source>Stage not recorded</source>
        <translation>Το στάδιο δεν έχει καταγραφεί</translation>
    </message>
    <message>
        <source>Diagnosed {date}</source>
        <translation>Διαγνώστηκε στις {date}</translation>
    </message>
    <message>
        <source>Cancer (name not recorded)</source>
        <translation>Καρκίνος (το όνομα δεν έχει καταγραφεί)</translation>
    </message>
    <message>
        <source>Device (not named)</source>
        <translation>Ιατροτεχνολογικό προϊόν (χωρίς όνομα)</translation>
    </message>
    <message>
        <source>Where: {site}</source>
        <translation>Θέση: {site}</translation>
    </message>
    <message>
        <source>Risk of a serious infection after chemotherapy</source>
        <translation>Κίνδυνος σοβαρής λοίμωξης μετά τη χημειοθεραπεία</translation>
    </message>
    <message>
        <source>Immunotherapy side effects can start late</source>
        <translation>Οι παρενέργειες της ανοσοθεραπείας μπορεί να ξεκινήσουν αργά</translation>
    </message>
    <message>
        <source>Heart: a high dose of anthracyclines</source>
        <translation>Καρδιά: υψηλή δόση ανθρακυκλινών</translation>
    </message>
    <message>
        <source>Heart: anthracyclines and radiotherapy near it</source>
        <translation>Καρδιά: ανθρακυκλίνες και ακτινοθεραπεία κοντά της</translation>
    </message>
    <message>
        <source>Heart: anthracyclines given</source>
        <translation>Καρδιά: χορηγήθηκαν ανθρακυκλίνες</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Εμφυτευμένη θύρα (port)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Επείγον</translation>
    </message>
    <message>
        <source>Act at once if you feel unwell.</source>
        <translation>Ενεργήστε αμέσως αν δεν αισθάνεστε καλά.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Σημαντικό</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Προειδοποίηση</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Επισήμανση</translation>
    </message>
    <message>
        <source>An alert your centre set.</source>
        <translation>Επισήμανση που έθεσε το κέντρο σας.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Αναζήτηση σε:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Ό&amp;νομα αρχείου:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Τύπος αρχείων:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>ecan-desktop backups (*{suffix})</source>
        <translation>Αντίγραφα ασφαλείας ecan-desktop (*{suffix})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Choose the summaries to import</source>
        <translation>Επιλέξτε τις περιλήψεις για εισαγωγή</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>FHIR summaries (*.json *.xml *.ndjson)</source>
        <translation>Περιλήψεις FHIR (*.json *.xml *.ndjson)</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Επιλέξτε το αντίγραφο ασφαλείας για επαναφορά</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Αποθήκευση του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Αποθήκευση του κωδικού ανάκτησης</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Αρχεία κειμένου (*.txt)</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Αποθήκευση της σύνοψης</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the IPS file</source>
        <translation>Αποθήκευση του αρχείου IPS</translation>
    </message>
    <message>
        <source>FHIR documents (*.json)</source>
        <translation>Έγγραφα FHIR (*.json)</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Αποθήκευση αντιγράφου του εγγράφου</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>This is a backup, not a summary</source>
        <translation>Αυτό είναι αντίγραφο ασφαλείας, όχι περίληψη</translation>
    </message>
    <message>
        <source>{file} is a backup of a whole profile. It is not imported into this record: it is restored as a profile of its own. To restore it, choose Restore from backup in Settings, or drop it on the start screen.</source>
        <translation>Το {file} είναι αντίγραφο ασφαλείας ενός ολόκληρου προφίλ. Δεν εισάγεται σε αυτόν τον φάκελο: επαναφέρεται ως ξεχωριστό προφίλ. Για να το επαναφέρετε, επιλέξτε «Επαναφορά από αντίγραφο ασφαλείας» στις Ρυθμίσεις ή αφήστε το στην αρχική οθόνη.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Άνοιγμα των Ρυθμίσεων</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>FileResult</name>
    <message numerus="yes">
        <source>Imported: %n new item(s)</source>
        <translation>
            <numerusform>Εισήχθη: %n νέο στοιχείο</numerusform>
            <numerusform>Εισήχθησαν: %n νέα στοιχεία</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n ενημερώθηκε</numerusform>
            <numerusform>%n ενημερώθηκαν</numerusform>
        </translation>
    </message>
    <message>
        <source>From {centre} · {country}</source>
        <translation>Από: {centre} · {country}</translation>
    </message>
    <message>
        <source>From {centre}</source>
        <translation>Από: {centre}</translation>
    </message>
    <message numerus="yes">
        <source>%n already in your record</source>
        <translation>
            <numerusform>%n υπάρχει ήδη στον φάκελό σας</numerusform>
            <numerusform>%n υπάρχουν ήδη στον φάκελό σας</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n αναφέρεται και από άλλη πηγή</numerusform>
            <numerusform>%n αναφέρονται και από άλλη πηγή</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To import: %n new item(s)</source>
        <translation>
            <numerusform>Για εισαγωγή: %n νέο στοιχείο</numerusform>
            <numerusform>Για εισαγωγή: %n νέα στοιχεία</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Υπάρχει ήδη στον φάκελό σας: τίποτα νέο σε αυτό το αρχείο.</translation>
    </message>
    <message>
        <source>Will not be imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Δεν θα εισαχθεί: αυτό το αρχείο αφορά {file_patient}, όχι {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Δεν εισήχθη: αυτό το αρχείο αφορά {file_patient}, όχι {profile_patient}.</translation>
    </message>
    <message>
        <source>Cannot be imported: {reason}</source>
        <translation>Δεν μπορεί να εισαχθεί: {reason}</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Δεν εισήχθη.</translation>
    </message>
</context>
<context>
    <name>ImmunisationsView</name>
    <message>
        <source>Date not stated</source>
        <translation>Η ημερομηνία δεν αναφέρεται</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Εμβολιασμός</translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>δόση {number}</translation>
    </message>
    <message>
        <source>batch {lot}</source>
        <translation>παρτίδα {lot}</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Εμβολιασμοί</translation>
    </message>
    <message>
        <source>Your vaccinations. After cancer treatment some may need to be given again: ask your centre.</source>
        <translation>Οι εμβολιασμοί σας. Μετά τη θεραπεία του καρκίνου ορισμένα εμβόλια ίσως χρειαστεί να γίνουν ξανά: ρωτήστε το κέντρο σας.</translation>
    </message>
    <message>
        <source>Search vaccines</source>
        <translation>Αναζήτηση εμβολίων</translation>
    </message>
    <message>
        <source>No immunisations recorded yet.</source>
        <translation>Δεν έχουν καταγραφεί ακόμη εμβολιασμοί.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Εισαγάγετε μια περίληψη από το κέντρο σας.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Is this the same person?</source>
        <translation>Είναι το ίδιο πρόσωπο;</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Εισαγωγή παρ’ όλα αυτά</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Να μη γίνει εισαγωγή</translation>
    </message>
    <message>
        <source>{file} is about {file_patient}, but this profile is about {profile_patient}. Import it into this profile only if it is the same person, for example with the name written differently.</source>
        <translation>Το {file} αφορά {file_patient}, αλλά αυτό το προφίλ αφορά {profile_patient}. Εισαγάγετέ το σε αυτό το προφίλ μόνο αν είναι το ίδιο πρόσωπο, για παράδειγμα με το όνομα γραμμένο διαφορετικά.</translation>
    </message>
    <message>
        <source>Nothing is added to your record until you choose Import.</source>
        <translation>Δεν προστίθεται τίποτα στον φάκελό σας μέχρι να επιλέξετε «Εισαγωγή».</translation>
    </message>
    <message>
        <source>There is nothing new to import: your record stays as it is.</source>
        <translation>Δεν υπάρχει κάτι νέο για εισαγωγή: ο φάκελός σας μένει όπως είναι.</translation>
    </message>
    <message>
        <source>Nothing has been added yet. Check what each file brings, then choose Import.</source>
        <translation>Δεν έχει προστεθεί τίποτα ακόμη. Ελέγξτε τι φέρνει κάθε αρχείο και μετά επιλέξτε «Εισαγωγή».</translation>
    </message>
    <message>
        <source>You cancelled: nothing was imported. Your record is as it was.</source>
        <translation>Ακυρώσατε: δεν εισήχθη τίποτα. Ο φάκελός σας είναι όπως ήταν.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>Το αρχείο εισήχθη.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Το αρχείο δεν εισήχθη.</translation>
    </message>
    <message>
        <source>All {total} files were imported.</source>
        <translation>Εισήχθησαν και τα {total} αρχεία.</translation>
    </message>
    <message>
        <source>Files imported: {imported} of {total}.</source>
        <translation>Αρχεία που εισήχθησαν: {imported} από {total}.</translation>
    </message>
    <message>
        <source>Add what the files bring to your record</source>
        <translation>Προσθήκη στον φάκελό σας όσων φέρνουν τα αρχεία</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Εισαγωγή %n αρχείου</numerusform>
            <numerusform>Εισαγωγή %n αρχείων</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Η εισαγωγή ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>Εισαγωγή του {file} ({number} από {total})…</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s) and {updated} updated.</source>
        <translation>
            <numerusform>Συνολικά: %n νέο στοιχείο· ενημερωμένα: {updated}.</numerusform>
            <numerusform>Συνολικά: %n νέα στοιχεία· ενημερωμένα: {updated}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s).</source>
        <translation>
            <numerusform>Συνολικά: %n νέο στοιχείο.</numerusform>
            <numerusform>Συνολικά: %n νέα στοιχεία.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)</source>
        <translation>
            <numerusform>Έλεγχος %n αρχείου</numerusform>
            <numerusform>Έλεγχος %n αρχείων</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Έλεγχος πριν από την εισαγωγή</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Η εισαγωγή ακυρώθηκε</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Διακοπή…</translation>
    </message>
    <message>
        <source>Reading {file} ({number} of {total})…</source>
        <translation>Ανάγνωση του {file} ({number} από {total})…</translation>
    </message>
    <message>
        <source>Checking the files</source>
        <translation>Έλεγχος των αρχείων</translation>
    </message>
    <message>
        <source>Stopping: nothing will be kept…</source>
        <translation>Διακοπή: δεν θα διατηρηθεί τίποτα…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>Το {file} δεν εισήχθη: {reason}</translation>
    </message>
    <message>
        <source>this file is about {file_patient}, but this profile is about {profile_patient}. Nothing was imported. If it is the same person, import it again and confirm.</source>
        <translation>αυτό το αρχείο αφορά {file_patient}, αλλά αυτό το προφίλ αφορά {profile_patient}. Δεν εισήχθη τίποτα. Αν είναι το ίδιο πρόσωπο, εισαγάγετέ το ξανά και επιβεβαιώστε.</translation>
    </message>
    <message>
        <source>{name} (born {birth_date})</source>
        <translation>{name} (γεννήθηκε {birth_date})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>το αρχείο είναι κενό.</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB, the most ecan-desktop accepts.</source>
        <translation>το αρχείο είναι μεγαλύτερο από {limit} MB, το μέγιστο που δέχεται το ecan-desktop.</translation>
    </message>
    <message>
        <source>it is a PDF document, not a FHIR summary. Ask your centre for the summary as a FHIR file (JSON or XML).</source>
        <translation>είναι έγγραφο PDF, όχι περίληψη FHIR. Ζητήστε από το κέντρο σας την περίληψη ως αρχείο FHIR (JSON ή XML).</translation>
    </message>
    <message>
        <source>it is a ZIP archive. Unpack it first, then import the FHIR files inside.</source>
        <translation>είναι αρχείο ZIP. Αποσυμπιέστε το πρώτα και μετά εισαγάγετε τα αρχεία FHIR που περιέχει.</translation>
    </message>
    <message>
        <source>it is not a text file, so it cannot be a FHIR summary. Check that you chose the right file.</source>
        <translation>δεν είναι αρχείο κειμένου, άρα δεν μπορεί να είναι περίληψη FHIR. Ελέγξτε ότι επιλέξατε το σωστό αρχείο.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8, which FHIR files must be. Ask your centre for a new copy.</source>
        <translation>το κείμενο δεν είναι έγκυρο UTF-8, όπως πρέπει να είναι τα αρχεία FHIR. Ζητήστε νέο αντίγραφο από το κέντρο σας.</translation>
    </message>
    <message>
        <source>it is a web page (HTML), perhaps an error page saved by the browser, not a FHIR summary. Download the summary again.</source>
        <translation>είναι ιστοσελίδα (HTML), ίσως σελίδα σφάλματος που αποθήκευσε το πρόγραμμα περιήγησης, όχι περίληψη FHIR. Κατεβάστε ξανά την περίληψη.</translation>
    </message>
    <message>
        <source>it is a CDA document (HL7 version 3 XML), which this version of ecan-desktop cannot read yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>είναι έγγραφο CDA (XML HL7 έκδοσης 3), που αυτή η έκδοση του ecan-desktop δεν μπορεί ακόμη να διαβάσει. Ζητήστε από το κέντρο σας την περίληψη ως αρχείο FHIR.</translation>
    </message>
    <message>
        <source>it is an XML file, but not FHIR XML. Check that you chose the right file.</source>
        <translation>είναι αρχείο XML, αλλά όχι FHIR XML. Ελέγξτε ότι επιλέξατε το σωστό αρχείο.</translation>
    </message>
    <message>
        <source>the file is damaged: its XML is not well formed (line {line}).</source>
        <translation>το αρχείο έχει υποστεί βλάβη: το XML του δεν είναι σωστά δομημένο (γραμμή {line}).</translation>
    </message>
    <message>
        <source>it declares XML entities or a DTD, which FHIR files never need. For your safety it was not read; ask your centre for a new copy.</source>
        <translation>δηλώνει οντότητες XML ή DTD, που τα αρχεία FHIR δεν χρειάζονται ποτέ. Για την ασφάλειά σας δεν διαβάστηκε· ζητήστε νέο αντίγραφο από το κέντρο σας.</translation>
    </message>
    <message>
        <source>it is a SMART Health Link (a link to a summary kept elsewhere), which this version of ecan-desktop cannot open yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>είναι SMART Health Link (σύνδεσμος προς περίληψη που φυλάσσεται αλλού), που αυτή η έκδοση του ecan-desktop δεν μπορεί ακόμη να ανοίξει. Ζητήστε από το κέντρο σας την περίληψη ως αρχείο FHIR.</translation>
    </message>
    <message>
        <source>it is part of a SMART Health Link (its address, key or list of files), not the summary itself. This version of ecan-desktop cannot open SMART Health Links yet; ask your centre for the summary as a FHIR file.</source>
        <translation>είναι τμήμα ενός SMART Health Link (η διεύθυνση, το κλειδί ή η λίστα αρχείων του), όχι η ίδια η περίληψη. Αυτή η έκδοση του ecan-desktop δεν μπορεί ακόμη να ανοίξει SMART Health Links· ζητήστε από το κέντρο σας την περίληψη ως αρχείο FHIR.</translation>
    </message>
    <message>
        <source>it is encrypted (a SMART Health Link&apos;s content) and can only be read with the key of its link. Ask your centre for the summary as a FHIR file.</source>
        <translation>είναι κρυπτογραφημένο (περιεχόμενο SMART Health Link) και διαβάζεται μόνο με το κλειδί του συνδέσμου του. Ζητήστε από το κέντρο σας την περίληψη ως αρχείο FHIR.</translation>
    </message>
    <message>
        <source>it is a SMART Health Card (a signed card, such as a vaccination certificate), which this version of ecan-desktop cannot read yet.</source>
        <translation>είναι SMART Health Card (υπογεγραμμένη κάρτα, όπως πιστοποιητικό εμβολιασμού), που αυτή η έκδοση του ecan-desktop δεν μπορεί ακόμη να διαβάσει.</translation>
    </message>
    <message>
        <source>a part of the XML was read as well as possible: {detail}</source>
        <translation>ένα τμήμα του XML διαβάστηκε όσο καλύτερα γινόταν: {detail}</translation>
    </message>
    <message>
        <source>the file is damaged: its JSON is not valid (line {line}, column {column}: {detail}).</source>
        <translation>το αρχείο έχει υποστεί βλάβη: το JSON του δεν είναι έγκυρο (γραμμή {line}, στήλη {column}: {detail}).</translation>
    </message>
    <message>
        <source>it is not a FHIR resource (it has no resourceType). Check that you chose the right file.</source>
        <translation>δεν είναι πόρος FHIR (δεν έχει resourceType). Ελέγξτε ότι επιλέξατε το σωστό αρχείο.</translation>
    </message>
    <message>
        <source>the bundle contains no usable resources.</source>
        <translation>το πακέτο (bundle) δεν περιέχει αξιοποιήσιμους πόρους.</translation>
    </message>
    <message>
        <source>its structure is nested too deeply to be a real FHIR summary.</source>
        <translation>η δομή του είναι υπερβολικά βαθιά εμφωλευμένη για να είναι πραγματική περίληψη FHIR.</translation>
    </message>
    <message>
        <source>the file could not be read ({detail}). Check that it exists and that you may open it.</source>
        <translation>δεν ήταν δυνατή η ανάγνωση του αρχείου ({detail}). Ελέγξτε ότι υπάρχει και ότι έχετε δικαίωμα να το ανοίξετε.</translation>
    </message>
    <message>
        <source>a line that is not valid JSON was skipped</source>
        <translation>παραλείφθηκε μια γραμμή που δεν είναι έγκυρο JSON</translation>
    </message>
    <message>
        <source>an empty entry (null) was skipped</source>
        <translation>παραλείφθηκε μια κενή καταχώριση (null)</translation>
    </message>
    <message>
        <source>an entry that is not an object was skipped</source>
        <translation>παραλείφθηκε μια καταχώριση που δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <source>an entry without a resource was skipped</source>
        <translation>παραλείφθηκε μια καταχώριση χωρίς πόρο</translation>
    </message>
    <message>
        <source>a resource without a resourceType was skipped</source>
        <translation>παραλείφθηκε ένας πόρος χωρίς resourceType</translation>
    </message>
    <message>
        <source>a resource without an id or usable fullUrl was given the id {id}</source>
        <translation>σε έναν πόρο χωρίς id ή αξιοποιήσιμο fullUrl δόθηκε το id {id}</translation>
    </message>
    <message>
        <source>its readable text (narrative) is missing (no div); everything else was imported</source>
        <translation>λείπει το αναγνώσιμο κείμενο (αφήγηση, χωρίς div)· όλα τα άλλα εισήχθησαν</translation>
    </message>
    <message>
        <source>{resource} is in the file more than once; the last copy was kept</source>
        <translation>το {resource} υπάρχει στο αρχείο περισσότερες από μία φορές· κρατήθηκε το τελευταίο αντίγραφο</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record</source>
        <translation>παραπέμπει σε {target}, που δεν βρίσκεται ούτε στο αρχείο ούτε στον φάκελό σας</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record (other parts of the file refer to it too)</source>
        <translation>παραπέμπει σε {target}, που δεν βρίσκεται ούτε στο αρχείο ούτε στον φάκελό σας (και άλλα σημεία του αρχείου παραπέμπουν σε αυτό)</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as}</source>
        <translation>παραπέμπει σε {target}, γραμμένο με τρόπο που δεν επιτρέπει το FHIR· διαβάστηκε ως {read_as}</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as} (other parts of the file write it the same way)</source>
        <translation>παραπέμπει σε {target}, γραμμένο με τρόπο που δεν επιτρέπει το FHIR· διαβάστηκε ως {read_as} (και άλλα σημεία του αρχείου το γράφουν με τον ίδιο τρόπο)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message numerus="yes">
        <source>{records} and %n more</source>
        <translation>
            <numerusform>{records} και %n ακόμη</numerusform>
            <numerusform>{records} και %n ακόμη</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it refers to %n records that are neither in the file nor in your record ({records})</source>
        <translation>
            <numerusform>παραπέμπει σε %n εγγραφή που δεν βρίσκεται ούτε στο αρχείο ούτε στον φάκελό σας ({records})</numerusform>
            <numerusform>παραπέμπει σε %n εγγραφές που δεν βρίσκονται ούτε στο αρχείο ούτε στον φάκελό σας ({records})</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry {number}: {reason}.</source>
        <translation>Καταχώριση {number}: {reason}.</translation>
    </message>
    <message>
        <source>Line {number}: {reason}.</source>
        <translation>Γραμμή {number}: {reason}.</translation>
    </message>
    <message>
        <source>In the file: {reason}.</source>
        <translation>Στο αρχείο: {reason}.</translation>
    </message>
    <message>
        <source>At {place}: {reason}.</source>
        <translation>Στο σημείο {place}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file:</source>
        <translation>
            <numerusform>Βρέθηκε %n πρόβλημα στο αρχείο:</numerusform>
            <numerusform>Βρέθηκαν %n προβλήματα στο αρχείο:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…και %n ακόμη.</numerusform>
            <numerusform>…και %n ακόμη.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetailsDialog</name>
    <message>
        <source>you</source>
        <translation>εσάς</translation>
    </message>
    <message>
        <source>Where this came from is not known.</source>
        <translation>Η προέλευση δεν είναι γνωστή.</translation>
    </message>
    <message>
        <source>Reported by {a}.</source>
        <translation>Αναφέρθηκε από {a}.</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}.</source>
        <translation>Αναφέρθηκε από {list} και {last}.</translation>
    </message>
    <message>
        <source>Notes from the source</source>
        <translation>Σημειώσεις της πηγής</translation>
    </message>
    <message>
        <source>Original records</source>
        <translation>Αρχικές εγγραφές</translation>
    </message>
    <message>
        <source>As stored in your record: the first {shown} of {total}.</source>
        <translation>Όπως είναι αποθηκευμένες στον φάκελό σας: οι πρώτες {shown} από {total}.</translation>
    </message>
    <message numerus="yes">
        <source>As stored in your record: %n record(s) from your sources.</source>
        <translation>
            <numerusform>Όπως είναι αποθηκευμένη στον φάκελό σας: %n εγγραφή από τις πηγές σας.</numerusform>
            <numerusform>Όπως είναι αποθηκευμένες στον φάκελό σας: %n εγγραφές από τις πηγές σας.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is built from other items; it has no record of its own.</source>
        <translation>Αυτό το στοιχείο προκύπτει από άλλα στοιχεία· δεν έχει δική του εγγραφή.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Ανάγνωση…</translation>
    </message>
    <message>
        <source>Hide the original data</source>
        <translation>Απόκρυψη των αρχικών δεδομένων</translation>
    </message>
    <message>
        <source>Show the original data</source>
        <translation>Εμφάνιση των αρχικών δεδομένων</translation>
    </message>
    <message>
        <source>The original data (FHIR JSON)</source>
        <translation>Τα αρχικά δεδομένα (FHIR JSON)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>This item is no longer in your record.</source>
        <translation>Αυτό το στοιχείο δεν υπάρχει πλέον στον φάκελό σας.</translation>
    </message>
</context>
<context>
    <name>ItemFacts</name>
    <message>
        <source>{words}, as written: {source}</source>
        <translation>{words}, όπως είναι γραμμένο: {source}</translation>
    </message>
    <message>
        <source>Your personal details</source>
        <translation>Τα προσωπικά σας στοιχεία</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Επιβεβαίωση</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Καταγράφηκε</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Πρώτη εμφάνιση</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Τέλος</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Σημείο του σώματος</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Πλευρά</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Σκοπός</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Λόγος</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Φυσιολογικό εύρος</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Ερμηνεία</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Σύστημα</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Κλίμακα</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Βαθμός</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation>Περιοχές θεραπείας</translation>
    </message>
    <message>
        <source>Kind of radiotherapy</source>
        <translation>Είδος ακτινοθεραπείας</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Τεχνική</translation>
    </message>
    <message>
        <source>Kind of transplant</source>
        <translation>Είδος μεταμόσχευσης</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Συμπέρασμα</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Επίτευξη</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Είδος επίσκεψης</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Πού</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Πρωτόκολλα</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Φάρμακα</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation>Καταγεγραμμένες τιμές</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Συνημμένα αρχεία</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Ενότητες</translation>
    </message>
    <message>
        <source>Planned activities</source>
        <translation>Προγραμματισμένες δραστηριότητες</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Κατηγορίες</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Καρκινικός δείκτης</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Δόση</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Είδος εγγραφής</translation>
    </message>
    <message>
        <source>Identifier in the file</source>
        <translation>Αναγνωριστικό στο αρχείο</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Αφορά</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Αποτελέσματα</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Στόχοι</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Βασίζεται σε</translation>
    </message>
    <message>
        <source>Mentioned by</source>
        <translation>Αναφέρεται από</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>Item of your record</source>
        <translation>Στοιχείο του φακέλου σας</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Στάδιο {stage}</translation>
    </message>
    <message>
        <source>Tumour size and extent (T): {stage}</source>
        <translation>Μέγεθος και έκταση του όγκου (T): {stage}</translation>
    </message>
    <message>
        <source>Lymph nodes (N): {stage}</source>
        <translation>Λεμφαδένες (N): {stage}</translation>
    </message>
    <message>
        <source>Spread to other organs (M): {stage}</source>
        <translation>Εξάπλωση σε άλλα όργανα (M): {stage}</translation>
    </message>
    <message>
        <source>clinical (from examinations and scans)</source>
        <translation>κλινικό (από εξετάσεις και απεικονίσεις)</translation>
    </message>
    <message>
        <source>pathological (from the tissue removed)</source>
        <translation>παθολογοανατομικό (από τον ιστό που αφαιρέθηκε)</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Χειρουργική επέμβαση</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Μεταμόσχευση βλαστικών κυττάρων</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Επέμβαση</translation>
    </message>
    <message>
        <source>with your own stem cells (autologous)</source>
        <translation>με δικά σας βλαστικά κύτταρα (αυτόλογη)</translation>
    </message>
    <message>
        <source>with a donor&apos;s stem cells (allogeneic)</source>
        <translation>με βλαστικά κύτταρα δότη (αλλογενής)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>θετικό</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>αρνητικό</translation>
    </message>
    <message>
        <source>uncertain (equivocal)</source>
        <translation>αβέβαιο (αμφίβολο)</translation>
    </message>
    <message>
        <source>edition {n}</source>
        <translation>έκδοση {n}</translation>
    </message>
    <message>
        <source>Staging system</source>
        <translation>Σύστημα σταδιοποίησης</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>boost</source>
        <translation>συμπληρωματική δόση (boost)</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Ακτινοθεραπεία</translation>
    </message>
    <message>
        <source>Highest total dose</source>
        <translation>Υψηλότερη συνολική δόση</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Εξέταση</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Αποτελέσματα εξετάσεων</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Πιο πρόσφατη μέτρηση</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Πρώτη μέτρηση</translation>
    </message>
    <message>
        <source>Treatment line {number}</source>
        <translation>Γραμμή θεραπείας {number}</translation>
    </message>
    <message>
        <source>Line of cancer medicines</source>
        <translation>Γραμμή αντικαρκινικών φαρμάκων</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Κατάσταση της νόσου</translation>
    </message>
    <message>
        <source>Performance status</source>
        <translation>Κατάσταση λειτουργικότητας</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Θεραπευτικό πρωτόκολλο</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Έκθεση</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Έγγραφο</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Σχέδιο φροντίδας</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Παρακολούθηση</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Στόχος</translation>
    </message>
    <message>
        <source>Visit or stay</source>
        <translation>Επίσκεψη ή νοσηλεία</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Στοιχείο</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Φάρμακο</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>κάθε {days} ημέρες</translation>
    </message>
    <message>
        <source>{dose} (some doses could not be counted)</source>
        <translation>{dose} (ορισμένες δόσεις δεν ήταν δυνατό να μετρηθούν)</translation>
    </message>
    <message>
        <source>As the source names it</source>
        <translation>Όπως το ονομάζει η πηγή</translation>
    </message>
    <message>
        <source>Treatment line</source>
        <translation>Γραμμή θεραπείας</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Κύκλοι</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Αθροιστική δόση</translation>
    </message>
    <message>
        <source>Prescribed dose</source>
        <translation>Συνταγογραφημένη δόση</translation>
    </message>
    <message>
        <source>Doses given</source>
        <translation>Δόσεις που χορηγήθηκαν</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Οδηγίες</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Καταγράφηκε ως</translation>
    </message>
    <message>
        <source>Taken now</source>
        <translation>Λαμβάνεται τώρα</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Αντίδραση</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Η ουσία δεν κατονομάζεται</translation>
    </message>
    <message>
        <source>Statement: no known allergy</source>
        <translation>Δήλωση: καμία γνωστή αλλεργία</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Αλλεργία</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Ουσία</translation>
    </message>
    <message>
        <source>Risk of a serious reaction</source>
        <translation>Κίνδυνος σοβαρής αντίδρασης</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Αντιδράσεις</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Ιατροτεχνολογικό προϊόν</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Εμφυτευμένη θύρα (port)</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Διάγνωση καρκίνου</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Κωδικοί</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Συμπεριφορά</translation>
    </message>
    <message>
        <source>Kind of cell (morphology)</source>
        <translation>Είδος κυττάρων (μορφολογία)</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Ημερομηνία διάγνωσης</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Πάθηση</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Εμβολιασμός</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Εμβόλιο</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>Αριθμός δόσης</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Symptom or side effect you noted</source>
        <translation>Σύμπτωμα ή παρενέργεια που σημειώσατε</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Η σημείωσή σας</translation>
    </message>
    <message>
        <source>Medicine you noted</source>
        <translation>Φάρμακο που σημειώσατε</translation>
    </message>
    <message>
        <source>In My entries, where you can change or delete it.</source>
        <translation>Στις «Οι καταχωρίσεις μου», όπου μπορείτε να το αλλάξετε ή να το διαγράψετε.</translation>
    </message>
    <message>
        <source>How bad it was</source>
        <translation>Πόσο έντονο ήταν</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Πού φυλάσσεται</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>All events</source>
        <translation>Όλα τα συμβάντα</translation>
    </message>
    <message>
        <source>All cancer treatments</source>
        <translation>Όλες οι αντικαρκινικές θεραπείες</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Όλες οι πηγές</translation>
    </message>
    <message>
        <source>You (My entries)</source>
        <translation>Εσείς (Οι καταχωρίσεις μου)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n συμβάν</numerusform>
            <numerusform>%n συμβάντα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} events shown</source>
        <translation>
            <numerusform>Εμφανίζεται %n από {total} συμβάντα</numerusform>
            <numerusform>Εμφανίζονται %n από {total} συμβάντα</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer journey</source>
        <translation>Πορεία της νόσου</translation>
    </message>
    <message>
        <source>Everything in your record that has a date, oldest first. Choose an event to see its details and where it came from.</source>
        <translation>Ό,τι έχει ημερομηνία στον φάκελό σας, με τα παλαιότερα πρώτα. Επιλέξτε ένα συμβάν για να δείτε τις λεπτομέρειες και την προέλευσή του.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Kind of event to show</source>
        <translation>Είδος συμβάντων για εμφάνιση</translation>
    </message>
    <message>
        <source>Source to show</source>
        <translation>Πηγή για εμφάνιση</translation>
    </message>
    <message>
        <source>Events in your cancer journey</source>
        <translation>Συμβάντα στην πορεία της νόσου σας</translation>
    </message>
    <message>
        <source>No events match these choices.</source>
        <translation>Κανένα συμβάν δεν ταιριάζει με αυτές τις επιλογές.</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Εμφάνιση όλων των συμβάντων</translation>
    </message>
    <message>
        <source>No cancer journey yet</source>
        <translation>Δεν υπάρχει ακόμη πορεία της νόσου</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your diagnosis, treatments, tests and check-ups then appear here in date order, each with where it came from.</source>
        <translation>Εισαγάγετε μια περίληψη από το ογκολογικό σας κέντρο. Η διάγνωση, οι θεραπείες, οι εξετάσεις και οι επανέλεγχοι θα εμφανιστούν τότε εδώ με χρονολογική σειρά, το καθένα με την προέλευσή του.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Εισαγωγή περίληψης</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Άγνωστη ημερομηνία</translation>
    </message>
    <message>
        <source>Diagnosis and stage</source>
        <translation>Διάγνωση και στάδιο</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Χειρουργική επέμβαση</translation>
    </message>
    <message>
        <source>Cancer medicines</source>
        <translation>Αντικαρκινικά φάρμακα</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Ακτινοθεραπεία</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Μεταμοσχεύσεις βλαστικών κυττάρων</translation>
    </message>
    <message>
        <source>Tests and scans</source>
        <translation>Εξετάσεις και απεικονίσεις</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Κατάσταση της νόσου</translation>
    </message>
    <message>
        <source>Check-ups and plans</source>
        <translation>Επανέλεγχοι και σχέδια</translation>
    </message>
    <message>
        <source>Side effects you noted</source>
        <translation>Παρενέργειες που σημειώσατε</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Οι σημειώσεις σας</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Άλλα συμβάντα</translation>
    </message>
    <message>
        <source>Line {number} of cancer medicines</source>
        <translation>Γραμμή {number} αντικαρκινικών φαρμάκων</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Αντικαρκινικό φάρμακο</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Θεραπευτικό πρωτόκολλο</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Σχέδιο φροντίδας</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Εργαστηριακή έκθεση</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Παθολογοανατομική έκθεση</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Έκθεση εξέτασης</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Στάδιο {stage}</translation>
    </message>
    <message>
        <source>stage {stage}</source>
        <translation>στάδιο {stage}</translation>
    </message>
    <message>
        <source>clinical</source>
        <translation>κλινικό</translation>
    </message>
    <message>
        <source>pathological</source>
        <translation>παθολογοανατομικό</translation>
    </message>
    <message>
        <source>{system}, edition {edition}</source>
        <translation>{system}, έκδοση {edition}</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>θετικό</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>αρνητικό</translation>
    </message>
    <message>
        <source>equivocal</source>
        <translation>αμφίβολο</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n αποτέλεσμα</numerusform>
            <numerusform>%n αποτελέσματα</numerusform>
        </translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>δόση {number}</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>έως {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>έως τις {date}</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>σε εξέλιξη</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Γλώσσα της εφαρμογής</translation>
    </message>
    <message>
        <source>{language} (partly in English)</source>
        <translation>{language} (εν μέρει στα αγγλικά)</translation>
    </message>
</context>
<context>
    <name>ListRecordView</name>
    <message>
        <source>Import summary</source>
        <translation>Εισαγωγή περίληψης</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Ανάγνωση του φακέλου σας…</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Τίποτα δεν ταιριάζει με «{text}».</translation>
    </message>
    <message>
        <source>Try fewer or other words.</source>
        <translation>Δοκιμάστε λιγότερες ή άλλες λέξεις.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Καθαρισμός της αναζήτησης</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Recognised as {medicine} (ATC code {code}).</source>
        <translation>Αναγνωρίστηκε ως {medicine} (κωδικός ATC {code}).</translation>
    </message>
    <message>
        <source>As it is written on the box, for example: Paracetamol 500 mg.</source>
        <translation>Όπως είναι γραμμένο στο κουτί, για παράδειγμα: Paracetamol 500 mg.</translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation>Όνομα του φαρμάκου</translation>
    </message>
    <message>
        <source>Change a medicine</source>
        <translation>Αλλαγή φαρμάκου</translation>
    </message>
    <message>
        <source>Add a medicine you take</source>
        <translation>Προσθήκη φαρμάκου που παίρνετε</translation>
    </message>
    <message>
        <source>How much and how often (optional)</source>
        <translation>Πόσο και πόσο συχνά (προαιρετικό)</translation>
    </message>
    <message>
        <source>For example: 1 tablet twice a day.</source>
        <translation>Για παράδειγμα: 1 δισκίο δύο φορές την ημέρα.</translation>
    </message>
    <message>
        <source>What you take it for (optional)</source>
        <translation>Για ποιο λόγο το παίρνετε (προαιρετικό)</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Πότε ξεκινήσατε</translation>
    </message>
    <message>
        <source>I still take it</source>
        <translation>Το παίρνω ακόμη</translation>
    </message>
    <message>
        <source>When you stopped</source>
        <translation>Πότε σταματήσατε</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Άλλες πληροφορίες (προαιρετικό)</translation>
    </message>
</context>
<context>
    <name>MedicationsView</name>
    <message>
        <source>Current medicines</source>
        <translation>Τρέχοντα φάρμακα</translation>
    </message>
    <message>
        <source>Past medicines</source>
        <translation>Προηγούμενα φάρμακα</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Φάρμακο χωρίς όνομα</translation>
    </message>
    <message>
        <source>treatment line {number}</source>
        <translation>γραμμή θεραπείας {number}</translation>
    </message>
    <message>
        <source>Cumulative dose {dose}</source>
        <translation>Αθροιστική δόση {dose}</translation>
    </message>
    <message>
        <source>Cumulative dose at least {dose}</source>
        <translation>Αθροιστική δόση τουλάχιστον {dose}</translation>
    </message>
    <message numerus="yes">
        <source>{given} of %n cycle(s)</source>
        <translation>
            <numerusform>{given} από %n κύκλο</numerusform>
            <numerusform>{given} από %n κύκλους</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n κύκλος</numerusform>
            <numerusform>%n κύκλοι</numerusform>
        </translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Άλλο φάρμακο</translation>
    </message>
    <message>
        <source>for {reasons}</source>
        <translation>για: {reasons}</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Φάρμακα</translation>
    </message>
    <message>
        <source>The medicines you take now and took before: cancer medicines and all others.</source>
        <translation>Τα φάρμακα που παίρνετε τώρα και όσα παίρνατε παλαιότερα: αντικαρκινικά και όλα τα άλλα.</translation>
    </message>
    <message>
        <source>Search medicines</source>
        <translation>Αναζήτηση φαρμάκων</translation>
    </message>
    <message>
        <source>No medicines recorded yet.</source>
        <translation>Δεν έχουν καταγραφεί ακόμη φάρμακα.</translation>
    </message>
    <message>
        <source>Import a summary from your centre. You can also add what you take in My entries.</source>
        <translation>Εισαγάγετε μια περίληψη από το κέντρο σας. Μπορείτε επίσης να προσθέσετε όσα παίρνετε στις «Καταχωρίσεις μου».</translation>
    </message>
</context>
<context>
    <name>MyEntriesView</name>
    <message>
        <source>Delete this entry?</source>
        <translation>Διαγραφή αυτής της καταχώρισης;</translation>
    </message>
    <message>
        <source>“{entry}” ({date}) is deleted from your record. What your centres sent stays as it is. You can undo this straight away.</source>
        <translation>Η καταχώριση «{entry}» ({date}) διαγράφεται από τον φάκελό σας. Όσα έστειλαν τα κέντρα σας μένουν όπως είναι. Μπορείτε να το αναιρέσετε αμέσως.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Διαγραφή καταχώρισης</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Διατήρηση</translation>
    </message>
    <message>
        <source>“{entry}” was deleted.</source>
        <translation>Η καταχώριση «{entry}» διαγράφηκε.</translation>
    </message>
    <message>
        <source>Your entries could not be changed</source>
        <translation>Δεν ήταν δυνατή η αλλαγή των καταχωρίσεών σας</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>My entries</source>
        <translation>Οι καταχωρίσεις μου</translation>
    </message>
    <message>
        <source>What you write down yourself: medicines you take, side effects and notes for your next visit. They are marked as reported by you wherever they appear, also in the summaries you export.</source>
        <translation>Όσα σημειώνετε εσείς: φάρμακα που παίρνετε, παρενέργειες και σημειώσεις για την επόμενη επίσκεψή σας. Όπου κι αν εμφανίζονται, φέρουν την ένδειξη ότι τα αναφέρατε εσείς, ακόμη και στις συνόψεις που εξάγετε.</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Προσθήκη φαρμάκου</translation>
    </message>
    <message>
        <source>Add symptom or side effect</source>
        <translation>Προσθήκη συμπτώματος ή παρενέργειας</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <source>Nothing written down yet</source>
        <translation>Δεν έχετε σημειώσει τίποτα ακόμη</translation>
    </message>
    <message>
        <source>Write down medicines you take, side effects and notes for your next visit. They stay on this computer, marked as reported by you.</source>
        <translation>Σημειώστε φάρμακα που παίρνετε, παρενέργειες και σημειώσεις για την επόμενη επίσκεψή σας. Μένουν σε αυτόν τον υπολογιστή, με την ένδειξη ότι τα αναφέρατε εσείς.</translation>
    </message>
    <message>
        <source>Medications I take</source>
        <translation>Φάρμακα που παίρνω</translation>
    </message>
    <message>
        <source>Symptoms and side effects</source>
        <translation>Συμπτώματα και παρενέργειες</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Too short: use at least {minimum} characters.</source>
        <translation>Πολύ σύντομος: χρησιμοποιήστε τουλάχιστον {minimum} χαρακτήρες.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a word or two.</source>
        <translation>Αδύναμος: εύκολος να μαντευτεί. Προσθέστε μία ή δύο λέξεις.</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it much harder to guess.</source>
        <translation>Μέτριος: μία ή δύο λέξεις ακόμη τον κάνουν πολύ πιο δύσκολο να μαντευτεί.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Καλός: δύσκολος να μαντευτεί.</translation>
    </message>
    <message>
        <source>Strong: very hard to guess.</source>
        <translation>Ισχυρός: πολύ δύσκολος να μαντευτεί.</translation>
    </message>
    <message>
        <source>A few words you can remember work well.</source>
        <translation>Λίγες λέξεις που μπορείτε να θυμάστε είναι καλή επιλογή.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Ισχύς του κωδικού πρόσβασης</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>Οι δύο κωδικοί πρόσβασης δεν είναι ίδιοι. Γράψτε τον ίδιο δύο φορές.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Νέος κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Γράψτε τον ξανά</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Νέος κωδικός πρόσβασης, ξανά</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Εμφάνιση του κωδικού πρόσβασης</translation>
    </message>
</context>
<context>
    <name>NewProfilePage</name>
    <message>
        <source>Creating the profile and its keys… This takes a few seconds.</source>
        <translation>Δημιουργία του προφίλ και των κλειδιών του… Διαρκεί λίγα δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>Creating the profile</source>
        <translation>Δημιουργία του προφίλ</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Νέο προφίλ</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history on this computer, locked with a passphrase that only you know.</source>
        <translation>Ένα προφίλ κρατά το ιστορικό καρκίνου ενός ατόμου σε αυτόν τον υπολογιστή, κλειδωμένο με κωδικό πρόσβασης που μόνο εσείς γνωρίζετε.</translation>
    </message>
    <message>
        <source>&amp;Name of the profile</source>
        <translation>Ό&amp;νομα του προφίλ</translation>
    </message>
    <message>
        <source>Shown on the start screen, e.g. your first name or “Mum”.</source>
        <translation>Εμφανίζεται στην αρχική οθόνη, π.χ. το μικρό σας όνομα ή «Μαμά».</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>Όνομα του προφίλ</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;full name</source>
        <translation>&amp;Ονοματεπώνυμο ασθενούς</translation>
    </message>
    <message>
        <source>As it is written on hospital papers. Used to check imported files.</source>
        <translation>Όπως είναι γραμμένο στα έγγραφα του νοσοκομείου. Χρησιμοποιείται για τον έλεγχο των αρχείων που εισάγονται.</translation>
    </message>
    <message>
        <source>Patient&apos;s full name</source>
        <translation>Ονοματεπώνυμο ασθενούς</translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth</source>
        <translation>Ημερομηνία γέννησης ασθενούς</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation>Απομνημόνευση του κωδικού σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>The profile then opens without the passphrase for anyone who uses your account on this computer. Leave it off on a shared computer.</source>
        <translation>Τότε το προφίλ ανοίγει χωρίς κωδικό για όποιον χρησιμοποιεί τον λογαριασμό σας σε αυτόν τον υπολογιστή. Αφήστε το απενεργοποιημένο σε κοινόχρηστο υπολογιστή.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Δημιουργία προφίλ</translation>
    </message>
</context>
<context>
    <name>NextWords</name>
    <message>
        <source>Appointment booked</source>
        <translation>Κλεισμένο ραντεβού</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Ραντεβού</translation>
    </message>
    <message>
        <source>Asked for by your care team</source>
        <translation>Το ζήτησε η ομάδα που σας φροντίζει</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Παρακολούθηση</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Αύριο</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Σε %n ημέρα</numerusform>
            <numerusform>Σε %n ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s)</source>
        <translation>
            <numerusform>Σε %n εβδομάδα</numerusform>
            <numerusform>Σε %n εβδομάδες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>Σε %n μήνα</numerusform>
            <numerusform>Σε %n μήνες</numerusform>
        </translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Σχέδιο φροντίδας</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>και %n ακόμη</numerusform>
            <numerusform>και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation>Έως τις {date}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Από τις {date}</translation>
    </message>
    <message>
        <source>{activity}: {schedule}</source>
        <translation>{activity}: {schedule}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>κάθε ημέρα</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>κάθε %n ημέρα</numerusform>
            <numerusform>κάθε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>every week</source>
        <translation>κάθε εβδομάδα</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>κάθε %n εβδομάδα</numerusform>
            <numerusform>κάθε %n εβδομάδες</numerusform>
        </translation>
    </message>
    <message>
        <source>every month</source>
        <translation>κάθε μήνα</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>κάθε %n μήνα</numerusform>
            <numerusform>κάθε %n μήνες</numerusform>
        </translation>
    </message>
    <message>
        <source>every year</source>
        <translation>κάθε χρόνο</translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>κάθε %n χρόνο</numerusform>
            <numerusform>κάθε %n χρόνια</numerusform>
        </translation>
    </message>
    <message>
        <source>Normal range: {range}</source>
        <translation>Φυσιολογικό εύρος: {range}</translation>
    </message>
    <message>
        <source>Unnamed test</source>
        <translation>Εξέταση χωρίς όνομα</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλό</translation>
    </message>
    <message>
        <source>Above the normal range</source>
        <translation>Πάνω από το φυσιολογικό εύρος</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλό</translation>
    </message>
    <message>
        <source>Below the normal range</source>
        <translation>Κάτω από το φυσιολογικό εύρος</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Μη φυσιολογικό</translation>
    </message>
    <message>
        <source>Outside the normal range</source>
        <translation>Εκτός φυσιολογικού εύρους</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Φυσιολογικό</translation>
    </message>
    <message>
        <source>Within the normal range</source>
        <translation>Εντός φυσιολογικού εύρους</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Χωρίς τιμή</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Change a note</source>
        <translation>Αλλαγή σημείωσης</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Η σημείωσή σας</translation>
    </message>
    <message>
        <source>For example: questions for your next visit, or how you have been.</source>
        <translation>Για παράδειγμα: ερωτήσεις για την επόμενη επίσκεψή σας ή πώς νιώθετε.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
</context>
<context>
    <name>OriginalFields</name>
    <message>
        <source>Identifier in the file</source>
        <translation>Αναγνωριστικό στο αρχείο</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Δόση</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>You entered this yourself</source>
        <translation>Το καταχωρίσατε εσείς</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Αλλαγές</translation>
    </message>
    <message>
        <source>(The rest is not shown.)</source>
        <translation>(Το υπόλοιπο δεν εμφανίζεται.)</translation>
    </message>
</context>
<context>
    <name>OtherRecordsView</name>
    <message>
        <source>No title</source>
        <translation>Χωρίς τίτλο</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Χωρίς ημερομηνία</translation>
    </message>
    <message>
        <source>{type} in the file</source>
        <translation>{type} στο αρχείο</translation>
    </message>
    <message>
        <source>Identifier: {id}</source>
        <translation>Αναγνωριστικό: {id}</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Χωρίς όνομα</translation>
    </message>
    <message numerus="yes">
        <source>mentioned by %n item(s) of your record</source>
        <translation>
            <numerusform>αναφέρεται από %n στοιχείο του φακέλου σας</numerusform>
            <numerusform>αναφέρεται από %n στοιχεία του φακέλου σας</numerusform>
        </translation>
    </message>
    <message>
        <source>not mentioned by any item of your record</source>
        <translation>δεν αναφέρεται από κανένα στοιχείο του φακέλου σας</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Άλλες εγγραφές</translation>
    </message>
    <message>
        <source>Everything else your summaries contain. The app does not interpret these records, but nothing is hidden: open one to see what it says.</source>
        <translation>Όλα τα υπόλοιπα που περιέχουν οι περιλήψεις σας. Η εφαρμογή δεν ερμηνεύει αυτές τις εγγραφές, αλλά δεν κρύβεται τίποτα: ανοίξτε μία για να δείτε τι γράφει.</translation>
    </message>
    <message>
        <source>Search other records</source>
        <translation>Αναζήτηση σε άλλες εγγραφές</translation>
    </message>
    <message>
        <source>No other records.</source>
        <translation>Καμία άλλη εγγραφή.</translation>
    </message>
    <message>
        <source>Everything your summaries contain is shown in the other parts of your record. Import a summary from your centre to add more.</source>
        <translation>Όλο το περιεχόμενο των περιλήψεών σας εμφανίζεται στα άλλα μέρη του φακέλου σας. Εισαγάγετε μια περίληψη από το κέντρο σας για να προσθέσετε περισσότερα.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>See all %n</source>
        <translation>
            <numerusform>Προβολή όλων (%n)</numerusform>
            <numerusform>Προβολή όλων (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Προβολή όλων</translation>
    </message>
    <message>
        <source>No allergies recorded. Tell every doctor about any you have.</source>
        <translation>Δεν έχουν καταγραφεί αλλεργίες. Ενημερώνετε κάθε γιατρό για όσες έχετε.</translation>
    </message>
    <message>
        <source>No current medicines recorded. Tell every doctor what you take.</source>
        <translation>Δεν έχουν καταγραφεί τρέχοντα φάρμακα. Ενημερώνετε κάθε γιατρό για όσα παίρνετε.</translation>
    </message>
    <message>
        <source>No active cancer recorded.</source>
        <translation>Δεν έχει καταγραφεί ενεργός καρκίνος.</translation>
    </message>
    <message>
        <source>No current cancer treatment recorded.</source>
        <translation>Δεν έχει καταγραφεί τρέχουσα αντικαρκινική θεραπεία.</translation>
    </message>
    <message>
        <source>No devices recorded, such as a port.</source>
        <translation>Δεν έχουν καταγραφεί ιατροτεχνολογικά προϊόντα, όπως μια θύρα (port).</translation>
    </message>
    <message>
        <source>No alerts follow from what your record holds.</source>
        <translation>Από όσα περιέχει ο φάκελός σας δεν προκύπτει καμία επισήμανση.</translation>
    </message>
    <message>
        <source>No upcoming appointments are recorded. Ask your centre when your next check-up is.</source>
        <translation>Δεν έχουν καταγραφεί προσεχή ραντεβού. Ρωτήστε το κέντρο σας πότε είναι ο επόμενος επανέλεγχός σας.</translation>
    </message>
    <message>
        <source>No lab results or measurements are recorded yet.</source>
        <translation>Δεν έχουν καταγραφεί ακόμη εργαστηριακά αποτελέσματα ή μετρήσεις.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n στοιχείο συνολικά</numerusform>
            <numerusform>%n στοιχεία συνολικά</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>Imported from: {sources}</source>
        <translation>Εισήχθησαν από: {sources}</translation>
    </message>
    <message>
        <source>Conditions (diagnoses)</source>
        <translation>Παθήσεις (διαγνώσεις)</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Φάρμακα που χορηγήθηκαν</translation>
    </message>
    <message>
        <source>Medicines prescribed or taken</source>
        <translation>Φάρμακα που συνταγογραφήθηκαν ή λήφθηκαν</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Αποτελέσματα εξετάσεων</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Επεμβάσεις</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Αλλεργίες</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Εμβολιασμοί</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Έγγραφα</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Άλλες εγγραφές</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Επισκόπηση</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Ανάγνωση του φακέλου σας…</translation>
    </message>
    <message>
        <source>Reading your record</source>
        <translation>Ανάγνωση του φακέλου σας</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Ο φάκελός σας είναι κενός</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Import a summary from your centre to see your allergies, medicines, diagnosis and results here.</source>
        <translation>Δεν έχει εισαχθεί ακόμη τίποτα σε αυτό το προφίλ. Εισαγάγετε μια περίληψη από το κέντρο σας για να δείτε εδώ τις αλλεργίες, τα φάρμακα, τη διάγνωση και τα αποτελέσματά σας.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Εισαγωγή περίληψης</translation>
    </message>
    <message>
        <source>For any doctor</source>
        <translation>Για κάθε γιατρό</translation>
    </message>
    <message>
        <source>See all allergies and alerts</source>
        <translation>Προβολή όλων των αλλεργιών και επισημάνσεων</translation>
    </message>
    <message>
        <source>Medicines you take now</source>
        <translation>Φάρμακα που παίρνετε τώρα</translation>
    </message>
    <message>
        <source>See all medicines</source>
        <translation>Προβολή όλων των φαρμάκων</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Καρκίνος</translation>
    </message>
    <message>
        <source>See your cancer journey</source>
        <translation>Προβολή της πορείας της νόσου σας</translation>
    </message>
    <message>
        <source>Cancer treatment now</source>
        <translation>Τρέχουσα αντικαρκινική θεραπεία</translation>
    </message>
    <message>
        <source>See all treatments</source>
        <translation>Προβολή όλων των θεραπειών</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Ιατροτεχνολογικά προϊόντα</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Επισημάνσεις</translation>
    </message>
    <message>
        <source>Next follow-ups</source>
        <translation>Επόμενοι επανέλεγχοι</translation>
    </message>
    <message>
        <source>Latest results</source>
        <translation>Πιο πρόσφατα αποτελέσματα</translation>
    </message>
    <message>
        <source>See all results</source>
        <translation>Προβολή όλων των αποτελεσμάτων</translation>
    </message>
    <message>
        <source>What is in your record</source>
        <translation>Τι περιέχει ο φάκελός σας</translation>
    </message>
    <message>
        <source>See all sources</source>
        <translation>Προβολή όλων των πηγών</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n έτους</numerusform>
            <numerusform>%n ετών</numerusform>
        </translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>γεννήθηκε στις {date}</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>η ημερομηνία γέννησης δεν έχει καταγραφεί</translation>
    </message>
    <message>
        <source>profile “{label}”</source>
        <translation>προφίλ «{label}»</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Το όνομα δεν έχει καταγραφεί</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Σελίδα {page} από {count}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Προηγούμενη σελίδα</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Επόμενη σελίδα</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Μικρότερο</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Μεγαλύτερο</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Προσαρμογή στο πλάτος</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Έγγραφο PDF</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Never opened</source>
        <translation>Δεν έχει ανοιχτεί ποτέ</translation>
    </message>
    <message>
        <source>Last opened {date}</source>
        <translation>Τελευταίο άνοιγμα: {date}</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Open it to check it.</source>
        <translation>Το αντίγραφο ασφαλείας επαναφέρθηκε ως προφίλ «{label}». Ανοίξτε το για να το ελέγξετε.</translation>
    </message>
    <message>
        <source>Profile “{label}” and everything in it were deleted.</source>
        <translation>Το προφίλ «{label}» και όλο το περιεχόμενό του διαγράφηκαν.</translation>
    </message>
    <message>
        <source>The demo profile is ready. Its passphrase is “{passphrase}”: choose Open to see the record.</source>
        <translation>Το προφίλ επίδειξης είναι έτοιμο. Ο κωδικός του είναι «{passphrase}»: επιλέξτε «Άνοιγμα» για να δείτε τον φάκελο.</translation>
    </message>
    <message>
        <source>Your cancer history, encrypted and kept on this computer.</source>
        <translation>Το ιστορικό του καρκίνου σας, κρυπτογραφημένο και φυλαγμένο σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Προφίλ</translation>
    </message>
    <message>
        <source>Choose whose record to open.</source>
        <translation>Επιλέξτε ποιανού τον φάκελο θα ανοίξετε.</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Προφίλ σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Δεν υπάρχουν ακόμη προφίλ</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history, locked with a passphrase, on this computer only.</source>
        <translation>Ένα προφίλ κρατά το ιστορικό καρκίνου ενός ατόμου, κλειδωμένο με κωδικό πρόσβασης, μόνο σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Open the selected profile (Enter)</source>
        <translation>Άνοιγμα του επιλεγμένου προφίλ (Enter)</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Νέο προφίλ…</translation>
    </message>
    <message>
        <source>Create a profile for another person (Ctrl+N)</source>
        <translation>Δημιουργία προφίλ για άλλο άτομο (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>Δημιουργία προφίλ…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας…</translation>
    </message>
    <message>
        <source>Make a profile from a backup file (.ecanbackup)</source>
        <translation>Δημιουργία προφίλ από αρχείο αντιγράφου ασφαλείας (.ecanbackup)</translation>
    </message>
    <message>
        <source>You can also drop a backup file (.ecanbackup) on this window to restore it.</source>
        <translation>Μπορείτε επίσης να σύρετε ένα αρχείο αντιγράφου ασφαλείας (.ecanbackup) σε αυτό το παράθυρο για να το επαναφέρετε.</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Έλεγχος εργασίας</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>Προγραμματισμένη &amp;εκτύπωση:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Στοιχεία &amp;χρέωσης:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>&amp;Προτεραιότητα εργασίας:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Σελίδες διαχωρισμού</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Άμεση εκτύπωση</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Αναμονή επ&apos; αόριστον</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ημέρα (06:00 έως 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Νύχτα (18:00 έως 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Δεύτερη βάρδια (16:00 έως 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Τρίτη βάρδια (00:00 έως 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Σαββατοκύριακο (Σάββατο έως Κυριακή)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Συγκεκριμένη ώρα</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Εμπρός</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Γονικός φάκελος</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Δημιουργία νέου φακέλου</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Προβολή λίστας</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Προβολή λεπτομερειών</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Νέος φάκελος</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Νέος φάκελος</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Μετονομασία</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Μετονομασία</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Εμφάνιση &amp;κρυφών αρχείων</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Εμφάνιση κρυφών αρχείων</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Το %1 υπάρχει ήδη.
Θέλετε να αντικατασταθεί;</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Θέλετε σίγουρα να διαγράψετε το «%1»;</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ημερομηνία τροποποίησης</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ακύρωση α&amp;ναίρεσης</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Α&amp;ποκοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Επικόλληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Χαρτί</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Μέγεθος σελίδας:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Πλάτος:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Ύψος:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Προέλευση χαρτιού:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Προσανατολισμός</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Κατακόρυφος</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Οριζόντιος</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Ανεστραμμένος οριζόντιος</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Ανεστραμμένος κατακόρυφος</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Περιθώρια</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>πάνω περιθώριο</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>αριστερό περιθώριο</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>δεξί περιθώριο</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>κάτω περιθώριο</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Διάταξη σελίδας</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Σει&amp;ρά σελίδων:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Σελίδες ανά &amp;φύλλο:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Χιλιοστά (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Ίντσες (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Στιγμές (pt)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Πίκα (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Προσαρμοσμένο</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter / ANSI A</source>
        <translation>Letter / ANSI A</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translation>Executive (7.5 x 10 in)</translation>
    </message>
    <message>
        <source>A0</source>
        <translation>A0</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <source>A7</source>
        <translation>A7</translation>
    </message>
    <message>
        <source>A8</source>
        <translation>A8</translation>
    </message>
    <message>
        <source>A9</source>
        <translation>A9</translation>
    </message>
    <message>
        <source>A10</source>
        <translation>A10</translation>
    </message>
    <message>
        <source>B0</source>
        <translation>B0</translation>
    </message>
    <message>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <source>B2</source>
        <translation>B2</translation>
    </message>
    <message>
        <source>B3</source>
        <translation>B3</translation>
    </message>
    <message>
        <source>B4</source>
        <translation>B4</translation>
    </message>
    <message>
        <source>B5</source>
        <translation>B5</translation>
    </message>
    <message>
        <source>B6</source>
        <translation>B6</translation>
    </message>
    <message>
        <source>B7</source>
        <translation>B7</translation>
    </message>
    <message>
        <source>B8</source>
        <translation>B8</translation>
    </message>
    <message>
        <source>B9</source>
        <translation>B9</translation>
    </message>
    <message>
        <source>B10</source>
        <translation>B10</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Φάκελος C5</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Φάκελος US 10</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Φάκελος DL</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translation>Folio (8.27 x 13 in)</translation>
    </message>
    <message>
        <source>Ledger / ANSI B</source>
        <translation>Ledger / ANSI B</translation>
    </message>
    <message>
        <source>Tabloid / ANSI B</source>
        <translation>Tabloid / ANSI B</translation>
    </message>
    <message>
        <source>A3 Extra</source>
        <translation>A3 Extra</translation>
    </message>
    <message>
        <source>A4 Extra</source>
        <translation>A4 Extra</translation>
    </message>
    <message>
        <source>A4 Plus</source>
        <translation>A4 Plus</translation>
    </message>
    <message>
        <source>A4 Small</source>
        <translation>A4 Small</translation>
    </message>
    <message>
        <source>A5 Extra</source>
        <translation>A5 Extra</translation>
    </message>
    <message>
        <source>B5 Extra</source>
        <translation>B5 Extra</translation>
    </message>
    <message>
        <source>JIS B0</source>
        <translation>JIS B0</translation>
    </message>
    <message>
        <source>JIS B1</source>
        <translation>JIS B1</translation>
    </message>
    <message>
        <source>JIS B2</source>
        <translation>JIS B2</translation>
    </message>
    <message>
        <source>JIS B3</source>
        <translation>JIS B3</translation>
    </message>
    <message>
        <source>JIS B4</source>
        <translation>JIS B4</translation>
    </message>
    <message>
        <source>JIS B5</source>
        <translation>JIS B5</translation>
    </message>
    <message>
        <source>JIS B6</source>
        <translation>JIS B6</translation>
    </message>
    <message>
        <source>JIS B7</source>
        <translation>JIS B7</translation>
    </message>
    <message>
        <source>JIS B8</source>
        <translation>JIS B8</translation>
    </message>
    <message>
        <source>JIS B9</source>
        <translation>JIS B9</translation>
    </message>
    <message>
        <source>JIS B10</source>
        <translation>JIS B10</translation>
    </message>
    <message>
        <source>ANSI C</source>
        <translation>ANSI C</translation>
    </message>
    <message>
        <source>ANSI D</source>
        <translation>ANSI D</translation>
    </message>
    <message>
        <source>ANSI E</source>
        <translation>ANSI E</translation>
    </message>
    <message>
        <source>Legal Extra</source>
        <translation>Legal Extra</translation>
    </message>
    <message>
        <source>Letter Extra</source>
        <translation>Letter Extra</translation>
    </message>
    <message>
        <source>Letter Plus</source>
        <translation>Letter Plus</translation>
    </message>
    <message>
        <source>Letter Small</source>
        <translation>Letter Small</translation>
    </message>
    <message>
        <source>Tabloid Extra</source>
        <translation>Tabloid Extra</translation>
    </message>
    <message>
        <source>Architect A</source>
        <translation>Architect A</translation>
    </message>
    <message>
        <source>Architect B</source>
        <translation>Architect B</translation>
    </message>
    <message>
        <source>Architect C</source>
        <translation>Architect C</translation>
    </message>
    <message>
        <source>Architect D</source>
        <translation>Architect D</translation>
    </message>
    <message>
        <source>Architect E</source>
        <translation>Architect E</translation>
    </message>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 x %2 in</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>Executive (7.25 x 10.5 in)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Quarto</source>
        <translation>Quarto</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Super A</source>
        <translation>Super A</translation>
    </message>
    <message>
        <source>Super B</source>
        <translation>Super B</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Καρτ-ποστάλ</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Διπλή καρτ-ποστάλ</translation>
    </message>
    <message>
        <source>PRC 16K</source>
        <translation>PRC 16K</translation>
    </message>
    <message>
        <source>PRC 32K</source>
        <translation>PRC 32K</translation>
    </message>
    <message>
        <source>PRC 32K Big</source>
        <translation>PRC 32K Big</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Συνεχές χαρτί US (14.875 x 11 in)</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Συνεχές χαρτί German (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Συνεχές χαρτί German Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Φάκελος B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Φάκελος B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Φάκελος B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Φάκελος C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Φάκελος C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Φάκελος C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Φάκελος C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Φάκελος C4</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Φάκελος C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Φάκελος C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Φάκελος C7</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Φάκελος US 9</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Φάκελος US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Φάκελος US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Φάκελος US 14</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Φάκελος Monarch</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Φάκελος Personal</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Φάκελος Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Φάκελος Chou 4</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Φάκελος Invite</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Φάκελος Italian</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Φάκελος Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Φάκελος Kaku 3</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Φάκελος PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Φάκελος PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Φάκελος PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Φάκελος PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Φάκελος PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Φάκελος PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Φάκελος PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Φάκελος PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Φάκελος PRC 9</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Φάκελος PRC 10</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Εντάξει</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Εκτύπωση</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Εκτύπωση</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Επιλογές &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Επιλογές &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Εκτύπωση σε αρχείο (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Τοπικό αρχείο</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Εγγραφή αρχείου PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Εκτύπωση σε αρχείο…</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Όλες οι σελίδες</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Μονές σελίδες</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Ζυγές σελίδες</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Από αριστερά προς τα δεξιά, από πάνω προς τα κάτω</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Από αριστερά προς τα δεξιά, από κάτω προς τα πάνω</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Από δεξιά προς τα αριστερά, από κάτω προς τα πάνω</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Από δεξιά προς τα αριστερά, από πάνω προς τα κάτω</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Από κάτω προς τα πάνω, από αριστερά προς τα δεξιά</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Από κάτω προς τα πάνω, από δεξιά προς τα αριστερά</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Από πάνω προς τα κάτω, από αριστερά προς τα δεξιά</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Από πάνω προς τα κάτω, από δεξιά προς τα αριστερά</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1×1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2×1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2×2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2×3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3×3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4×4)</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Μη έγκυρος ορισμός σελίδων</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>Το «%1» δεν ακολουθεί τη σωστή σύνταξη. Χρησιμοποιήστε «,» για να χωρίσετε διαστήματα και σελίδες, «-» για να ορίσετε διαστήματα, και βεβαιωθείτε ότι τα διαστήματα δεν επικαλύπτονται.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Διενέξεις στις ρυθμίσεις εκτύπωσης διπλής όψης</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Υπάρχουν διενέξεις στις ρυθμίσεις εκτύπωσης διπλής όψης. Θέλετε να τις διορθώσετε;</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>Το %1 είναι φάκελος.
Επιλέξτε άλλο όνομα αρχείου.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Δεν είναι δυνατή η εγγραφή στο αρχείο %1.
Επιλέξτε άλλο όνομα αρχείου.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Το %1 υπάρχει ήδη.
Θέλετε να αντικατασταθεί;</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Οι επιλογές «Σελίδες ανά φύλλο» και «Σύνολο σελίδων» δεν μπορούν να χρησιμοποιηθούν μαζί.
Απενεργοποιήστε μία από τις δύο.</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Ιδιότητες εκτυπωτή</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Επιλογές εργασίας</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Σελίδα</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Για προχωρημένους</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Υπάρχουν διενέξεις σε ορισμένες επιλογές. Διορθώστε τις.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <translation>Εύρος εκτύπωσης</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Όλες</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Σελίδες από</translation>
    </message>
    <message>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Σελίδες</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Ορίστε σελίδες ή διαστήματα χωρισμένα με κόμματα. Ένα διάστημα ορίζεται με δύο αριθμούς που χωρίζονται με παύλα. Π.χ. το 3,5-7,9 εκτυπώνει τις σελίδες 3, 5, 6, 7 και 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Τρέχουσα σελίδα</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Επιλογή</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Σύνολο σελίδων:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Ρυθμίσεις εξόδου</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Αντίγραφα:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Συρραφή</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Αντίστροφη σειρά</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Αντίγραφα</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Λειτουργία χρώματος</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Έγχρωμη</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Κλίμακα του γκρι</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Εκτύπωση διπλής όψης</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ανενεργή</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Βιβλιοδεσία στη μεγάλη πλευρά</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Βιβλιοδεσία στη μικρή πλευρά</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Επιλογές</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Εκτυπωτής</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Ι&amp;διότητες</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Τοποθεσία:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Προεπισκόπηση</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Τύπος:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Αρχείο ε&amp;ξόδου:</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>stated by the source</source>
        <translation>όπως δηλώνεται από την πηγή</translation>
    </message>
    <message>
        <source>summed from {count} administrations</source>
        <translation>άθροισμα {count} χορηγήσεων</translation>
    </message>
    <message>
        <source>summed from {count} administrations, per m² of body surface area</source>
        <translation>άθροισμα {count} χορηγήσεων, ανά m² επιφάνειας σώματος</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Διάγνωση</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Εξέταση</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Απεικόνιση</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Κατάσταση της νόσου</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Χειρουργική επέμβαση</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Επέμβαση</translation>
    </message>
    <message>
        <source>Line of cancer medicines</source>
        <translation>Γραμμή αντικαρκινικών φαρμάκων</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Φάρμακο</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Ακτινοθεραπεία</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Μεταμόσχευση βλαστικών κυττάρων</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Ιατροτεχνολογικό προϊόν</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Αλλεργία</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Εμβολιασμός</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Έγγραφο</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Παρακολούθηση</translation>
    </message>
    <message>
        <source>Symptom or side effect</source>
        <translation>Σύμπτωμα ή παρενέργεια</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Η σημείωσή σας</translation>
    </message>
    <message>
        <source>Primary cancer</source>
        <translation>Πρωτοπαθής καρκίνος</translation>
    </message>
    <message>
        <source>Secondary (metastatic) cancer</source>
        <translation>Δευτεροπαθής (μεταστατικός) καρκίνος</translation>
    </message>
    <message>
        <source>malignant</source>
        <translation>κακοήθης</translation>
    </message>
    <message>
        <source>metastatic</source>
        <translation>μεταστατικός</translation>
    </message>
    <message>
        <source>in situ</source>
        <translation>in situ</translation>
    </message>
    <message>
        <source>uncertain behaviour</source>
        <translation>αβέβαιη συμπεριφορά</translation>
    </message>
    <message>
        <source>behaviour not stated</source>
        <translation>η συμπεριφορά δεν αναφέρεται</translation>
    </message>
    <message>
        <source>ECOG performance status</source>
        <translation>Κατάσταση λειτουργικότητας ECOG</translation>
    </message>
    <message>
        <source>Karnofsky performance status</source>
        <translation>Κλίμακα λειτουργικότητας Karnofsky</translation>
    </message>
    <message>
        <source>Lansky play-performance scale</source>
        <translation>Κλίμακα λειτουργικότητας παιχνιδιού Lansky</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent dose ({table})</source>
        <translation>Ανθρακυκλίνες ως ισοδύναμη δόση δοξορουβικίνης ({table})</translation>
    </message>
    <message>
        <source>{agent}: not converted, {table} gives no factor for it</source>
        <translation>{agent}: δεν μετατράπηκε, το {table} δεν δίνει συντελεστή γι’ αυτό</translation>
    </message>
    <message>
        <source>Reported by {sources}</source>
        <translation>Αναφέρθηκε από {sources}</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n στοιχείο</numerusform>
            <numerusform>%n στοιχεία</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>%n πηγή ακόμη</numerusform>
            <numerusform>%n πηγές ακόμη</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>και %n ακόμη</numerusform>
            <numerusform>και %n ακόμη</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n καταχώριση</numerusform>
            <numerusform>%n καταχωρίσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) given</source>
        <translation>
            <numerusform>%n κύκλος χορηγήθηκε</numerusform>
            <numerusform>%n κύκλοι χορηγήθηκαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n κύκλος προγραμματισμένος</numerusform>
            <numerusform>%n κύκλοι προγραμματισμένοι</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n χορήγηση</numerusform>
            <numerusform>%n χορηγήσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n fraction(s)</source>
        <translation>
            <numerusform>σε %n κλάσμα</numerusform>
            <numerusform>σε %n κλάσματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n τιμή</numerusform>
            <numerusform>%n τιμές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n time(s) by later imports</source>
        <translation>
            <numerusform>ενημερώθηκε %n φορά από μεταγενέστερες εισαγωγές</numerusform>
            <numerusform>ενημερώθηκε %n φορές από μεταγενέστερες εισαγωγές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation>
            <numerusform>%n χαρακτήρας ακόμη</numerusform>
            <numerusform>%n χαρακτήρες ακόμη</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordFrame</name>
    <message>
        <source>Your new passphrase is saved. Use it from now on.</source>
        <translation>Ο νέος σας κωδικός πρόσβασης αποθηκεύτηκε. Χρησιμοποιήστε τον από εδώ και πέρα.</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Lock this one to open it.</source>
        <translation>Το αντίγραφο ασφαλείας επαναφέρθηκε ως προφίλ «{label}». Κλειδώστε αυτό το προφίλ για να το ανοίξετε.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Κάτι πήγε στραβά</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Αναίρεση αυτής της εισαγωγής;</translation>
    </message>
    <message>
        <source>Everything that came from {source} in this import is removed from your record, and what it changed goes back to how it was before. The file itself is not touched; you can import it again later.</source>
        <translation>Ό,τι προήλθε από {source} με αυτή την εισαγωγή αφαιρείται από τον φάκελό σας και ό,τι άλλαξε επιστρέφει όπως ήταν πριν. Το ίδιο το αρχείο δεν αγγίζεται· μπορείτε να το εισαγάγετε ξανά αργότερα.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Αναίρεση εισαγωγής</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Διατήρηση</translation>
    </message>
    <message>
        <source>Import undone: {removed} removed, {restored} put back as before.</source>
        <translation>Η εισαγωγή αναιρέθηκε: {removed} αφαιρέθηκαν, {restored} επανήλθαν όπως πριν.</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n item(s) removed.</source>
        <translation>
            <numerusform>Η εισαγωγή αναιρέθηκε: αφαιρέθηκε %n στοιχείο.</numerusform>
            <numerusform>Η εισαγωγή αναιρέθηκε: αφαιρέθηκαν %n στοιχεία.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Ο κωδικός πρόσβασης άλλαξε.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <source>Import summaries from your centres (Ctrl+I)</source>
        <translation>Εισαγωγή περιλήψεων από τα κέντρα σας (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>Εξαγωγή σύνοψης…</translation>
    </message>
    <message>
        <source>Save or print the summary for a doctor abroad (Ctrl+E)</source>
        <translation>Αποθήκευση ή εκτύπωση της σύνοψης για γιατρό στο εξωτερικό (Ctrl+E)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Κλείδωμα τώρα</translation>
    </message>
    <message>
        <source>Hide the record and forget the key (Ctrl+L)</source>
        <translation>Απόκρυψη του φακέλου και διαγραφή του κλειδιού από τη μνήμη (Ctrl+L)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ενέργειες</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Επισκόπηση</translation>
    </message>
    <message>
        <source>Cancer journey</source>
        <translation>Πορεία της νόσου</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Θεραπείες</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Αποτελέσματα</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Φάρμακα</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Αλλεργίες και επισημάνσεις</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Παθήσεις</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Εμβολιασμοί</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Έγγραφα</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Άλλες εγγραφές</translation>
    </message>
    <message>
        <source>My entries</source>
        <translation>Οι καταχωρίσεις μου</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Πηγές</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation>Ενότητες του φακέλου</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use</source>
        <translation>
            <numerusform>Κλειδώνει μετά από %n λεπτό αδράνειας</numerusform>
            <numerusform>Κλειδώνει μετά από %n λεπτά αδράνειας</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} έως {end}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>από τις {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>έως τις {date}</translation>
    </message>
    <message>
        <source>No value: {reason}</source>
        <translation>Χωρίς τιμή: {reason}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} έως {high}</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>έως {high}</translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation>από {low}</translation>
    </message>
    <message>
        <source>Chemotherapy (anthracycline)</source>
        <translation>Χημειοθεραπεία (ανθρακυκλίνη)</translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation>Ανοσοθεραπεία</translation>
    </message>
    <message>
        <source>Hormone therapy</source>
        <translation>Ορμονοθεραπεία</translation>
    </message>
    <message>
        <source>Targeted therapy</source>
        <translation>Στοχευμένη θεραπεία</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Χημειοθεραπεία</translation>
    </message>
    <message>
        <source>Supportive medicine</source>
        <translation>Υποστηρικτική αγωγή</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Αντικαρκινικό φάρμακο</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ενεργό</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>διακόπηκε</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>σε αναστολή</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>προγραμματισμένο</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>προσχέδιο</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ακυρώθηκε</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ανακλήθηκε</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>σε εξέλιξη</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>σε προετοιμασία</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>δεν έγινε</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>δεν λήφθηκε</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>δεν έγινε δεκτό</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>καταχωρίστηκε εκ παραδρομής</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>άγνωστη κατάσταση</translation>
    </message>
    <message>
        <source>final</source>
        <translation>οριστικό</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>προκαταρκτικό</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>τροποποιήθηκε</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>διορθώθηκε</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>καταχωρίστηκε</translation>
    </message>
    <message>
        <source>current</source>
        <translation>ισχύει</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>αντικαταστάθηκε από νεότερη έκδοση</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ανενεργό</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>κλεισμένο</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>πραγματοποιήθηκε</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>μη προσέλευση</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>προτάθηκε</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>εκκρεμεί</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>σε λίστα αναμονής</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>ζητήθηκε</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>έγινε αποδεκτό</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>απορρίφθηκε</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>απέτυχε</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>άφιξη</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>τελείωσε</translation>
    </message>
    <message>
        <source>available</source>
        <translation>διαθέσιμο</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>μη διαθέσιμο</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>επανεμφανίστηκε</translation>
    </message>
    <message>
        <source>relapse</source>
        <translation>υποτροπή</translation>
    </message>
    <message>
        <source>in remission</source>
        <translation>σε ύφεση</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>υποχώρησε</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>επιβεβαιώθηκε</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>δεν επιβεβαιώθηκε</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>προσωρινό</translation>
    </message>
    <message>
        <source>one of several possibilities</source>
        <translation>μία από περισσότερες πιθανότητες</translation>
    </message>
    <message>
        <source>presumed</source>
        <translation>πιθανολογείται</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>αποκλείστηκε</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Υψηλός κίνδυνος</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Χαμηλός κίνδυνος</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Ο κίνδυνος δεν αξιολογήθηκε</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Αλλεργία</translation>
    </message>
    <message>
        <source>Intolerance</source>
        <translation>Δυσανεξία</translation>
    </message>
    <message>
        <source>food</source>
        <translation>τροφή</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>φάρμακο</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>περιβάλλον</translation>
    </message>
    <message>
        <source>biological product</source>
        <translation>βιολογικό προϊόν</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>ήπια</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>μέτρια</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>σοβαρή</translation>
    </message>
    <message>
        <source>reported as taken</source>
        <translation>δηλώθηκε ότι λαμβάνεται</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>συνταγογραφήθηκε</translation>
    </message>
    <message>
        <source>given</source>
        <translation>χορηγήθηκε</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>διατέθηκε από φαρμακείο</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>δεν χορηγήθηκε</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>τοποθετημένο</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>αφαιρέθηκε</translation>
    </message>
    <message>
        <source>no longer in use</source>
        <translation>δεν χρησιμοποιείται πλέον</translation>
    </message>
    <message>
        <source>not in use for now</source>
        <translation>προσωρινά εκτός χρήσης</translation>
    </message>
    <message>
        <source>Insurance claims</source>
        <translation>Αιτήματα αποζημίωσης</translation>
    </message>
    <message>
        <source>Insurance statements</source>
        <translation>Εκκαθαρίσεις ασφάλισης</translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation>Ασφαλιστική κάλυψη</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Επισημάνσεις</translation>
    </message>
    <message>
        <source>Warnings about treatment</source>
        <translation>Προειδοποιήσεις για τη θεραπεία</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Παρατηρήσεις</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Ερωτηματολόγια</translation>
    </message>
    <message>
        <source>Answered questionnaires</source>
        <translation>Συμπληρωμένα ερωτηματολόγια</translation>
    </message>
    <message>
        <source>Imaging studies</source>
        <translation>Απεικονιστικές εξετάσεις</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Οικογενειακό ιστορικό</translation>
    </message>
    <message>
        <source>Clinical assessments</source>
        <translation>Κλινικές εκτιμήσεις</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Εκτιμήσεις κινδύνου</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Μηνύματα</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Συγκαταθέσεις</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Ανεπιθύμητα συμβάντα</translation>
    </message>
    <message>
        <source>Nutrition orders</source>
        <translation>Διατροφικές οδηγίες</translation>
    </message>
    <message>
        <source>Treatment protocols</source>
        <translation>Θεραπευτικά πρωτόκολλα</translation>
    </message>
    <message>
        <source>Research studies</source>
        <translation>Ερευνητικές μελέτες</translation>
    </message>
    <message>
        <source>Research participation</source>
        <translation>Συμμετοχή σε μελέτες</translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation>Επεισόδια φροντίδας</translation>
    </message>
    <message>
        <source>Visits and stays</source>
        <translation>Επισκέψεις και νοσηλείες</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Επεμβάσεις</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Παθήσεις</translation>
    </message>
    <message>
        <source>Medicine statements</source>
        <translation>Δηλώσεις φαρμάκων</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Συνταγές</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Φάρμακα που χορηγήθηκαν</translation>
    </message>
    <message>
        <source>Medicines dispensed</source>
        <translation>Φάρμακα που διατέθηκαν</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Εκθέσεις</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Έγγραφα</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Περιλήψεις</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Αρχεία</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Εμβολιασμοί</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Αλλεργίες</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Ιατροτεχνολογικά προϊόντα</translation>
    </message>
    <message>
        <source>Device use</source>
        <translation>Χρήση ιατροτεχνολογικών προϊόντων</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Σχέδια φροντίδας</translation>
    </message>
    <message>
        <source>Requests for care</source>
        <translation>Αιτήματα φροντίδας</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Ραντεβού</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Εργασίες</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Στόχοι</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Στοιχεία ασθενούς</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Οργανισμοί</translation>
    </message>
    <message>
        <source>Health professionals</source>
        <translation>Επαγγελματίες υγείας</translation>
    </message>
    <message>
        <source>Roles of health professionals</source>
        <translation>Ρόλοι επαγγελματιών υγείας</translation>
    </message>
    <message>
        <source>Medicines as products</source>
        <translation>Φάρμακα ως προϊόντα</translation>
    </message>
    <message>
        <source>Where records came from</source>
        <translation>Προέλευση των εγγραφών</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Τοποθεσίες</translation>
    </message>
    <message>
        <source>Body structures</source>
        <translation>Ανατομικές δομές</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Δείγματα</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Ουσίες</translation>
    </message>
    <message>
        <source>Relatives and carers</source>
        <translation>Συγγενείς και φροντιστές</translation>
    </message>
    <message>
        <source>Care teams</source>
        <translation>Ομάδες φροντίδας</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Πακέτα (bundle)</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>The profile is created, but this computer could not remember its passphrase. {reason}</source>
        <translation>Το προφίλ δημιουργήθηκε, αλλά αυτός ο υπολογιστής δεν μπόρεσε να απομνημονεύσει τον κωδικό του. {reason}</translation>
    </message>
    <message>
        <source>Recovery code for profile “{label}”</source>
        <translation>Κωδικός ανάκτησης για το προφίλ «{label}»</translation>
    </message>
    <message>
        <source>Made on {date} by ecan-desktop.</source>
        <translation>Δημιουργήθηκε στις {date} από το ecan-desktop.</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep this paper somewhere safe, away from the computer.</source>
        <translation>Αν ξεχάσετε τον κωδικό πρόσβασης αυτού του προφίλ, αυτός ο κωδικός είναι ο μόνος τρόπος να το ανοίξετε. Φυλάξτε αυτό το χαρτί σε ασφαλές μέρος, μακριά από τον υπολογιστή.</translation>
    </message>
    <message>
        <source>recovery code {label}.txt</source>
        <translation>κωδικός ανάκτησης {label}.txt</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep a copy somewhere safe, away from the computer.</source>
        <translation>Αν ξεχάσετε τον κωδικό πρόσβασης αυτού του προφίλ, αυτός ο κωδικός είναι ο μόνος τρόπος να το ανοίξετε. Φυλάξτε ένα αντίγραφο σε ασφαλές μέρος, μακριά από τον υπολογιστή.</translation>
    </message>
    <message>
        <source>The file could not be saved ({detail}). Choose another place.</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του αρχείου ({detail}). Επιλέξτε άλλη θέση.</translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation>Ο κωδικός ανάκτησης στάλθηκε στον εκτυπωτή.</translation>
    </message>
    <message>
        <source>The recovery code was saved in {path}.</source>
        <translation>Ο κωδικός ανάκτησης αποθηκεύτηκε στο {path}.</translation>
    </message>
    <message>
        <source>That is not what your copy of the code says. Look at it again, or go back to see the code.</source>
        <translation>Δεν είναι αυτό που γράφει το αντίγραφο του κωδικού σας. Κοιτάξτε το ξανά ή γυρίστε πίσω για να δείτε τον κωδικό.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ο κωδικός ανάκτησής σας</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way into the record: nobody else can open it for you. It is shown only now.</source>
        <translation>Αν ποτέ ξεχάσετε τον κωδικό πρόσβασης, αυτός ο κωδικός είναι ο μόνος τρόπος να μπείτε στον φάκελο: κανείς άλλος δεν μπορεί να τον ανοίξει για εσάς. Εμφανίζεται μόνο τώρα.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Κωδικός ανάκτησης</translation>
    </message>
    <message>
        <source>Print it or save it, and keep it somewhere safe, not only on this computer.</source>
        <translation>Εκτυπώστε τον ή αποθηκεύστε τον και φυλάξτε τον σε ασφαλές μέρος, όχι μόνο σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the code to a file (on a USB stick, for example) and print it later, or copy it onto paper.</source>
        <translation>Δεν έχει ρυθμιστεί εκτυπωτής σε αυτόν τον υπολογιστή: αποθηκεύστε τον κωδικό σε αρχείο (π.χ. σε στικάκι USB) και εκτυπώστε τον αργότερα ή αντιγράψτε τον σε χαρτί.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Εκτύπωση…</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Αποθήκευση σε αρχείο…</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Τον έχω φυλάξει</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Ελέγξτε το αντίγραφό σας</translation>
    </message>
    <message>
        <source>To make sure you can use the code later, type group {first} and group {second} of it, from your copy.</source>
        <translation>Για να είστε βέβαιοι ότι θα μπορείτε να χρησιμοποιήσετε τον κωδικό αργότερα, γράψτε την ομάδα {first} και την ομάδα {second} από το αντίγραφό σας.</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>Ομάδα {number}</translation>
    </message>
    <message>
        <source>‹ Show the code again</source>
        <translation>‹ Εμφάνιση του κωδικού ξανά</translation>
    </message>
    <message>
        <source>Check and open the profile</source>
        <translation>Έλεγχος και άνοιγμα του προφίλ</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockPage</name>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation>Ξεκλείδωμα και ορισμός του νέου κωδικού πρόσβασης…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Ξεκλείδωμα</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Γράψτε πρώτα τον κωδικό ανάκτησης.</translation>
    </message>
    <message>
        <source>‹ Back to the passphrase</source>
        <translation>‹ Πίσω στον κωδικό πρόσβασης</translation>
    </message>
    <message>
        <source>Unlock “{label}” with the recovery code</source>
        <translation>Ξεκλείδωμα του «{label}» με τον κωδικό ανάκτησης</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or saved when you created this profile, then choose a new passphrase. The old passphrase will stop working.</source>
        <translation>Γράψτε τον κωδικό ανάκτησης που εκτυπώσατε ή αποθηκεύσατε όταν δημιουργήσατε αυτό το προφίλ και μετά επιλέξτε νέο κωδικό πρόσβασης. Ο παλιός κωδικός θα πάψει να ισχύει.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Κωδικός ανάκτησης</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Κωδικός ανάκτησης</translation>
    </message>
    <message>
        <source>Unlock and save the new passphrase</source>
        <translation>Ξεκλείδωμα και αποθήκευση του νέου κωδικού</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>Επαναφορά και έλεγχος του αντιγράφου ασφαλείας…</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Επαναφορά του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Type the recovery code of the backup first.</source>
        <translation>Γράψτε πρώτα τον κωδικό ανάκτησης του αντιγράφου ασφαλείας.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup first.</source>
        <translation>Γράψτε πρώτα τον κωδικό πρόσβασης του αντιγράφου ασφαλείας.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Restore “{file}”</source>
        <translation>Επαναφορά του «{file}»</translation>
    </message>
    <message>
        <source>The backup becomes a new profile on this computer; nothing you have now is replaced. Unlock it as it was when the backup was made.</source>
        <translation>Το αντίγραφο ασφαλείας γίνεται νέο προφίλ σε αυτόν τον υπολογιστή· τίποτα από όσα έχετε τώρα δεν αντικαθίσταται. Ξεκλειδώστε το όπως ήταν όταν δημιουργήθηκε.</translation>
    </message>
    <message>
        <source>I know the passphrase of the backup</source>
        <translation>Γνωρίζω τον κωδικό πρόσβασης του αντιγράφου</translation>
    </message>
    <message>
        <source>I have its recovery code (then choose a new passphrase)</source>
        <translation>Έχω τον κωδικό ανάκτησής του (και επιλέγω νέο κωδικό πρόσβασης)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Κωδικός πρόσβασης του αντιγράφου</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Κωδικός ανάκτησης</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Κωδικός ανάκτησης</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Επαναφορά</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} έως {high}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} έως {end}</translation>
    </message>
    <message>
        <source>No value ({reason})</source>
        <translation>Χωρίς τιμή ({reason})</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Χωρίς τιμή</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Μέρος</translation>
    </message>
    <message>
        <source>below {value}</source>
        <translation>κάτω από {value}</translation>
    </message>
    <message>
        <source>above {value}</source>
        <translation>πάνω από {value}</translation>
    </message>
    <message>
        <source>↑ High</source>
        <translation>↑ Υψηλό</translation>
    </message>
    <message>
        <source>↓ Low</source>
        <translation>↓ Χαμηλό</translation>
    </message>
    <message>
        <source>! Outside the normal range</source>
        <translation>! Εκτός φυσιολογικού εύρους</translation>
    </message>
    <message>
        <source>Date not given</source>
        <translation>Δεν δόθηκε ημερομηνία</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n αποτέλεσμα</numerusform>
            <numerusform>%n αποτελέσματα</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Φυσιολογικό εύρος</translation>
    </message>
    <message>
        <source>High or low</source>
        <translation>Υψηλό ή χαμηλό</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Not in the chart: not a number</source>
        <translation>Εκτός γραφήματος: δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>Not in the chart: another unit</source>
        <translation>Εκτός γραφήματος: άλλη μονάδα</translation>
    </message>
    <message>
        <source>Not in the chart: no date</source>
        <translation>Εκτός γραφήματος: χωρίς ημερομηνία</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>No test matches “{words}”.</source>
        <translation>Καμία εξέταση δεν ταιριάζει με «{words}».</translation>
    </message>
    <message>
        <source>Normal range ({range})</source>
        <translation>Φυσιολογικό εύρος ({range})</translation>
    </message>
    <message>
        <source>Given as a limit (such as “&lt; 5”)</source>
        <translation>Δίνεται ως όριο (π.χ. «&lt; 5»)</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Ακτινοθεραπεία</translation>
    </message>
    <message numerus="yes">
        <source>{agents} and %n more</source>
        <translation>
            <numerusform>{agents} και %n ακόμη</numerusform>
            <numerusform>{agents} και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer medicines, line {number}: {agents}</source>
        <translation>Αντικαρκινικά φάρμακα, γραμμή {number}: {agents}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n αποτέλεσμα από {first} έως {last}</numerusform>
            <numerusform>%n αποτελέσματα από {first} έως {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>normal range {range}</source>
        <translation>φυσιολογικό εύρος {range}</translation>
    </message>
    <message>
        <source>tumour marker</source>
        <translation>καρκινικός δείκτης</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in words, not numbers: in the table only.</source>
        <translation>
            <numerusform>%n αποτέλεσμα σε λέξεις, όχι σε αριθμούς: μόνο στον πίνακα.</numerusform>
            <numerusform>%n αποτελέσματα σε λέξεις, όχι σε αριθμούς: μόνο στον πίνακα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in another unit ({units}): in the table only. The chart shows {unit}.</source>
        <translation>
            <numerusform>%n αποτέλεσμα σε άλλη μονάδα ({units}): μόνο στον πίνακα. Το γράφημα δείχνει {unit}.</numerusform>
            <numerusform>%n αποτελέσματα σε άλλη μονάδα ({units}): μόνο στον πίνακα. Το γράφημα δείχνει {unit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) without a date: in the table only.</source>
        <translation>
            <numerusform>%n αποτέλεσμα χωρίς ημερομηνία: μόνο στον πίνακα.</numerusform>
            <numerusform>%n αποτελέσματα χωρίς ημερομηνία: μόνο στον πίνακα.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart for this test: its results are not numbers on a date. They are all in the table below.</source>
        <translation>Δεν υπάρχει γράφημα για αυτή την εξέταση: τα αποτελέσματά της δεν είναι αριθμοί με ημερομηνία. Βρίσκονται όλα στον παρακάτω πίνακα.</translation>
    </message>
    <message>
        <source>Chart of {name}</source>
        <translation>Γράφημα: {name}</translation>
    </message>
    <message>
        <source>Table of {name}: the values of the chart</source>
        <translation>Πίνακας: {name} – οι τιμές του γραφήματος</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Αποτελέσματα</translation>
    </message>
    <message>
        <source>Your test results over time. Choose a test to see its chart; the shaded bands show its normal range and your cancer treatment.</source>
        <translation>Τα αποτελέσματα των εξετάσεών σας στον χρόνο. Επιλέξτε μια εξέταση για να δείτε το γράφημά της· οι σκιασμένες ζώνες δείχνουν το φυσιολογικό εύρος και την αντικαρκινική σας θεραπεία.</translation>
    </message>
    <message>
        <source>Search tests</source>
        <translation>Αναζήτηση εξετάσεων</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Εξετάσεις</translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation>Δεν υπάρχουν ακόμη αποτελέσματα εξετάσεων</translation>
    </message>
    <message>
        <source>Import a summary from your centre to see your blood tests and other results here.</source>
        <translation>Εισαγάγετε μια περίληψη από το κέντρο σας για να δείτε εδώ τις εξετάσεις αίματος και άλλα αποτελέσματα.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Εισαγωγή περίληψης</translation>
    </message>
</context>
<context>
    <name>SelectionTree</name>
    <message>
        <source>Nothing recorded</source>
        <translation>Δεν έχει καταγραφεί τίποτα</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Εξαιρείται</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n πηγή</numerusform>
            <numerusform>%n πηγές</numerusform>
        </translation>
    </message>
    <message>
        <source>{included} of {total}</source>
        <translation>{included} από {total}</translation>
    </message>
    <message numerus="yes">
        <source>{included} of %n item(s) included</source>
        <translation>
            <numerusform>Περιλαμβάνονται {included} από %n στοιχείο</numerusform>
            <numerusform>Περιλαμβάνονται {included} από %n στοιχεία</numerusform>
        </translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Τι θα περιλαμβάνεται</translation>
    </message>
    <message>
        <source>Sections of the summary, emergency information first, with their items. Space turns the selected one on or off.</source>
        <translation>Οι ενότητες της σύνοψης, με πρώτες τις πληροφορίες έκτακτης ανάγκης, και τα στοιχεία τους. Το πλήκτρο διαστήματος ενεργοποιεί ή απενεργοποιεί το επιλεγμένο.</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>Ενότητα ή στοιχείο</translation>
    </message>
    <message>
        <source>Date or count</source>
        <translation>Ημερομηνία ή πλήθος</translation>
    </message>
    <message>
        <source>What you leave out is also left out of the emergency card and of the IPS file, inside the PDF and exported. The IPS file then says that information was withheld.</source>
        <translation>Ό,τι εξαιρείτε εξαιρείται και από την κάρτα έκτακτης ανάγκης και από το αρχείο IPS, τόσο μέσα στο PDF όσο και στο εξαγόμενο αρχείο. Το αρχείο IPS αναφέρει τότε ότι κάποιες πληροφορίες παραλείφθηκαν σκόπιμα.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Επαναφορά προεπιλογών</translation>
    </message>
    <message>
        <source>Include everything again, except what the sources marked as an error</source>
        <translation>Συμπερίληψη όλων ξανά, εκτός από όσα οι πηγές σημείωσαν ως λάθος</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This computer now remembers this profile.</source>
        <translation>Αυτός ο υπολογιστής θυμάται πλέον αυτό το προφίλ.</translation>
    </message>
    <message>
        <source>This computer no longer remembers this profile.</source>
        <translation>Αυτός ο υπολογιστής δεν θυμάται πλέον αυτό το προφίλ.</translation>
    </message>
    <message>
        <source>Backup saved in {path}.</source>
        <translation>Το αντίγραφο ασφαλείας αποθηκεύτηκε στο {path}.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Δημιουργία του αντιγράφου ασφαλείας…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Δημιουργία του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Not offered on a shared computer (kiosk mode).</source>
        <translation>Δεν προσφέρεται σε κοινόχρηστο υπολογιστή (λειτουργία κιόσκι).</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use, so it cannot remember the passphrase. You unlock with your passphrase.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει αποθήκη κωδικών που να μπορεί να χρησιμοποιήσει το ecan-desktop, οπότε δεν μπορεί να θυμάται τον κωδικό. Ξεκλειδώνετε με τον κωδικό σας.</translation>
    </message>
    <message>
        <source>Opens this profile without the passphrase for anyone using your account on this computer. Leave it off on a shared computer.</source>
        <translation>Ανοίγει αυτό το προφίλ χωρίς κωδικό για όποιον χρησιμοποιεί τον λογαριασμό σας σε αυτόν τον υπολογιστή. Αφήστε το απενεργοποιημένο σε κοινόχρηστο υπολογιστή.</translation>
    </message>
    <message>
        <source>No backup yet. A backup is one encrypted file: keep it on a USB stick or another disk to restore the record on any computer.</source>
        <translation>Δεν υπάρχει ακόμη αντίγραφο ασφαλείας. Το αντίγραφο είναι ένα κρυπτογραφημένο αρχείο: φυλάξτε το σε στικάκι USB ή άλλο δίσκο για να επαναφέρετε τον φάκελο σε οποιονδήποτε υπολογιστή.</translation>
    </message>
    <message>
        <source>Last backup {date}: {path}</source>
        <translation>Τελευταίο αντίγραφο ασφαλείας στις {date}: {path}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Γλώσσα και εμφάνιση</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>For everything in the app. Applies at once.</source>
        <translation>Για όλη την εφαρμογή. Εφαρμόζεται αμέσως.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Χρώματα</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Όπως ο υπολογιστής</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ανοιχτόχρωμο</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Σκουρόχρωμο</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Υψηλή αντίθεση</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Μέγεθος κειμένου</translation>
    </message>
    <message>
        <source>Everything grows with the text.</source>
        <translation>Όλα μεγαλώνουν μαζί με το κείμενο.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Απόρρητο</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Αυτόματο κλείδωμα</translation>
    </message>
    <message>
        <source>After this long without use, the record locks and needs the passphrase.</source>
        <translation>Μετά από τόσο χρόνο αδράνειας, ο φάκελος κλειδώνει και χρειάζεται τον κωδικό.</translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s)</source>
        <translation>
            <numerusform>μετά από %n λεπτό</numerusform>
            <numerusform>μετά από %n λεπτά</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Απομνημόνευση σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this profile.</source>
        <translation>Επιλέξτε νέο κωδικό πρόσβασης για αυτό το προφίλ.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Αλλαγή κωδικού…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>Back up this profile</source>
        <translation>Αντίγραφο ασφαλείας αυτού του προφίλ</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Αντίγραφο τώρα…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Επαναφορά αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Adds the profile in a backup file to this computer, next to this one.</source>
        <translation>Προσθέτει σε αυτόν τον υπολογιστή το προφίλ ενός αρχείου αντιγράφου ασφαλείας, δίπλα σε αυτό.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Delete profile “{label}”</source>
        <translation>Διαγραφή του προφίλ «{label}»</translation>
    </message>
    <message>
        <source>Erases this profile and everything in it from this computer.</source>
        <translation>Διαγράφει αυτό το προφίλ και όλο το περιεχόμενό του από τον υπολογιστή.</translation>
    </message>
    <message>
        <source>Delete profile…</source>
        <translation>Διαγραφή προφίλ…</translation>
    </message>
</context>
<context>
    <name>SourceChips</name>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>%n πηγή ακόμη</numerusform>
            <numerusform>%n πηγές ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by you</source>
        <translation>Αναφέρθηκε από εσάς</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Πηγή χωρίς όνομα</translation>
    </message>
    <message>
        <source>You entered this yourself (My entries).</source>
        <translation>Το καταχωρίσατε εσείς (Οι καταχωρίσεις μου).</translation>
    </message>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Εισήχθη στις {date} από το {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Εισήχθη στις {date}</translation>
    </message>
    <message>
        <source>you</source>
        <translation>εσάς</translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation>Άγνωστη πηγή</translation>
    </message>
    <message>
        <source>Reported by {a}</source>
        <translation>Αναφέρθηκε από {a}</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}</source>
        <translation>Αναφέρθηκε από {list} και {last}</translation>
    </message>
</context>
<context>
    <name>SourceDetails</name>
    <message>
        <source>{added} new, {updated} updated, {unchanged} already in your record, {linked} also reported by another source</source>
        <translation>νέα: {added}, ενημερωμένα: {updated}, ήδη στον φάκελό σας: {unchanged}, αναφέρονται και από άλλη πηγή: {linked}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more that were not kept.</source>
        <translation>
            <numerusform>…και %n ακόμη που δεν διατηρήθηκε.</numerusform>
            <numerusform>…και %n ακόμη που δεν διατηρήθηκαν.</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Κέντρο</translation>
    </message>
    <message>
        <source>Not named in the file</source>
        <translation>Δεν κατονομάζεται στο αρχείο</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Ημερομηνία εισαγωγής</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Τι έφερε</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>Αποτύπωμα αρχείου (SHA-256)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file</source>
        <translation>
            <numerusform>Βρέθηκε %n πρόβλημα στο αρχείο</numerusform>
            <numerusform>Βρέθηκαν %n προβλήματα στο αρχείο</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found in the file</source>
        <translation>Δεν βρέθηκαν προβλήματα στο αρχείο</translation>
    </message>
    <message>
        <source>Details of this import</source>
        <translation>Λεπτομέρειες αυτής της εισαγωγής</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Εισήχθη στις {date} από το {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Εισήχθη στις {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n νέο στοιχείο</numerusform>
            <numerusform>%n νέα στοιχεία</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n ενημερώθηκε</numerusform>
            <numerusform>%n ενημερώθηκαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n αναφέρεται και από άλλη πηγή</numerusform>
            <numerusform>%n αναφέρονται και από άλλη πηγή</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found in the file: see the details</source>
        <translation>
            <numerusform>⚠ Βρέθηκε %n πρόβλημα στο αρχείο: δείτε τις λεπτομέρειες</numerusform>
            <numerusform>⚠ Βρέθηκαν %n προβλήματα στο αρχείο: δείτε τις λεπτομέρειες</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Απόκρυψη λεπτομερειών</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Details of the import from {source}</source>
        <translation>Λεπτομέρειες της εισαγωγής από {source}</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Αναίρεση αυτής της εισαγωγής…</translation>
    </message>
    <message>
        <source>Undo the import from {source}</source>
        <translation>Αναίρεση της εισαγωγής από {source}</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Unnamed source</source>
        <translation>Πηγή χωρίς όνομα</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Πηγές</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s). Each one can be undone: what it brought is removed, what it changed goes back to how it was.</source>
        <translation>
            <numerusform>%n εισαγωγή. Κάθε εισαγωγή μπορεί να αναιρεθεί: ό,τι έφερε αφαιρείται, ό,τι άλλαξε επιστρέφει όπως ήταν.</numerusform>
            <numerusform>%n εισαγωγές. Κάθε εισαγωγή μπορεί να αναιρεθεί: ό,τι έφερε αφαιρείται, ό,τι άλλαξε επιστρέφει όπως ήταν.</numerusform>
        </translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Καμία εισαγωγή ακόμη</translation>
    </message>
    <message>
        <source>Import a summary from your centre (a FHIR file) to fill your record.</source>
        <translation>Εισαγάγετε μια περίληψη από το κέντρο σας (αρχείο FHIR) για να συμπληρώσετε τον φάκελό σας.</translation>
    </message>
    <message>
        <source>Import a summary…</source>
        <translation>Εισαγωγή περίληψης…</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>“{code}” is not a language the summary can be printed in. Choose one or two of: {available}.</source>
        <translation>Το «{code}» δεν είναι γλώσσα στην οποία μπορεί να εκτυπωθεί η περίληψη. Επιλέξτε μία ή δύο από: {available}.</translation>
    </message>
    <message>
        <source>The summary cannot be printed in {name} yet. Choose one or two of: {available}.</source>
        <translation>Η περίληψη δεν μπορεί ακόμη να εκτυπωθεί στα {name}. Επιλέξτε μία ή δύο από: {available}.</translation>
    </message>
    <message>
        <source>A summary is printed in one language or two (the doctor&apos;s, then the patient&apos;s), not {count}.</source>
        <translation>Η περίληψη εκτυπώνεται σε μία ή δύο γλώσσες (του γιατρού, έπειτα του ασθενούς), όχι σε {count}.</translation>
    </message>
    <message>
        <source>Making the summary was cancelled. Nothing was saved.</source>
        <translation>Η δημιουργία της περίληψης ακυρώθηκε. Δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}). Check that the folder exists and that you may write there. Nothing else was changed.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του αρχείου {path} ({reason}). Ελέγξτε ότι ο φάκελος υπάρχει και ότι έχετε δικαίωμα εγγραφής εκεί. Τίποτε άλλο δεν άλλαξε.</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Επιλέξτε…</translation>
    </message>
    <message>
        <source>Change a symptom or side effect</source>
        <translation>Αλλαγή συμπτώματος ή παρενέργειας</translation>
    </message>
    <message>
        <source>Add a symptom or side effect</source>
        <translation>Προσθήκη συμπτώματος ή παρενέργειας</translation>
    </message>
    <message>
        <source>What did you have?</source>
        <translation>Τι είχατε;</translation>
    </message>
    <message>
        <source>Describe it</source>
        <translation>Περιγράψτε το</translation>
    </message>
    <message>
        <source>A few words, for example: cramps in my legs.</source>
        <translation>Λίγες λέξεις, για παράδειγμα: κράμπες στα πόδια.</translation>
    </message>
    <message>
        <source>How bad was it?</source>
        <translation>Πόσο σοβαρό ήταν;</translation>
    </message>
    <message>
        <source>The grades are those doctors use for side effects of cancer treatment.</source>
        <translation>Οι βαθμοί είναι αυτοί που χρησιμοποιούν οι γιατροί για τις παρενέργειες της αντικαρκινικής θεραπείας.</translation>
    </message>
    <message>
        <source>When did you have it?</source>
        <translation>Πότε το είχατε;</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Άλλες πληροφορίες (προαιρετικό)</translation>
    </message>
    <message>
        <source>For example: how long it lasted, or what helped.</source>
        <translation>Για παράδειγμα: πόσο κράτησε ή τι βοήθησε.</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Text of the document</source>
        <translation>Κείμενο του εγγράφου</translation>
    </message>
</context>
<context>
    <name>TreatmentText</name>
    <message>
        <source>to {date}</source>
        <translation>έως {date}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>από τις {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>έως τις {date}</translation>
    </message>
    <message>
        <source>stated by the centre</source>
        <translation>όπως δηλώνεται από το κέντρο</translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s)</source>
        <translation>
            <numerusform>άθροισμα %n δόσης</numerusform>
            <numerusform>άθροισμα %n δόσεων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s), per m²</source>
        <translation>
            <numerusform>άθροισμα %n δόσης, ανά m²</numerusform>
            <numerusform>άθροισμα %n δόσεων, ανά m²</numerusform>
        </translation>
    </message>
    <message>
        <source>some doses could not be counted</source>
        <translation>ορισμένες δόσεις δεν ήταν δυνατό να μετρηθούν</translation>
    </message>
    <message>
        <source>{dose} in total</source>
        <translation>{dose} συνολικά</translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n χορήγηση</numerusform>
            <numerusform>%n χορηγήσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>{given} of {planned} cycles</source>
        <translation>{given} από {planned} κύκλους</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n κύκλος</numerusform>
            <numerusform>%n κύκλοι</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n κύκλος προγραμματισμένος</numerusform>
            <numerusform>%n κύκλοι προγραμματισμένοι</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>κάθε %n ημέρα</numerusform>
            <numerusform>κάθε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Διακόπηκε</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>γραμμή {number}</translation>
    </message>
    <message>
        <source>Site not stated</source>
        <translation>Η περιοχή δεν αναφέρεται</translation>
    </message>
    <message numerus="yes">
        <source>%n fraction(s)</source>
        <translation>
            <numerusform>%n κλάσμα</numerusform>
            <numerusform>%n κλάσματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose} Gy in %n fraction(s)</source>
        <translation>
            <numerusform>{dose} Gy σε %n κλάσμα</numerusform>
            <numerusform>{dose} Gy σε %n κλάσματα</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message>
        <source>boost {dose}</source>
        <translation>συμπληρωματική δόση (boost) {dose}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n συνεδρία</numerusform>
            <numerusform>%n συνεδρίες</numerusform>
        </translation>
    </message>
    <message>
        <source>{doses}, {total} Gy in total</source>
        <translation>{doses}, {total} Gy συνολικά</translation>
    </message>
    <message>
        <source>autologous (your own stem cells)</source>
        <translation>αυτόλογη (με δικά σας βλαστικά κύτταρα)</translation>
    </message>
    <message>
        <source>allogeneic (from a donor)</source>
        <translation>αλλογενής (από δότη)</translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>Reported by</source>
        <translation>Αναφέρθηκε από</translation>
    </message>
    <message>
        <source>Anthracyclines were given ({agents}), but no dose of them is recorded, so no total can be worked out.</source>
        <translation>Χορηγήθηκαν ανθρακυκλίνες ({agents}), αλλά δεν έχει καταγραφεί καμία δόση τους, οπότε δεν μπορεί να υπολογιστεί σύνολο.</translation>
    </message>
    <message>
        <source>No anthracyclines in your record.</source>
        <translation>Δεν υπάρχουν ανθρακυκλίνες στον φάκελό σας.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Transplant</source>
        <translation>Μεταμόσχευση</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Επέμβαση</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Φάρμακο</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ημερομηνίες</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Κύκλοι</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Αθροιστική δόση</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Τρόπος υπολογισμού</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Τώρα</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>δεν έχει καταγραφεί</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Θεραπευτικό πρωτόκολλο</translation>
    </message>
    <message>
        <source>{protocol}, ended {date}</source>
        <translation>{protocol}, ολοκληρώθηκε στις {date}</translation>
    </message>
    <message>
        <source>Treatment protocols: {list}</source>
        <translation>Θεραπευτικά πρωτόκολλα: {list}</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Δόση</translation>
    </message>
    <message>
        <source>Fractions</source>
        <translation>Κλάσματα</translation>
    </message>
    <message>
        <source>Course total</source>
        <translation>Σύνολο θεραπείας</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Τεχνική</translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n συνεδρία</numerusform>
            <numerusform>%n συνεδρίες</numerusform>
        </translation>
    </message>
    <message>
        <source>{site} (boost)</source>
        <translation>{site} (συμπληρωματική δόση)</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Θεραπείες</translation>
    </message>
    <message>
        <source>What you were treated with, as a survivorship clinic asks for it: the medicines with their cumulative doses, the anthracycline total, radiotherapy by site. Choose a row to see its details and where it came from.</source>
        <translation>Με τι θεραπευτήκατε, όπως το ζητά ένα ιατρείο παρακολούθησης μετά τον καρκίνο: τα φάρμακα με τις αθροιστικές δόσεις τους, το σύνολο των ανθρακυκλινών, η ακτινοθεραπεία ανά περιοχή. Επιλέξτε μια γραμμή για να δείτε τις λεπτομέρειες και την προέλευσή της.</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Χειρουργική επέμβαση</translation>
    </message>
    <message>
        <source>No surgery in your record.</source>
        <translation>Δεν υπάρχει χειρουργική επέμβαση στον φάκελό σας.</translation>
    </message>
    <message>
        <source>Cancer medicines (systemic therapy)</source>
        <translation>Αντικαρκινικά φάρμακα (συστηματική θεραπεία)</translation>
    </message>
    <message>
        <source>No cancer medicines in your record.</source>
        <translation>Δεν υπάρχουν αντικαρκινικά φάρμακα στον φάκελό σας.</translation>
    </message>
    <message>
        <source>Anthracyclines and the heart</source>
        <translation>Οι ανθρακυκλίνες και η καρδιά</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Ακτινοθεραπεία</translation>
    </message>
    <message>
        <source>No radiotherapy in your record.</source>
        <translation>Δεν υπάρχει ακτινοθεραπεία στον φάκελό σας.</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Μεταμοσχεύσεις βλαστικών κυττάρων</translation>
    </message>
    <message>
        <source>No stem-cell transplant in your record.</source>
        <translation>Δεν υπάρχει μεταμόσχευση βλαστικών κυττάρων στον φάκελό σας.</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent</source>
        <translation>Ανθρακυκλίνες σε ισοδύναμο δοξορουβικίνης</translation>
    </message>
    <message>
        <source>No treatments yet</source>
        <translation>Δεν υπάρχουν ακόμη θεραπείες</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your operations, cancer medicines with their doses, radiotherapy and transplants then appear here.</source>
        <translation>Εισαγάγετε μια περίληψη από το ογκολογικό σας κέντρο. Οι χειρουργικές επεμβάσεις, τα αντικαρκινικά φάρμακα με τις δόσεις τους, η ακτινοθεραπεία και οι μεταμοσχεύσεις θα εμφανιστούν τότε εδώ.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Εισαγωγή περίληψης</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Type the passphrase of this profile first.</source>
        <translation>Γράψτε πρώτα τον κωδικό πρόσβασης αυτού του προφίλ.</translation>
    </message>
    <message>
        <source>‹ Back to profiles</source>
        <translation>‹ Πίσω στα προφίλ</translation>
    </message>
    <message>
        <source>Back to the list of profiles (Esc)</source>
        <translation>Πίσω στη λίστα των προφίλ (Esc)</translation>
    </message>
    <message>
        <source>“{label}” is locked</source>
        <translation>Το «{label}» είναι κλειδωμένο</translation>
    </message>
    <message>
        <source>Type your passphrase to continue where you were.</source>
        <translation>Γράψτε τον κωδικό σας για να συνεχίσετε από εκεί που ήσασταν.</translation>
    </message>
    <message>
        <source>Unlock “{label}”</source>
        <translation>Ξεκλείδωμα του «{label}»</translation>
    </message>
    <message>
        <source>Type the passphrase you chose for this profile.</source>
        <translation>Γράψτε τον κωδικό πρόσβασης που επιλέξατε για αυτό το προφίλ.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Εμφάνιση κωδικού</translation>
    </message>
    <message>
        <source>This is the demo profile. Its passphrase is “{passphrase}”.</source>
        <translation>Αυτό είναι το προφίλ επίδειξης. Ο κωδικός του είναι «{passphrase}».</translation>
    </message>
    <message>
        <source>Unlocking… This takes a moment.</source>
        <translation>Ξεκλείδωμα… Διαρκεί λίγο.</translation>
    </message>
    <message>
        <source>Unlocking with the key this computer remembers…</source>
        <translation>Ξεκλείδωμα με το κλειδί που θυμάται αυτός ο υπολογιστής…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Ξεκλείδωμα</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Τον ξεχάσατε; Χρησιμοποιήστε τον κωδικό ανάκτησης</translation>
    </message>
    <message>
        <source>Unlock with the recovery code you kept, then choose a new passphrase</source>
        <translation>Ξεκλείδωμα με τον κωδικό ανάκτησης που φυλάξατε και μετά επιλογή νέου κωδικού</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ξεκλείδωμα</translation>
    </message>
</context>
<context>
    <name>UnlockWait</name>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Πάρα πολλές λανθασμένες προσπάθειες. Μπορείτε να δοκιμάσετε ξανά σε %n λεπτό.</numerusform>
            <numerusform>Πάρα πολλές λανθασμένες προσπάθειες. Μπορείτε να δοκιμάσετε ξανά σε %n λεπτά.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Πάρα πολλές λανθασμένες προσπάθειες. Μπορείτε να δοκιμάσετε ξανά σε %n δευτερόλεπτο.</numerusform>
            <numerusform>Πάρα πολλές λανθασμένες προσπάθειες. Μπορείτε να δοκιμάσετε ξανά σε %n δευτερόλεπτα.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>The passphrase is not right. Check that Caps Lock is off and try again, or unlock with your recovery code.</source>
        <translation>Ο κωδικός πρόσβασης δεν είναι σωστός. Ελέγξτε ότι το Caps Lock είναι ανενεργό και δοκιμάστε ξανά ή ξεκλειδώστε με τον κωδικό ανάκτησης.</translation>
    </message>
    <message>
        <source>The recovery code is not right. It has 25 letters and digits in groups of five; check each group and try again.</source>
        <translation>Ο κωδικός ανάκτησης δεν είναι σωστός. Έχει 25 γράμματα και ψηφία σε ομάδες των πέντε· ελέγξτε κάθε ομάδα και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>This does not look like a recovery code: it should have 25 letters and digits, like ABCDE-FGHJK-MNPQR-STVWX-YZ234. Type it again as it was printed.</source>
        <translation>Δεν μοιάζει με κωδικό ανάκτησης: πρέπει να έχει 25 γράμματα και ψηφία, όπως ABCDE-FGHJK-MNPQR-STVWX-YZ234. Γράψτε τον ξανά όπως τυπώθηκε.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least {minimum} characters; a few words you can remember work well.</source>
        <translation>Ο κωδικός πρόσβασης είναι πολύ σύντομος. Χρησιμοποιήστε τουλάχιστον {minimum} χαρακτήρες· λίγες λέξεις που μπορείτε να θυμάστε είναι καλή επιλογή.</translation>
    </message>
    <message>
        <source>The record of profile “{label}” is damaged and cannot be opened ({detail}). Nothing has been changed. Restore it from your newest backup: {backup}</source>
        <translation>Ο φάκελος του προφίλ «{label}» έχει υποστεί βλάβη και δεν μπορεί να ανοίξει ({detail}). Δεν άλλαξε τίποτα. Επαναφέρετέ τον από το πιο πρόσφατο αντίγραφο ασφαλείας: {backup}</translation>
    </message>
    <message>
        <source>The key file of profile “{label}” is missing or damaged ({detail}), so the record cannot be unlocked. Nothing has been changed. Restore the profile from your newest backup: {backup}</source>
        <translation>Το αρχείο κλειδιών του προφίλ «{label}» λείπει ή έχει υποστεί βλάβη ({detail}), οπότε ο φάκελος δεν μπορεί να ξεκλειδωθεί. Δεν άλλαξε τίποτα. Επαναφέρετε το προφίλ από το πιο πρόσφατο αντίγραφο ασφαλείας: {backup}</translation>
    </message>
    <message>
        <source>Profile “{label}” was saved by a newer version of ecan-desktop (record format {found}; this version reads up to {supported}). Nothing has been changed. Update ecan-desktop to open it.</source>
        <translation>Το προφίλ «{label}» αποθηκεύτηκε από νεότερη έκδοση του ecan-desktop (μορφή φακέλου {found}· αυτή η έκδοση διαβάζει έως {supported}). Δεν άλλαξε τίποτα. Ενημερώστε το ecan-desktop για να το ανοίξετε.</translation>
    </message>
    <message>
        <source>Profile “{label}” is already open in another ecan-desktop window (process {pid}). Close it there first, then try again.</source>
        <translation>Το προφίλ «{label}» είναι ήδη ανοιχτό σε άλλο παράθυρο του ecan-desktop (διεργασία {pid}). Κλείστε το πρώτα εκεί και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>There is no profile called “{label}”. Run “ecan-desktop profile list” to see your profiles.</source>
        <translation>Δεν υπάρχει προφίλ με το όνομα «{label}». Εκτελέστε «ecan-desktop profile list» για να δείτε τα προφίλ σας.</translation>
    </message>
    <message>
        <source>A profile called “{label}” already exists. Choose another name.</source>
        <translation>Υπάρχει ήδη προφίλ με το όνομα «{label}». Επιλέξτε άλλο όνομα.</translation>
    </message>
    <message>
        <source>There is no import number {source_id} in this profile. Run “ecan-desktop sources” to see the imports and their numbers.</source>
        <translation>Δεν υπάρχει εισαγωγή με αριθμό {source_id} σε αυτό το προφίλ. Εκτελέστε «ecan-desktop sources» για να δείτε τις εισαγωγές και τους αριθμούς τους.</translation>
    </message>
    <message>
        <source>A profile name needs 1 to {maximum} characters and cannot be only spaces.</source>
        <translation>Το όνομα προφίλ χρειάζεται από 1 έως {maximum} χαρακτήρες και δεν μπορεί να είναι μόνο κενά.</translation>
    </message>
    <message>
        <source>ecan-desktop could not write to {path} ({detail}). Nothing has been changed. Check that the disk has free space and that you may write to that folder, then try again.</source>
        <translation>Το ecan-desktop δεν μπόρεσε να γράψει στο {path} ({detail}). Δεν άλλαξε τίποτα. Ελέγξτε ότι ο δίσκος έχει ελεύθερο χώρο και ότι έχετε δικαίωμα εγγραφής σε αυτόν τον φάκελο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use ({detail}), so it cannot remember your passphrase. You can still unlock with your passphrase.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει αποθήκη κωδικών που να μπορεί να χρησιμοποιήσει το ecan-desktop ({detail}), οπότε δεν μπορεί να θυμάται τον κωδικό σας. Μπορείτε πάντα να ξεκλειδώνετε με τον κωδικό σας.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store is locked. Unlock it (or log in again), or type your passphrase instead.</source>
        <translation>Η αποθήκη κωδικών του υπολογιστή σας είναι κλειδωμένη. Ξεκλειδώστε την (ή συνδεθείτε ξανά) ή γράψτε τον κωδικό σας.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase of profile “{label}”. Type your passphrase; you can turn “remember on this computer” on again in Settings.</source>
        <translation>Αυτός ο υπολογιστής δεν θυμάται πλέον τον κωδικό του προφίλ «{label}». Γράψτε τον κωδικό σας· μπορείτε να ενεργοποιήσετε ξανά την «Απομνημόνευση σε αυτόν τον υπολογιστή» στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>{path} is not an ecan-desktop backup, or it is damaged ({detail}). Nothing has been restored. Choose the backup file again.</source>
        <translation>Το {path} δεν είναι αντίγραφο ασφαλείας του ecan-desktop ή έχει υποστεί βλάβη ({detail}). Δεν επαναφέρθηκε τίποτα. Επιλέξτε ξανά το αρχείο αντιγράφου ασφαλείας.</translation>
    </message>
    <message>
        <source>no backup was found on this computer; if you keep one elsewhere, use “Restore from backup”</source>
        <translation>δεν βρέθηκε αντίγραφο ασφαλείας σε αυτόν τον υπολογιστή· αν έχετε κάποιο αλλού, χρησιμοποιήστε την «Επαναφορά από αντίγραφο ασφαλείας»</translation>
    </message>
</context>
</TS>
