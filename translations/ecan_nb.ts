<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>BirthDateInput</name>
    <message>
        <source>The birth date is not a real date. Type the day and the year in numbers and choose the month, or leave all three empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code keeps working. If this computer remembers the profile, it goes on remembering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A passphrase is needed. Run this in a terminal to be asked for it, or set the environment variable {env}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name you typed is not “{label}”, so nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “{label}” is damaged: {problem}. Restore it from your newest backup: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{label}” for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this profile is erased from this computer and cannot be brought back, except from a backup you made. Files you imported stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the name of the profile: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profile, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSection</name>
    <message>
        <source>See how it works with the record of a made-up patient. No real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo profile with a made-up cancer history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping and removing the demo profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of creating the demo profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing was changed. Please try again; if it happens again, report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading your record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary for a doctor abroad: labels in the doctor&apos;s language, optionally with a second language beneath. The IPS file is attached to the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doctor&apos;s language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QR code with the emergency data on page 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export IPS (.json)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ecan-desktop backups (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the summaries to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR summaries (*.json *.xml *.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the IPS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileResult</name>
    <message numerus="yes">
        <source>Imported: %n new item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more part(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Is this the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is about {file_patient}, but this profile is about {profile_patient}. Import it into this profile only if it is the same person, for example with the name written differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {total} files were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files imported: {imported} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You cancelled: %n file(s) were not imported. The others are in your record.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is about {file_patient}, but this profile is about {profile_patient}. Nothing was imported. If it is the same person, import it again and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (born {birth_date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB, the most ecan-desktop accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a PDF document, not a FHIR summary. Ask your centre for the summary as a FHIR file (JSON or XML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a ZIP archive. Unpack it first, then import the FHIR files inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a text file, so it cannot be a FHIR summary. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8, which FHIR files must be. Ask your centre for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a web page (HTML), perhaps an error page saved by the browser, not a FHIR summary. Download the summary again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a CDA document (HL7 version 3 XML), which this version of ecan-desktop cannot read yet. Ask your centre for the summary as a FHIR file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an XML file, but not FHIR XML. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its XML is not well formed (line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares XML entities or a DTD, which FHIR files never need. For your safety it was not read; ask your centre for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a SMART Health Link (a link to a summary kept elsewhere), which this version of ecan-desktop cannot open yet. Ask your centre for the summary as a FHIR file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is part of a SMART Health Link (its address, key or list of files), not the summary itself. This version of ecan-desktop cannot open SMART Health Links yet; ask your centre for the summary as a FHIR file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted (a SMART Health Link&apos;s content) and can only be read with the key of its link. Ask your centre for the summary as a FHIR file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a SMART Health Card (a signed card, such as a vaccination certificate), which this version of ecan-desktop cannot read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the XML was read as well as possible: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its JSON is not valid (line {line}, column {column}: {detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a FHIR resource (it has no resourceType). Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle contains no usable resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its structure is nested too deeply to be a real FHIR summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read ({detail}). Check that it exists and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line that is not valid JSON was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty entry (null) was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry that is not an object was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry without a resource was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource without a resourceType was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource without an id or usable fullUrl was given the id {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} (partly in English)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Too short: use at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: one or two more words make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong: very hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words you can remember work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProfilePage</name>
    <message>
        <source>Creating the profile and its keys… This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history on this computer, locked with a passphrase that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the start screen, e.g. your first name or “Mum”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it is written on hospital papers. Used to check imported files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile then opens without the passphrase for anyone who uses your account on this computer. Leave it off on a shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Conditions (diagnoses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines prescribed or taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {date} from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centres whose summaries you imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Choose Import to add a summary from your centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last opened {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Open it to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “{label}” and everything in it were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profile is ready. Its passphrase is “{passphrase}”: choose Open to see the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cancer history, encrypted and kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose record to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history, locked with a passphrase, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected profile (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile for another person (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a profile from a backup file (.ecanbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop a backup file (.ecanbackup) on this window to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter / ANSI A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger / ANSI B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabloid / ANSI B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3 Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5 Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B5 Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIS B0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIS B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIS B2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIS B3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIS B4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIS B5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIS B6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIS B7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIS B8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIS B9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIS B10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSI C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSI D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSI E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabloid Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architect A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architect B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architect C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architect D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architect E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRC 16K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRC 32K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRC 32K Big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>stated by the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summed from {count} administrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summed from {count} administrations, per m² of body surface area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary (metastatic) cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malignant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metastatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in situ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behaviour not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECOG performance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karnofsky performance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lansky play-performance scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent dose ({table})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agent}: not converted, {table} gives no factor for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by {sources}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFrame</name>
    <message>
        <source>Your new passphrase is saved. Use it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Lock this one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that came from {source} in this import is removed from your record, and what it changed goes back to how it was before. The file itself is not touched; you can import it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone: {removed} removed, {restored} put back as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n item(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summaries from your centres (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or print the summary for a doctor abroad (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the record and forget the key (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>The profile is created, but this computer could not remember its passphrase. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code for profile “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date} by ecan-desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep this paper somewhere safe, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery code {label}.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep a copy somewhere safe, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved ({detail}). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code was saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not what your copy of the code says. Look at it again, or go back to see the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way into the record: nobody else can open it for you. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it or save it, and keep it somewhere safe, not only on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the code to a file (on a USB stick, for example) and print it later, or copy it onto paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make sure you can use the code later, type group {first} and group {second} of it, from your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Show the code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and open the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockPage</name>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock “{label}” with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you printed or saved when you created this profile, then choose a new passphrase. The old passphrase will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock and save the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code of the backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of the backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore “{file}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup becomes a new profile on this computer; nothing you have now is replaced. Unlock it as it was when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have its recovery code (then choose a new passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This computer now remembers this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer remembers this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered on a shared computer (kiosk mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use, so it cannot remember the passphrase. You unlock with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens this profile without the passphrase for anyone using your account on this computer. Leave it off on a shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet. A backup is one encrypted file: keep it on a USB stick or another disk to restore the record on any computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup {date}: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For everything in the app. Applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything grows with the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this long without use, the record locks and needs the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the profile in a backup file to this computer, next to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erases this profile and everything in it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Imported {date} from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import from {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Unnamed source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n import(s). Each one can be undone: what it brought is removed, what it changed goes back to how it was.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a summary from your centre (a FHIR file) to fill your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>“{code}” is not a language the summary can be printed in. Choose one or two of: {available}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary cannot be printed in {name} yet. Choose one or two of: {available}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary is printed in one language or two (the doctor&apos;s, then the patient&apos;s), not {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the summary was cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}). Check that the folder exists and that you may write there. Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Type the passphrase of this profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Back to profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of profiles (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to continue where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase you chose for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo profile. Its passphrase is “{passphrase}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking with the key this computer remembers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the recovery code you kept, then choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWait</name>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>The passphrase is not right. Check that Caps Lock is off and try again, or unlock with your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is not right. It has 25 letters and digits in groups of five; check each group and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a recovery code: it should have 25 letters and digits, like ABCDE-FGHJK-MNPQR-STVWX-YZ234. Type it again as it was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least {minimum} characters; a few words you can remember work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of profile “{label}” is damaged and cannot be opened ({detail}). Nothing has been changed. Restore it from your newest backup: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of profile “{label}” is missing or damaged ({detail}), so the record cannot be unlocked. Nothing has been changed. Restore the profile from your newest backup: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “{label}” was saved by a newer version of ecan-desktop (record format {found}; this version reads up to {supported}). Nothing has been changed. Update ecan-desktop to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “{label}” is already open in another ecan-desktop window (process {pid}). Close it there first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called “{label}”. Run “ecan-desktop profile list” to see your profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile called “{label}” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import number {source_id} in this profile. Run “ecan-desktop sources” to see the imports and their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name needs 1 to {maximum} characters and cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ecan-desktop could not write to {path} ({detail}). Nothing has been changed. Check that the disk has free space and that you may write to that folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use ({detail}), so it cannot remember your passphrase. You can still unlock with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer&apos;s password store is locked. Unlock it (or log in again), or type your passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase of profile “{label}”. Type your passphrase; you can turn “remember on this computer” on again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an ecan-desktop backup, or it is damaged ({detail}). Nothing has been restored. Choose the backup file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup was found on this computer; if you keep one elsewhere, use “Restore from backup”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
