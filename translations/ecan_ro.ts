<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>BirthDateInput</name>
    <message>
        <source>The birth date is not a real date. Type the day and the year in numbers and choose the month, or leave all three empty.</source>
        <translation>Data nașterii nu este o dată validă. Scrieți ziua și anul în cifre și alegeți luna sau lăsați toate trei câmpurile goale.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ziua</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anul</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Ziua nașterii</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Luna nașterii</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Anul nașterii</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alegeți…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Scrieți mai întâi parola actuală.</translation>
    </message>
    <message>
        <source>Saving the new passphrase…</source>
        <translation>Se salvează parola nouă…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Se salvează</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Schimbați parola</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Schimbarea parolei</translation>
    </message>
    <message>
        <source>Your recovery code keeps working. If this computer remembers the profile, it goes on remembering it.</source>
        <translation>Codul de recuperare rămâne valabil. Dacă acest calculator ține minte profilul, îl va ține minte în continuare.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Parola actuală</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A passphrase is needed. Run this in a terminal to be asked for it, or set the environment variable {env}.</source>
        <translation>Este nevoie de o parolă. Rulați comanda într-un terminal ca să vi se ceară sau setați variabila de mediu {env}.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was created.</source>
        <translation>Cele două parole nu sunt la fel. Nu s-a creat nimic.</translation>
    </message>
    <message>
        <source>The name you typed is not “{label}”, so nothing was deleted.</source>
        <translation>Numele scris nu este „{label}”, așa că nu s-a șters nimic.</translation>
    </message>
    <message>
        <source>Profile “{label}” is damaged: {problem}. Restore it from your newest backup: {backup}</source>
        <translation>Profilul „{label}” este deteriorat: {problem}. Restaurați-l din cea mai recentă copie de siguranță: {backup}</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete profile</source>
        <translation>Ștergere profil</translation>
    </message>
    <message>
        <source>Delete “{label}” for good?</source>
        <translation>Ștergeți definitiv „{label}”?</translation>
    </message>
    <message>
        <source>Everything in this profile is erased from this computer and cannot be brought back, except from a backup you made. Files you imported stay where they are.</source>
        <translation>Tot ce conține acest profil este șters de pe acest calculator și nu mai poate fi recuperat decât dintr-o copie de siguranță făcută de dumneavoastră. Fișierele importate rămân unde sunt.</translation>
    </message>
    <message>
        <source>To confirm, type the name of the profile: {label}</source>
        <translation>Pentru confirmare, scrieți numele profilului: {label}</translation>
    </message>
    <message>
        <source>Name of the profile, to confirm</source>
        <translation>Numele profilului, pentru confirmare</translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation>Păstrați profilul</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Ștergeți definitiv</translation>
    </message>
</context>
<context>
    <name>DemoSection</name>
    <message>
        <source>See how it works with the record of a made-up patient. No real data.</source>
        <translation>Vedeți cum funcționează cu dosarul unei paciente inventate. Fără date reale.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Încercați demonstrația</translation>
    </message>
    <message>
        <source>Create a demo profile with a made-up cancer history</source>
        <translation>Creați un profil demonstrativ cu un istoric oncologic inventat</translation>
    </message>
    <message>
        <source>Stopping and removing the demo profile…</source>
        <translation>Se oprește și se șterge profilul demonstrativ…</translation>
    </message>
    <message>
        <source>Creating the demo profile…</source>
        <translation>Se creează profilul demonstrativ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>Progress of creating the demo profile</source>
        <translation>Progresul creării profilului demonstrativ</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing was changed. Please try again; if it happens again, report it.</source>
        <translation>A apărut o eroare neașteptată ({kind}). Nu s-a schimbat nimic. Încercați din nou; dacă se repetă, vă rugăm să o raportați.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading your record…</source>
        <translation>Se citește dosarul…</translation>
    </message>
    <message>
        <source>Preparing the summary</source>
        <translation>Se pregătește rezumatul</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Se generează previzualizarea…</translation>
    </message>
    <message>
        <source>Rendering the preview</source>
        <translation>Se generează previzualizarea</translation>
    </message>
    <message>
        <source>{label} summary</source>
        <translation>{label} rezumat</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Salvat în {path}.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Trimis la imprimantă.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportă rezumatul</translation>
    </message>
    <message>
        <source>A summary for a doctor abroad: labels in the doctor&apos;s language, optionally with a second language beneath. The IPS file is attached to the PDF.</source>
        <translation>Un rezumat pentru un medic din străinătate: etichete în limba medicului, opțional cu o a doua limbă dedesubt. Fișierul IPS este atașat la PDF.</translation>
    </message>
    <message>
        <source>&amp;Doctor&apos;s language:</source>
        <translation>Limba &amp;medicului:</translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation>A &amp;doua limbă:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Hârtie:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (SUA)</translation>
    </message>
    <message>
        <source>&amp;QR code with the emergency data on page 1</source>
        <translation>Cod &amp;QR cu datele de urgență pe pagina 1</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salvează PDF…</translation>
    </message>
    <message>
        <source>Export IPS (.json)…</source>
        <translation>Exportă IPS (.json)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tipărește…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Previzualizarea rezumatului</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n pagină.</numerusform>
            <numerusform>%n pagini.</numerusform>
            <numerusform>%n de pagini.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Caută în:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Numele fișierului:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipul fișierelor:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>ecan-desktop backups (*{suffix})</source>
        <translation>Copii de siguranță ecan-desktop (*{suffix})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Choose the summaries to import</source>
        <translation>Alegeți rezumatele de importat</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importă</translation>
    </message>
    <message>
        <source>FHIR summaries (*.json *.xml *.ndjson)</source>
        <translation>Rezumate FHIR (*.json *.xml *.ndjson)</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Alegeți copia de siguranță de restaurat</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Salvați copia de siguranță</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Salvați codul de recuperare</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fișiere text (*.txt)</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Salvează rezumatul</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the IPS file</source>
        <translation>Salvează fișierul IPS</translation>
    </message>
    <message>
        <source>FHIR documents (*.json)</source>
        <translation>Documente FHIR (*.json)</translation>
    </message>
</context>
<context>
    <name>FileResult</name>
    <message numerus="yes">
        <source>Imported: %n new item(s)</source>
        <translation>
            <numerusform>Importat: %n element nou</numerusform>
            <numerusform>Importat: %n elemente noi</numerusform>
            <numerusform>Importat: %n de elemente noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizat</numerusform>
            <numerusform>%n actualizate</numerusform>
            <numerusform>%n de actualizate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n raportat și de altă sursă</numerusform>
            <numerusform>%n raportate și de altă sursă</numerusform>
            <numerusform>%n de raportate și de altă sursă</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Deja în dosarul dumneavoastră: nimic nou în acest fișier.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Neimportat: acest fișier este despre {file_patient}, nu despre {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Neimportat.</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Omis {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more part(s) skipped.</source>
        <translation>
            <numerusform>…și încă %n parte omisă.</numerusform>
            <numerusform>…și încă %n părți omise.</numerusform>
            <numerusform>…și încă %n de părți omise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Is this the same person?</source>
        <translation>Este aceeași persoană?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importă oricum</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nu importa</translation>
    </message>
    <message>
        <source>{file} is about {file_patient}, but this profile is about {profile_patient}. Import it into this profile only if it is the same person, for example with the name written differently.</source>
        <translation>{file} este despre {file_patient}, dar acest profil este despre {profile_patient}. Importați-l în acest profil doar dacă este aceeași persoană, de exemplu cu numele scris altfel.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>Fișierul a fost importat.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Fișierul nu a fost importat.</translation>
    </message>
    <message>
        <source>All {total} files were imported.</source>
        <translation>Toate cele {total} fișiere au fost importate.</translation>
    </message>
    <message>
        <source>Files imported: {imported} of {total}.</source>
        <translation>Fișiere importate: {imported} din {total}.</translation>
    </message>
    <message numerus="yes">
        <source>You cancelled: %n file(s) were not imported. The others are in your record.</source>
        <translation>
            <numerusform>Ați anulat: %n fișier nu a fost importat. Celelalte sunt în dosarul dumneavoastră.</numerusform>
            <numerusform>Ați anulat: %n fișiere nu au fost importate. Celelalte sunt în dosarul dumneavoastră.</numerusform>
            <numerusform>Ați anulat: %n de fișiere nu au fost importate. Celelalte sunt în dosarul dumneavoastră.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importă</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Se importă %n fișier</numerusform>
            <numerusform>Se importă %n fișiere</numerusform>
            <numerusform>Se importă %n de fișiere</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importul s-a încheiat</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Se oprește după fișierul curent…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importare</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>Se importă {file} ({number} din {total})…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} nu a fost importat: {reason}</translation>
    </message>
    <message>
        <source>this file is about {file_patient}, but this profile is about {profile_patient}. Nothing was imported. If it is the same person, import it again and confirm.</source>
        <translation>acest fișier este despre {file_patient}, dar acest profil este despre {profile_patient}. Nu s-a importat nimic. Dacă este aceeași persoană, importați-l din nou și confirmați.</translation>
    </message>
    <message>
        <source>{name} (born {birth_date})</source>
        <translation>{name} (născut(ă) la {birth_date})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>fișierul este gol.</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB, the most ecan-desktop accepts.</source>
        <translation>fișierul are peste {limit} MB, cel mai mult pe care îl acceptă ecan-desktop.</translation>
    </message>
    <message>
        <source>it is a PDF document, not a FHIR summary. Ask your centre for the summary as a FHIR file (JSON or XML).</source>
        <translation>este un document PDF, nu un rezumat FHIR. Cereți centrului rezumatul ca fișier FHIR (JSON sau XML).</translation>
    </message>
    <message>
        <source>it is a ZIP archive. Unpack it first, then import the FHIR files inside.</source>
        <translation>este o arhivă ZIP. Dezarhivați-o mai întâi, apoi importați fișierele FHIR din ea.</translation>
    </message>
    <message>
        <source>it is not a text file, so it cannot be a FHIR summary. Check that you chose the right file.</source>
        <translation>nu este un fișier text, deci nu poate fi un rezumat FHIR. Verificați că ați ales fișierul potrivit.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8, which FHIR files must be. Ask your centre for a new copy.</source>
        <translation>textul nu este UTF-8 valid, cum trebuie să fie fișierele FHIR. Cereți centrului o copie nouă.</translation>
    </message>
    <message>
        <source>it is a web page (HTML), perhaps an error page saved by the browser, not a FHIR summary. Download the summary again.</source>
        <translation>este o pagină web (HTML), poate o pagină de eroare salvată de browser, nu un rezumat FHIR. Descărcați din nou rezumatul.</translation>
    </message>
    <message>
        <source>it is a CDA document (HL7 version 3 XML), which this version of ecan-desktop cannot read yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>este un document CDA (XML HL7 versiunea 3), pe care această versiune de ecan-desktop nu îl poate citi încă. Cereți centrului rezumatul ca fișier FHIR.</translation>
    </message>
    <message>
        <source>it is an XML file, but not FHIR XML. Check that you chose the right file.</source>
        <translation>este un fișier XML, dar nu XML FHIR. Verificați că ați ales fișierul potrivit.</translation>
    </message>
    <message>
        <source>the file is damaged: its XML is not well formed (line {line}).</source>
        <translation>fișierul este deteriorat: XML-ul său nu este corect format (linia {line}).</translation>
    </message>
    <message>
        <source>it declares XML entities or a DTD, which FHIR files never need. For your safety it was not read; ask your centre for a new copy.</source>
        <translation>declară entități XML sau un DTD, de care fișierele FHIR nu au niciodată nevoie. Pentru siguranța dumneavoastră nu a fost citit; cereți centrului o copie nouă.</translation>
    </message>
    <message>
        <source>it is a SMART Health Link (a link to a summary kept elsewhere), which this version of ecan-desktop cannot open yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>este un SMART Health Link (o legătură către un rezumat păstrat în altă parte), pe care această versiune de ecan-desktop nu îl poate deschide încă. Cereți centrului rezumatul ca fișier FHIR.</translation>
    </message>
    <message>
        <source>it is part of a SMART Health Link (its address, key or list of files), not the summary itself. This version of ecan-desktop cannot open SMART Health Links yet; ask your centre for the summary as a FHIR file.</source>
        <translation>este o parte dintr-un SMART Health Link (adresa, cheia sau lista de fișiere), nu rezumatul însuși. Această versiune de ecan-desktop nu poate deschide încă SMART Health Links; cereți centrului rezumatul ca fișier FHIR.</translation>
    </message>
    <message>
        <source>it is encrypted (a SMART Health Link&apos;s content) and can only be read with the key of its link. Ask your centre for the summary as a FHIR file.</source>
        <translation>este criptat (conținutul unui SMART Health Link) și poate fi citit doar cu cheia legăturii sale. Cereți centrului rezumatul ca fișier FHIR.</translation>
    </message>
    <message>
        <source>it is a SMART Health Card (a signed card, such as a vaccination certificate), which this version of ecan-desktop cannot read yet.</source>
        <translation>este un SMART Health Card (un card semnat, cum ar fi un certificat de vaccinare), pe care această versiune de ecan-desktop nu îl poate citi încă.</translation>
    </message>
    <message>
        <source>a part of the XML was read as well as possible: {detail}</source>
        <translation>o parte din XML a fost citită cât s-a putut de bine: {detail}</translation>
    </message>
    <message>
        <source>the file is damaged: its JSON is not valid (line {line}, column {column}: {detail}).</source>
        <translation>fișierul este deteriorat: JSON-ul său nu este valid (linia {line}, coloana {column}: {detail}).</translation>
    </message>
    <message>
        <source>it is not a FHIR resource (it has no resourceType). Check that you chose the right file.</source>
        <translation>nu este o resursă FHIR (nu are resourceType). Verificați că ați ales fișierul potrivit.</translation>
    </message>
    <message>
        <source>the bundle contains no usable resources.</source>
        <translation>pachetul nu conține resurse utilizabile.</translation>
    </message>
    <message>
        <source>its structure is nested too deeply to be a real FHIR summary.</source>
        <translation>structura sa este prea adânc imbricată pentru a fi un rezumat FHIR real.</translation>
    </message>
    <message>
        <source>the file could not be read ({detail}). Check that it exists and that you may open it.</source>
        <translation>fișierul nu a putut fi citit ({detail}). Verificați că există și că aveți voie să îl deschideți.</translation>
    </message>
    <message>
        <source>a line that is not valid JSON was skipped</source>
        <translation>o linie care nu este JSON valid a fost omisă</translation>
    </message>
    <message>
        <source>an empty entry (null) was skipped</source>
        <translation>o intrare goală (null) a fost omisă</translation>
    </message>
    <message>
        <source>an entry that is not an object was skipped</source>
        <translation>o intrare care nu este un obiect a fost omisă</translation>
    </message>
    <message>
        <source>an entry without a resource was skipped</source>
        <translation>o intrare fără resursă a fost omisă</translation>
    </message>
    <message>
        <source>a resource without a resourceType was skipped</source>
        <translation>o resursă fără resourceType a fost omisă</translation>
    </message>
    <message>
        <source>a resource without an id or usable fullUrl was given the id {id}</source>
        <translation>o resursă fără id sau fullUrl utilizabil a primit id-ul {id}</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Limba aplicației</translation>
    </message>
    <message>
        <source>{language} (partly in English)</source>
        <translation>{language} (parțial în engleză)</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Too short: use at least {minimum} characters.</source>
        <translation>Prea scurtă: folosiți cel puțin {minimum} caractere.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a word or two.</source>
        <translation>Slabă: ușor de ghicit. Adăugați un cuvânt sau două.</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it much harder to guess.</source>
        <translation>Medie: încă un cuvânt sau două o fac mult mai greu de ghicit.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Bună: greu de ghicit.</translation>
    </message>
    <message>
        <source>Strong: very hard to guess.</source>
        <translation>Puternică: foarte greu de ghicit.</translation>
    </message>
    <message>
        <source>A few words you can remember work well.</source>
        <translation>Câteva cuvinte pe care le puteți ține minte sunt o alegere bună.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Puterea parolei</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>Cele două parole nu sunt la fel. Scrieți aceeași parolă de două ori.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Parola nouă</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Scrieți-o din nou</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Parola nouă, din nou</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afișați parola</translation>
    </message>
</context>
<context>
    <name>NewProfilePage</name>
    <message>
        <source>Creating the profile and its keys… This takes a few seconds.</source>
        <translation>Se creează profilul și cheile lui… Durează câteva secunde.</translation>
    </message>
    <message>
        <source>Creating the profile</source>
        <translation>Se creează profilul</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Profil nou</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history on this computer, locked with a passphrase that only you know.</source>
        <translation>Un profil păstrează istoricul oncologic al unei persoane pe acest calculator, blocat cu o parolă pe care doar dumneavoastră o știți.</translation>
    </message>
    <message>
        <source>&amp;Name of the profile</source>
        <translation>&amp;Numele profilului</translation>
    </message>
    <message>
        <source>Shown on the start screen, e.g. your first name or “Mum”.</source>
        <translation>Apare pe ecranul de pornire, de exemplu prenumele dumneavoastră sau „Mama”.</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>Numele profilului</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;full name</source>
        <translation>Numele &amp;complet al pacientului</translation>
    </message>
    <message>
        <source>As it is written on hospital papers. Used to check imported files.</source>
        <translation>Așa cum este scris pe actele de la spital. Folosit pentru verificarea fișierelor importate.</translation>
    </message>
    <message>
        <source>Patient&apos;s full name</source>
        <translation>Numele complet al pacientului</translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth</source>
        <translation>Data nașterii pacientului</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation>Țineți minte parola pe acest calculator</translation>
    </message>
    <message>
        <source>The profile then opens without the passphrase for anyone who uses your account on this computer. Leave it off on a shared computer.</source>
        <translation>Profilul se va deschide atunci fără parolă pentru oricine folosește contul dumneavoastră pe acest calculator. Lăsați opțiunea dezactivată pe un calculator folosit de mai multe persoane.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Creați profilul</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Conditions (diagnoses)</source>
        <translation>Afecțiuni (diagnostice)</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Medicamente administrate</translation>
    </message>
    <message>
        <source>Medicines prescribed or taken</source>
        <translation>Medicamente prescrise sau luate</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Rezultate de analize</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Proceduri</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergii</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vaccinări</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Alte înregistrări</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Sursă fără nume</translation>
    </message>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Importat pe {date} din {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Importat pe {date}</translation>
    </message>
    <message>
        <source>What is in your record</source>
        <translation>Ce conține dosarul dumneavoastră</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>De unde provine</translation>
    </message>
    <message>
        <source>The centres whose summaries you imported.</source>
        <translation>Centrele ale căror rezumate le-ați importat.</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Dosarul dumneavoastră este gol</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Choose Import to add a summary from your centre.</source>
        <translation>Încă nu s-a importat nimic în acest profil. Alegeți „Importă” pentru a adăuga un rezumat de la centrul dumneavoastră.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Încă niciun import.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n element în total</numerusform>
            <numerusform>%n elemente în total</numerusform>
            <numerusform>%n de elemente în total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ani</numerusform>
            <numerusform>%n de ani</numerusform>
        </translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>născut(ă) pe {date}</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>data nașterii nu este înregistrată</translation>
    </message>
    <message>
        <source>profile “{label}”</source>
        <translation>profilul „{label}”</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Nume neînregistrat</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Never opened</source>
        <translation>Nedeschis niciodată</translation>
    </message>
    <message>
        <source>Last opened {date}</source>
        <translation>Deschis ultima dată pe {date}</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Open it to check it.</source>
        <translation>Copia de siguranță a fost restaurată ca profilul „{label}”. Deschideți-l ca să îl verificați.</translation>
    </message>
    <message>
        <source>Profile “{label}” and everything in it were deleted.</source>
        <translation>Profilul „{label}” și tot ce conținea au fost șterse.</translation>
    </message>
    <message>
        <source>The demo profile is ready. Its passphrase is “{passphrase}”: choose Open to see the record.</source>
        <translation>Profilul demonstrativ este gata. Parola lui este „{passphrase}”: alegeți „Deschide” ca să vedeți dosarul.</translation>
    </message>
    <message>
        <source>Your cancer history, encrypted and kept on this computer.</source>
        <translation>Istoricul dumneavoastră oncologic, criptat și păstrat pe acest calculator.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiluri</translation>
    </message>
    <message>
        <source>Choose whose record to open.</source>
        <translation>Alegeți al cui dosar să deschideți.</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Profiluri pe acest calculator</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Încă niciun profil</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history, locked with a passphrase, on this computer only.</source>
        <translation>Un profil păstrează istoricul oncologic al unei persoane, blocat cu o parolă, doar pe acest calculator.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Open the selected profile (Enter)</source>
        <translation>Deschideți profilul selectat (Enter)</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Profil nou…</translation>
    </message>
    <message>
        <source>Create a profile for another person (Ctrl+N)</source>
        <translation>Creați un profil pentru altă persoană (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>Creați un profil…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurați din copia de siguranță…</translation>
    </message>
    <message>
        <source>Make a profile from a backup file (.ecanbackup)</source>
        <translation>Creați un profil dintr-un fișier de siguranță (.ecanbackup)</translation>
    </message>
    <message>
        <source>You can also drop a backup file (.ecanbackup) on this window to restore it.</source>
        <translation>Puteți și să trageți un fișier de siguranță (.ecanbackup) pe această fereastră ca să îl restaurați.</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Lucrare</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Controlul lucrării</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Programarea imprimării:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Informații de &amp;facturare:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>&amp;Prioritatea lucrării:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Pagini de separare</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Imprimă imediat</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Reține pe termen nedefinit</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ziua (06:00–17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Noaptea (18:00–05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Tura a doua (16:00–23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Tura a treia (00:00–07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Weekend (sâmbătă–duminică)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>La o anumită oră</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dosarul părinte</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creați un dosar nou</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vizualizare listă</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vizualizare detaliată</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Dosar nou</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Dosar nou</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Redenumire</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Redenumire</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ș&amp;tergere</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergere</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Afișează fișierele &amp;ascunse</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Afișează fișierele ascunse</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 există deja.
Doriți să îl înlocuiți?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Sigur doriți să ștergeți „%1”?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mărime</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data modificării</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergere</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Hârtie</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Dimensiunea paginii:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lățime:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Înălțime:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Sursa hârtiei:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientare</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portret</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Peisaj</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Peisaj inversat</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Portret inversat</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margini</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>marginea de sus</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>marginea din stânga</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>marginea din dreapta</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>marginea de jos</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Aranjarea paginii</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Ordinea paginilor:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>&amp;Pagini pe foaie:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetri (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Țoli (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Puncte tipografice (pt)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
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
        <translation>Personalizat</translation>
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
        <translation>Plic C5</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Plic US 10</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Plic DL</translation>
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
        <translation>Carte poștală</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Carte poștală dublă</translation>
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
        <translation>Hârtie continuă US (14.875 x 11 in)</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Hârtie continuă German (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Hârtie continuă German Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Plic B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Plic B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Plic B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Plic C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Plic C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Plic C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Plic C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Plic C4</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Plic C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Plic C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Plic C7</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Plic US 9</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Plic US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Plic US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Plic US 14</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Plic Monarch</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Plic Personal</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Plic Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Plic Chou 4</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Plic Invite</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Plic Italian</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Plic Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Plic Kaku 3</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Plic PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Plic PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Plic PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Plic PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Plic PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Plic PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Plic PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Plic PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Plic PRC 9</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Plic PRC 10</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimare</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimă</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opțiuni &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opțiuni &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Imprimare în fișier (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Fișier local</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Scrie un fișier PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Imprimare în fișier…</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Toate paginile</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Paginile impare</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Paginile pare</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>De la stânga la dreapta, de sus în jos</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>De la stânga la dreapta, de jos în sus</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>De la dreapta la stânga, de jos în sus</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>De la dreapta la stânga, de sus în jos</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>De jos în sus, de la stânga la dreapta</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>De jos în sus, de la dreapta la stânga</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>De sus în jos, de la stânga la dreapta</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>De sus în jos, de la dreapta la stânga</translation>
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
        <translation>Pagini specificate greșit</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>„%1” nu respectă sintaxa corectă. Folosiți „,” pentru a separa intervalele și paginile, „-” pentru a defini un interval și asigurați-vă că intervalele nu se suprapun.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Setări de imprimare față-verso în conflict</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Setările de imprimare față-verso sunt în conflict. Doriți să le corectați?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 este un dosar.
Alegeți alt nume de fișier.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Fișierul %1 nu poate fi scris.
Alegeți alt nume de fișier.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 există deja.
Doriți să îl suprascrieți?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Opțiunile „Pagini pe foaie” și „Set de pagini” nu pot fi folosite împreună.
Dezactivați una dintre ele.</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Proprietățile imprimantei</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Opțiunile lucrării</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Pagină</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avansat</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Unele opțiuni sunt în conflict. Corectați-le.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <translation>Interval de imprimare</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Paginile de la</translation>
    </message>
    <message>
        <source>to</source>
        <translation>la</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Paginile</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Indicați pagini sau intervale separate prin virgulă. Un interval se scrie cu două numere legate de o cratimă. De exemplu, 3,5-7,9 imprimă paginile 3, 5, 6, 7 și 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Pagina curentă</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selecția</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Set de pagini:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Setări de ieșire</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Exemplare:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Asamblare</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>În ordine inversă</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplare</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Mod de culoare</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Tonuri de gri</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Imprimare față-verso</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Dezactivată</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Legare pe latura lungă</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Legare pe latura scurtă</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opțiuni</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Imprimantă</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roprietăți</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Locație:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Fișier de ieșire:</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>stated by the source</source>
        <translation>indicat de sursă</translation>
    </message>
    <message>
        <source>summed from {count} administrations</source>
        <translation>însumat din {count} administrări</translation>
    </message>
    <message>
        <source>summed from {count} administrations, per m² of body surface area</source>
        <translation>însumat din {count} administrări, pe m² de suprafață corporală</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadiu</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Analiză</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Starea bolii</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operație</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedură</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicament</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapie</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Transplant de celule stem</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispozitiv medical</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Vaccinare</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Monitorizare</translation>
    </message>
    <message>
        <source>Primary cancer</source>
        <translation>Cancer primar</translation>
    </message>
    <message>
        <source>Secondary (metastatic) cancer</source>
        <translation>Cancer secundar (metastatic)</translation>
    </message>
    <message>
        <source>malignant</source>
        <translation>malign</translation>
    </message>
    <message>
        <source>metastatic</source>
        <translation>metastatic</translation>
    </message>
    <message>
        <source>in situ</source>
        <translation>in situ</translation>
    </message>
    <message>
        <source>uncertain behaviour</source>
        <translation>comportament incert</translation>
    </message>
    <message>
        <source>behaviour not stated</source>
        <translation>comportament neprecizat</translation>
    </message>
    <message>
        <source>ECOG performance status</source>
        <translation>Statusul de performanță ECOG</translation>
    </message>
    <message>
        <source>Karnofsky performance status</source>
        <translation>Indicele de performanță Karnofsky</translation>
    </message>
    <message>
        <source>Lansky play-performance scale</source>
        <translation>Scala de performanță Lansky</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent dose ({table})</source>
        <translation>Antracicline ca doză echivalentă de doxorubicină ({table})</translation>
    </message>
    <message>
        <source>{agent}: not converted, {table} gives no factor for it</source>
        <translation>{agent}: neconvertit, {table} nu indică un factor pentru el</translation>
    </message>
    <message>
        <source>Reported by {sources}</source>
        <translation>Raportat de {sources}</translation>
    </message>
</context>
<context>
    <name>RecordFrame</name>
    <message>
        <source>Your new passphrase is saved. Use it from now on.</source>
        <translation>Parola nouă este salvată. Folosiți-o de acum înainte.</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Lock this one to open it.</source>
        <translation>Copia de siguranță a fost restaurată ca profilul „{label}”. Blocați profilul acesta ca să îl deschideți.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Ceva nu a mers bine</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Anulați acest import?</translation>
    </message>
    <message>
        <source>Everything that came from {source} in this import is removed from your record, and what it changed goes back to how it was before. The file itself is not touched; you can import it again later.</source>
        <translation>Tot ce a venit de la {source} prin acest import este eliminat din dosarul dumneavoastră, iar ce a modificat revine la cum era înainte. Fișierul în sine nu este atins; îl puteți importa din nou mai târziu.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Anulează importul</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Păstrează-l</translation>
    </message>
    <message>
        <source>Import undone: {removed} removed, {restored} put back as before.</source>
        <translation>Import anulat: {removed} eliminate, {restored} readuse la forma anterioară.</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n item(s) removed.</source>
        <translation>
            <numerusform>Import anulat: %n element eliminat.</numerusform>
            <numerusform>Import anulat: %n elemente eliminate.</numerusform>
            <numerusform>Import anulat: %n de elemente eliminate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Parola a fost schimbată.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importă…</translation>
    </message>
    <message>
        <source>Import summaries from your centres (Ctrl+I)</source>
        <translation>Importați rezumatele de la centrele dumneavoastră (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>Exportă rezumatul…</translation>
    </message>
    <message>
        <source>Save or print the summary for a doctor abroad (Ctrl+E)</source>
        <translation>Salvați sau tipăriți rezumatul pentru un medic din străinătate (Ctrl+E)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Blochează acum</translation>
    </message>
    <message>
        <source>Hide the record and forget the key (Ctrl+L)</source>
        <translation>Ascundeți dosarul și uitați cheia (Ctrl+L)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Prezentare generală</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Surse</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation>Părțile dosarului</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use</source>
        <translation>
            <numerusform>Se blochează după %n minut de neutilizare</numerusform>
            <numerusform>Se blochează după %n minute de neutilizare</numerusform>
            <numerusform>Se blochează după %n de minute de neutilizare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>The profile is created, but this computer could not remember its passphrase. {reason}</source>
        <translation>Profilul a fost creat, dar acest calculator nu a putut ține minte parola. {reason}</translation>
    </message>
    <message>
        <source>Recovery code for profile “{label}”</source>
        <translation>Codul de recuperare pentru profilul „{label}”</translation>
    </message>
    <message>
        <source>Made on {date} by ecan-desktop.</source>
        <translation>Creat pe {date} de ecan-desktop.</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep this paper somewhere safe, away from the computer.</source>
        <translation>Dacă uitați parola acestui profil, acest cod este singura cale de a-l deschide. Păstrați această foaie într-un loc sigur, departe de calculator.</translation>
    </message>
    <message>
        <source>recovery code {label}.txt</source>
        <translation>cod de recuperare {label}.txt</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep a copy somewhere safe, away from the computer.</source>
        <translation>Dacă uitați parola acestui profil, acest cod este singura cale de a-l deschide. Păstrați o copie într-un loc sigur, departe de calculator.</translation>
    </message>
    <message>
        <source>The file could not be saved ({detail}). Choose another place.</source>
        <translation>Fișierul nu a putut fi salvat ({detail}). Alegeți alt loc.</translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation>Codul de recuperare a fost trimis la imprimantă.</translation>
    </message>
    <message>
        <source>The recovery code was saved in {path}.</source>
        <translation>Codul de recuperare a fost salvat în {path}.</translation>
    </message>
    <message>
        <source>That is not what your copy of the code says. Look at it again, or go back to see the code.</source>
        <translation>Nu este ce scrie pe copia dumneavoastră a codului. Uitați-vă din nou sau întoarceți-vă să vedeți codul.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Codul dumneavoastră de recuperare</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way into the record: nobody else can open it for you. It is shown only now.</source>
        <translation>Dacă vreodată uitați parola, acest cod este singura cale de a ajunge la dosar: nimeni altcineva nu îl poate deschide pentru dumneavoastră. Este afișat doar acum.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod de recuperare</translation>
    </message>
    <message>
        <source>Print it or save it, and keep it somewhere safe, not only on this computer.</source>
        <translation>Tipăriți-l sau salvați-l și păstrați-l într-un loc sigur, nu doar pe acest calculator.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the code to a file (on a USB stick, for example) and print it later, or copy it onto paper.</source>
        <translation>Pe acest calculator nu este configurată nicio imprimantă: salvați codul într-un fișier (de exemplu pe un stick USB) și tipăriți-l mai târziu sau copiați-l pe hârtie.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tipărire…</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Salvare într-un fișier…</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>L-am păstrat</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Verificați-vă copia</translation>
    </message>
    <message>
        <source>To make sure you can use the code later, type group {first} and group {second} of it, from your copy.</source>
        <translation>Ca să fiți sigur(ă) că veți putea folosi codul mai târziu, scrieți grupul {first} și grupul {second} de pe copia dumneavoastră.</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>Grupul {number}</translation>
    </message>
    <message>
        <source>‹ Show the code again</source>
        <translation>‹ Afișați din nou codul</translation>
    </message>
    <message>
        <source>Check and open the profile</source>
        <translation>Verificați și deschideți profilul</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockPage</name>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation>Se deblochează și se setează parola nouă…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Deblocare</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Scrieți mai întâi codul de recuperare.</translation>
    </message>
    <message>
        <source>‹ Back to the passphrase</source>
        <translation>‹ Înapoi la parolă</translation>
    </message>
    <message>
        <source>Unlock “{label}” with the recovery code</source>
        <translation>Deblocați „{label}” cu codul de recuperare</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or saved when you created this profile, then choose a new passphrase. The old passphrase will stop working.</source>
        <translation>Scrieți codul de recuperare pe care l-ați tipărit sau salvat când ați creat acest profil, apoi alegeți o parolă nouă. Parola veche nu va mai funcționa.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Cod de &amp;recuperare</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod de recuperare</translation>
    </message>
    <message>
        <source>Unlock and save the new passphrase</source>
        <translation>Deblocați și salvați parola nouă</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>Se restaurează și se verifică copia de siguranță…</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restaurarea copiei de siguranță</translation>
    </message>
    <message>
        <source>Type the recovery code of the backup first.</source>
        <translation>Scrieți mai întâi codul de recuperare al copiei de siguranță.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup first.</source>
        <translation>Scrieți mai întâi parola copiei de siguranță.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurare din copia de siguranță</translation>
    </message>
    <message>
        <source>Restore “{file}”</source>
        <translation>Restaurați „{file}”</translation>
    </message>
    <message>
        <source>The backup becomes a new profile on this computer; nothing you have now is replaced. Unlock it as it was when the backup was made.</source>
        <translation>Copia de siguranță devine un profil nou pe acest calculator; nimic din ce aveți acum nu este înlocuit. Deblocați-o așa cum era când a fost făcută.</translation>
    </message>
    <message>
        <source>I know the passphrase of the backup</source>
        <translation>Știu parola copiei de siguranță</translation>
    </message>
    <message>
        <source>I have its recovery code (then choose a new passphrase)</source>
        <translation>Am codul ei de recuperare (apoi aleg o parolă nouă)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Parola copiei de siguranță</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Cod de &amp;recuperare</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod de recuperare</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This computer now remembers this profile.</source>
        <translation>Acest calculator ține minte acum acest profil.</translation>
    </message>
    <message>
        <source>This computer no longer remembers this profile.</source>
        <translation>Acest calculator nu mai ține minte acest profil.</translation>
    </message>
    <message>
        <source>Backup saved in {path}.</source>
        <translation>Copia de siguranță a fost salvată în {path}.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Se face copia de siguranță…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Se face copia de siguranță</translation>
    </message>
    <message>
        <source>Not offered on a shared computer (kiosk mode).</source>
        <translation>Nu este disponibil pe un calculator comun (modul chioșc).</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use, so it cannot remember the passphrase. You unlock with your passphrase.</source>
        <translation>Acest calculator nu are un depozit de parole pe care ecan-desktop să îl poată folosi, deci nu poate ține minte parola. Deblocați cu parola dumneavoastră.</translation>
    </message>
    <message>
        <source>Opens this profile without the passphrase for anyone using your account on this computer. Leave it off on a shared computer.</source>
        <translation>Deschide acest profil fără parolă pentru oricine folosește contul dumneavoastră pe acest calculator. Lăsați opțiunea dezactivată pe un calculator comun.</translation>
    </message>
    <message>
        <source>No backup yet. A backup is one encrypted file: keep it on a USB stick or another disk to restore the record on any computer.</source>
        <translation>Încă nicio copie de siguranță. O copie de siguranță este un singur fișier criptat: păstrați-l pe un stick USB sau pe alt disc ca să puteți restaura dosarul pe orice calculator.</translation>
    </message>
    <message>
        <source>Last backup {date}: {path}</source>
        <translation>Ultima copie de siguranță pe {date}: {path}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Limbă și afișare</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>For everything in the app. Applies at once.</source>
        <translation>Pentru toată aplicația. Se aplică imediat.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Culori</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Ca pe calculator</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Luminos</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Întunecat</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrast ridicat</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Mărimea textului</translation>
    </message>
    <message>
        <source>Everything grows with the text.</source>
        <translation>Totul crește odată cu textul.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidențialitate</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Blocare automată</translation>
    </message>
    <message>
        <source>After this long without use, the record locks and needs the passphrase.</source>
        <translation>După atâta timp de neutilizare, dosarul se blochează și cere parola.</translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s)</source>
        <translation>
            <numerusform>după %n minut</numerusform>
            <numerusform>după %n minute</numerusform>
            <numerusform>după %n de minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Ține minte pe acest calculator</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activat</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this profile.</source>
        <translation>Alegeți o parolă nouă pentru acest profil.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Schimbați parola…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copii de siguranță</translation>
    </message>
    <message>
        <source>Back up this profile</source>
        <translation>Faceți o copie de siguranță a profilului</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Faceți copia acum…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurați o copie de siguranță</translation>
    </message>
    <message>
        <source>Adds the profile in a backup file to this computer, next to this one.</source>
        <translation>Adaugă profilul dintr-un fișier de siguranță pe acest calculator, lângă acesta.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurați din copia de siguranță…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergere</translation>
    </message>
    <message>
        <source>Delete profile “{label}”</source>
        <translation>Ștergeți profilul „{label}”</translation>
    </message>
    <message>
        <source>Erases this profile and everything in it from this computer.</source>
        <translation>Șterge acest profil și tot ce conține de pe acest calculator.</translation>
    </message>
    <message>
        <source>Delete profile…</source>
        <translation>Ștergeți profilul…</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Importat pe {date} din {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Importat pe {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n element nou</numerusform>
            <numerusform>%n elemente noi</numerusform>
            <numerusform>%n de elemente noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizat</numerusform>
            <numerusform>%n actualizate</numerusform>
            <numerusform>%n de actualizate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n raportat și de altă sursă</numerusform>
            <numerusform>%n raportate și de altă sursă</numerusform>
            <numerusform>%n de raportate și de altă sursă</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Anulați acest import…</translation>
    </message>
    <message>
        <source>Undo the import from {source}</source>
        <translation>Anulați importul de la {source}</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Unnamed source</source>
        <translation>Sursă fără nume</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Surse</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s). Each one can be undone: what it brought is removed, what it changed goes back to how it was.</source>
        <translation>
            <numerusform>%n import. Fiecare poate fi anulat: ce a adus este eliminat, ce a modificat revine la cum era.</numerusform>
            <numerusform>%n importuri. Fiecare poate fi anulat: ce a adus este eliminat, ce a modificat revine la cum era.</numerusform>
            <numerusform>%n de importuri. Fiecare poate fi anulat: ce a adus este eliminat, ce a modificat revine la cum era.</numerusform>
        </translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Încă niciun import</translation>
    </message>
    <message>
        <source>Import a summary from your centre (a FHIR file) to fill your record.</source>
        <translation>Importați un rezumat de la centrul dumneavoastră (un fișier FHIR) ca să completați dosarul.</translation>
    </message>
    <message>
        <source>Import a summary…</source>
        <translation>Importați un rezumat…</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>“{code}” is not a language the summary can be printed in. Choose one or two of: {available}.</source>
        <translation>„{code}” nu este o limbă în care poate fi tipărit rezumatul. Alegeți una sau două dintre: {available}.</translation>
    </message>
    <message>
        <source>The summary cannot be printed in {name} yet. Choose one or two of: {available}.</source>
        <translation>Rezumatul nu poate fi tipărit încă în {name}. Alegeți una sau două dintre: {available}.</translation>
    </message>
    <message>
        <source>A summary is printed in one language or two (the doctor&apos;s, then the patient&apos;s), not {count}.</source>
        <translation>Un rezumat se tipărește într-o limbă sau în două (a medicului, apoi a pacientului), nu în {count}.</translation>
    </message>
    <message>
        <source>Making the summary was cancelled. Nothing was saved.</source>
        <translation>Crearea rezumatului a fost anulată. Nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}). Check that the folder exists and that you may write there. Nothing else was changed.</source>
        <translation>Fișierul {path} nu a putut fi scris ({reason}). Verificați că dosarul există și că aveți voie să scrieți acolo. Nu s-a schimbat nimic altceva.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Type the passphrase of this profile first.</source>
        <translation>Scrieți mai întâi parola acestui profil.</translation>
    </message>
    <message>
        <source>‹ Back to profiles</source>
        <translation>‹ Înapoi la profiluri</translation>
    </message>
    <message>
        <source>Back to the list of profiles (Esc)</source>
        <translation>Înapoi la lista de profiluri (Esc)</translation>
    </message>
    <message>
        <source>“{label}” is locked</source>
        <translation>„{label}” este blocat</translation>
    </message>
    <message>
        <source>Type your passphrase to continue where you were.</source>
        <translation>Scrieți parola ca să continuați de unde ați rămas.</translation>
    </message>
    <message>
        <source>Unlock “{label}”</source>
        <translation>Deblocați „{label}”</translation>
    </message>
    <message>
        <source>Type the passphrase you chose for this profile.</source>
        <translation>Scrieți parola pe care ați ales-o pentru acest profil.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Parolă</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afișați parola</translation>
    </message>
    <message>
        <source>This is the demo profile. Its passphrase is “{passphrase}”.</source>
        <translation>Acesta este profilul demonstrativ. Parola lui este „{passphrase}”.</translation>
    </message>
    <message>
        <source>Unlocking… This takes a moment.</source>
        <translation>Se deblochează… Durează o clipă.</translation>
    </message>
    <message>
        <source>Unlocking with the key this computer remembers…</source>
        <translation>Se deblochează cu cheia pe care o ține minte acest calculator…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Deblocare</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Ați uitat-o? Folosiți codul de recuperare</translation>
    </message>
    <message>
        <source>Unlock with the recovery code you kept, then choose a new passphrase</source>
        <translation>Deblocați cu codul de recuperare păstrat, apoi alegeți o parolă nouă</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Deblocare</translation>
    </message>
</context>
<context>
    <name>UnlockWait</name>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Prea multe încercări greșite. Puteți încerca din nou peste %n minut.</numerusform>
            <numerusform>Prea multe încercări greșite. Puteți încerca din nou peste %n minute.</numerusform>
            <numerusform>Prea multe încercări greșite. Puteți încerca din nou peste %n de minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Prea multe încercări greșite. Puteți încerca din nou peste %n secundă.</numerusform>
            <numerusform>Prea multe încercări greșite. Puteți încerca din nou peste %n secunde.</numerusform>
            <numerusform>Prea multe încercări greșite. Puteți încerca din nou peste %n de secunde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>The passphrase is not right. Check that Caps Lock is off and try again, or unlock with your recovery code.</source>
        <translation>Parola nu este corectă. Verificați că tasta Caps Lock nu este activă și încercați din nou sau deblocați cu codul de recuperare.</translation>
    </message>
    <message>
        <source>The recovery code is not right. It has 25 letters and digits in groups of five; check each group and try again.</source>
        <translation>Codul de recuperare nu este corect. Are 25 de litere și cifre în grupuri de câte cinci; verificați fiecare grup și încercați din nou.</translation>
    </message>
    <message>
        <source>This does not look like a recovery code: it should have 25 letters and digits, like ABCDE-FGHJK-MNPQR-STVWX-YZ234. Type it again as it was printed.</source>
        <translation>Nu pare a fi un cod de recuperare: ar trebui să aibă 25 de litere și cifre, de exemplu ABCDE-FGHJK-MNPQR-STVWX-YZ234. Scrieți-l din nou așa cum a fost tipărit.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least {minimum} characters; a few words you can remember work well.</source>
        <translation>Parola este prea scurtă. Folosiți cel puțin {minimum} caractere; câteva cuvinte pe care le puteți ține minte sunt o alegere bună.</translation>
    </message>
    <message>
        <source>The record of profile “{label}” is damaged and cannot be opened ({detail}). Nothing has been changed. Restore it from your newest backup: {backup}</source>
        <translation>Dosarul profilului „{label}” este deteriorat și nu poate fi deschis ({detail}). Nu s-a schimbat nimic. Restaurați-l din cea mai recentă copie de siguranță: {backup}</translation>
    </message>
    <message>
        <source>The key file of profile “{label}” is missing or damaged ({detail}), so the record cannot be unlocked. Nothing has been changed. Restore the profile from your newest backup: {backup}</source>
        <translation>Fișierul de chei al profilului „{label}” lipsește sau este deteriorat ({detail}), așa că dosarul nu poate fi deblocat. Nu s-a schimbat nimic. Restaurați profilul din cea mai recentă copie de siguranță: {backup}</translation>
    </message>
    <message>
        <source>Profile “{label}” was saved by a newer version of ecan-desktop (record format {found}; this version reads up to {supported}). Nothing has been changed. Update ecan-desktop to open it.</source>
        <translation>Profilul „{label}” a fost salvat de o versiune mai nouă de ecan-desktop (formatul dosarului {found}; această versiune citește până la {supported}). Nu s-a schimbat nimic. Actualizați ecan-desktop ca să îl deschideți.</translation>
    </message>
    <message>
        <source>Profile “{label}” is already open in another ecan-desktop window (process {pid}). Close it there first, then try again.</source>
        <translation>Profilul „{label}” este deja deschis într-o altă fereastră ecan-desktop (procesul {pid}). Închideți-l mai întâi acolo, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>There is no profile called “{label}”. Run “ecan-desktop profile list” to see your profiles.</source>
        <translation>Nu există niciun profil numit „{label}”. Rulați „ecan-desktop profile list” ca să vedeți profilurile.</translation>
    </message>
    <message>
        <source>A profile called “{label}” already exists. Choose another name.</source>
        <translation>Există deja un profil numit „{label}”. Alegeți alt nume.</translation>
    </message>
    <message>
        <source>There is no import number {source_id} in this profile. Run “ecan-desktop sources” to see the imports and their numbers.</source>
        <translation>În acest profil nu există importul cu numărul {source_id}. Rulați „ecan-desktop sources” ca să vedeți importurile și numerele lor.</translation>
    </message>
    <message>
        <source>A profile name needs 1 to {maximum} characters and cannot be only spaces.</source>
        <translation>Numele unui profil trebuie să aibă între 1 și {maximum} caractere și nu poate conține doar spații.</translation>
    </message>
    <message>
        <source>ecan-desktop could not write to {path} ({detail}). Nothing has been changed. Check that the disk has free space and that you may write to that folder, then try again.</source>
        <translation>ecan-desktop nu a putut scrie în {path} ({detail}). Nu s-a schimbat nimic. Verificați că discul are spațiu liber și că aveți voie să scrieți în acel dosar, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use ({detail}), so it cannot remember your passphrase. You can still unlock with your passphrase.</source>
        <translation>Acest calculator nu are un depozit de parole pe care ecan-desktop să îl poată folosi ({detail}), deci nu vă poate ține minte parola. Puteți debloca în continuare cu parola.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store is locked. Unlock it (or log in again), or type your passphrase instead.</source>
        <translation>Depozitul de parole al calculatorului este blocat. Deblocați-l (sau autentificați-vă din nou) ori scrieți parola.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase of profile “{label}”. Type your passphrase; you can turn “remember on this computer” on again in Settings.</source>
        <translation>Acest calculator nu mai ține minte parola profilului „{label}”. Scrieți parola; puteți reactiva „Ține minte pe acest calculator” din Setări.</translation>
    </message>
    <message>
        <source>{path} is not an ecan-desktop backup, or it is damaged ({detail}). Nothing has been restored. Choose the backup file again.</source>
        <translation>{path} nu este o copie de siguranță ecan-desktop sau este deteriorată ({detail}). Nu s-a restaurat nimic. Alegeți din nou fișierul de siguranță.</translation>
    </message>
    <message>
        <source>no backup was found on this computer; if you keep one elsewhere, use “Restore from backup”</source>
        <translation>nu s-a găsit nicio copie de siguranță pe acest calculator; dacă aveți una în altă parte, folosiți „Restaurați din copia de siguranță”</translation>
    </message>
</context>
</TS>
