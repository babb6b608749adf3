<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
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
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n σελίδα.</numerusform>
            <numerusform>%n σελίδες.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n αναφέρεται και από άλλη πηγή</numerusform>
            <numerusform>%n αναφέρονται και από άλλη πηγή</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Υπάρχει ήδη στον φάκελό σας: τίποτα νέο σε αυτό το αρχείο.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Δεν εισήχθη: αυτό το αρχείο αφορά {file_patient}, όχι {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Δεν εισήχθη.</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Παραλείφθηκε {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more part(s) skipped.</source>
        <translation>
            <numerusform>…και %n ακόμη τμήμα παραλείφθηκε.</numerusform>
            <numerusform>…και %n ακόμη τμήματα παραλείφθηκαν.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>You cancelled: %n file(s) were not imported. The others are in your record.</source>
        <translation>
            <numerusform>Ακυρώσατε: %n αρχείο δεν εισήχθη. Τα υπόλοιπα είναι στον φάκελό σας.</numerusform>
            <numerusform>Ακυρώσατε: %n αρχεία δεν εισήχθησαν. Τα υπόλοιπα είναι στον φάκελό σας.</numerusform>
        </translation>
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
        <source>Stopping after the current file…</source>
        <translation>Διακοπή μετά το τρέχον αρχείο…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>Εισαγωγή του {file} ({number} από {total})…</translation>
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
    <name>OverviewPage</name>
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
        <source>Unnamed source</source>
        <translation>Πηγή χωρίς όνομα</translation>
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
        <source>What is in your record</source>
        <translation>Τι περιέχει ο φάκελός σας</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Από πού προέρχεται</translation>
    </message>
    <message>
        <source>The centres whose summaries you imported.</source>
        <translation>Τα κέντρα των οποίων τις περιλήψεις εισαγάγατε.</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Ο φάκελός σας είναι κενός</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Choose Import to add a summary from your centre.</source>
        <translation>Δεν έχει εισαχθεί ακόμη τίποτα σε αυτό το προφίλ. Επιλέξτε «Εισαγωγή» για να προσθέσετε μια περίληψη από το κέντρο σας.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Καμία εισαγωγή ακόμη.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n στοιχείο συνολικά</numerusform>
            <numerusform>%n στοιχεία συνολικά</numerusform>
        </translation>
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
