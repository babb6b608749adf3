<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BirthDateInput</name>
    <message>
        <source>The birth date is not a real date. Type the day and the year in numbers and choose the month, or leave all three empty.</source>
        <translation>Das Geburtsdatum ist kein gültiges Datum. Geben Sie Tag und Jahr als Zahlen ein und wählen Sie den Monat, oder lassen Sie alle drei Felder leer.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Geburtstag (Tag)</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Geburtsmonat</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Geben Sie zuerst Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>Saving the new passphrase…</source>
        <translation>Das neue Passwort wird gespeichert …</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Your recovery code keeps working. If this computer remembers the profile, it goes on remembering it.</source>
        <translation>Ihr Wiederherstellungscode bleibt gültig. Wenn sich dieser Computer das Profil merkt, bleibt das so.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A passphrase is needed. Run this in a terminal to be asked for it, or set the environment variable {env}.</source>
        <translation>Ein Passwort wird benötigt. Führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden, oder setzen Sie die Umgebungsvariable {env}.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was created.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>The name you typed is not “{label}”, so nothing was deleted.</source>
        <translation>Der eingegebene Name ist nicht „{label}“, daher wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Profile “{label}” is damaged: {problem}. Restore it from your newest backup: {backup}</source>
        <translation>Das Profil „{label}“ ist beschädigt: {problem}. Stellen Sie es aus Ihrer neuesten Sicherung wieder her: {backup}</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete “{label}” for good?</source>
        <translation>„{label}“ endgültig löschen?</translation>
    </message>
    <message>
        <source>Everything in this profile is erased from this computer and cannot be brought back, except from a backup you made. Files you imported stay where they are.</source>
        <translation>Alles in diesem Profil wird von diesem Computer gelöscht und lässt sich nicht zurückholen, außer aus einer Sicherung, die Sie angelegt haben. Dateien, die Sie importiert haben, bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>To confirm, type the name of the profile: {label}</source>
        <translation>Geben Sie zur Bestätigung den Namen des Profils ein: {label}</translation>
    </message>
    <message>
        <source>Name of the profile, to confirm</source>
        <translation>Name des Profils zur Bestätigung</translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation>Profil behalten</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>DemoSection</name>
    <message>
        <source>See how it works with the record of a made-up patient. No real data.</source>
        <translation>Probieren Sie es mit der Akte einer erfundenen Patientin aus. Keine echten Daten.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Create a demo profile with a made-up cancer history</source>
        <translation>Ein Demo-Profil mit einer erfundenen Krebsgeschichte anlegen</translation>
    </message>
    <message>
        <source>Stopping and removing the demo profile…</source>
        <translation>Demo-Profil wird angehalten und entfernt …</translation>
    </message>
    <message>
        <source>Creating the demo profile…</source>
        <translation>Demo-Profil wird angelegt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress of creating the demo profile</source>
        <translation>Fortschritt beim Anlegen des Demo-Profils</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing was changed. Please try again; if it happens again, report it.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({kind}). Es wurde nichts geändert. Bitte versuchen Sie es noch einmal; wenn es wieder passiert, melden Sie es bitte.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading your record…</source>
        <translation>Ihre Akte wird gelesen…</translation>
    </message>
    <message>
        <source>Preparing the summary</source>
        <translation>Zusammenfassung wird vorbereitet</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Rendering the preview</source>
        <translation>Vorschau wird erstellt</translation>
    </message>
    <message>
        <source>{label} summary</source>
        <translation>{label} Zusammenfassung</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert in {path}.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>A summary for a doctor abroad: labels in the doctor&apos;s language, optionally with a second language beneath. The IPS file is attached to the PDF.</source>
        <translation>Eine Zusammenfassung für einen Arzt im Ausland: Beschriftungen in der Sprache des Arztes, wahlweise mit einer zweiten Sprache darunter. Die IPS-Datei ist dem PDF beigefügt.</translation>
    </message>
    <message>
        <source>&amp;Doctor&apos;s language:</source>
        <translation>Sprache des &amp;Arztes:</translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation>&amp;Zweite Sprache:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>&amp;QR code with the emergency data on page 1</source>
        <translation>&amp;QR-Code mit den Notfalldaten auf Seite 1</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Export IPS (.json)…</source>
        <translation>IPS exportieren (.json)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n Seite.</numerusform>
            <numerusform>%n Seiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Datei&amp;typ:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>ecan-desktop backups (*{suffix})</source>
        <translation>ecan-desktop-Sicherungen (*{suffix})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the summaries to import</source>
        <translation>Zu importierende Zusammenfassungen auswählen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>FHIR summaries (*.json *.xml *.ndjson)</source>
        <translation>FHIR-Zusammenfassungen (*.json *.xml *.ndjson)</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Wiederherzustellende Sicherung auswählen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save the IPS file</source>
        <translation>IPS-Datei speichern</translation>
    </message>
    <message>
        <source>FHIR documents (*.json)</source>
        <translation>FHIR-Dokumente (*.json)</translation>
    </message>
</context>
<context>
    <name>FileResult</name>
    <message numerus="yes">
        <source>Imported: %n new item(s)</source>
        <translation>
            <numerusform>Importiert: %n neuer Eintrag</numerusform>
            <numerusform>Importiert: %n neue Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n auch von einer anderen Quelle gemeldet</numerusform>
            <numerusform>%n auch von einer anderen Quelle gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Schon in Ihrer Akte: nichts Neues in dieser Datei.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Nicht importiert: Diese Datei betrifft {file_patient}, nicht {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Nicht importiert.</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Übersprungen {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more part(s) skipped.</source>
        <translation>
            <numerusform>… und %n weiterer Teil übersprungen.</numerusform>
            <numerusform>… und %n weitere Teile übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Is this the same person?</source>
        <translation>Ist das dieselbe Person?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>{file} is about {file_patient}, but this profile is about {profile_patient}. Import it into this profile only if it is the same person, for example with the name written differently.</source>
        <translation>{file} betrifft {file_patient}, dieses Profil aber {profile_patient}. Importieren Sie die Datei nur dann in dieses Profil, wenn es dieselbe Person ist, zum Beispiel mit anders geschriebenem Namen.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>Die Datei wurde importiert.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Die Datei wurde nicht importiert.</translation>
    </message>
    <message>
        <source>All {total} files were imported.</source>
        <translation>Alle {total} Dateien wurden importiert.</translation>
    </message>
    <message>
        <source>Files imported: {imported} of {total}.</source>
        <translation>Importierte Dateien: {imported} von {total}.</translation>
    </message>
    <message numerus="yes">
        <source>You cancelled: %n file(s) were not imported. The others are in your record.</source>
        <translation>
            <numerusform>Sie haben abgebrochen: %n Datei wurde nicht importiert. Die anderen sind in Ihrer Akte.</numerusform>
            <numerusform>Sie haben abgebrochen: %n Dateien wurden nicht importiert. Die anderen sind in Ihrer Akte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>%n Datei wird importiert</numerusform>
            <numerusform>%n Dateien werden importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Wird nach der aktuellen Datei angehalten …</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>{file} wird importiert ({number} von {total}) …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} wurde nicht importiert: {reason}</translation>
    </message>
    <message>
        <source>this file is about {file_patient}, but this profile is about {profile_patient}. Nothing was imported. If it is the same person, import it again and confirm.</source>
        <translation>diese Datei betrifft {file_patient}, dieses Profil aber {profile_patient}. Es wurde nichts importiert. Wenn es dieselbe Person ist, importieren Sie die Datei erneut und bestätigen Sie.</translation>
    </message>
    <message>
        <source>{name} (born {birth_date})</source>
        <translation>{name} (geboren {birth_date})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB, the most ecan-desktop accepts.</source>
        <translation>die Datei ist größer als {limit} MB, das Höchste, was ecan-desktop annimmt.</translation>
    </message>
    <message>
        <source>it is a PDF document, not a FHIR summary. Ask your centre for the summary as a FHIR file (JSON or XML).</source>
        <translation>es ist ein PDF-Dokument, keine FHIR-Zusammenfassung. Bitten Sie Ihr Zentrum um die Zusammenfassung als FHIR-Datei (JSON oder XML).</translation>
    </message>
    <message>
        <source>it is a ZIP archive. Unpack it first, then import the FHIR files inside.</source>
        <translation>es ist ein ZIP-Archiv. Entpacken Sie es zuerst und importieren Sie dann die FHIR-Dateien darin.</translation>
    </message>
    <message>
        <source>it is not a text file, so it cannot be a FHIR summary. Check that you chose the right file.</source>
        <translation>es ist keine Textdatei und kann daher keine FHIR-Zusammenfassung sein. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8, which FHIR files must be. Ask your centre for a new copy.</source>
        <translation>der Text ist kein gültiges UTF-8, was FHIR-Dateien sein müssen. Bitten Sie Ihr Zentrum um eine neue Kopie.</translation>
    </message>
    <message>
        <source>it is a web page (HTML), perhaps an error page saved by the browser, not a FHIR summary. Download the summary again.</source>
        <translation>es ist eine Webseite (HTML), vielleicht eine vom Browser gespeicherte Fehlerseite, keine FHIR-Zusammenfassung. Laden Sie die Zusammenfassung erneut herunter.</translation>
    </message>
    <message>
        <source>it is a CDA document (HL7 version 3 XML), which this version of ecan-desktop cannot read yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>es ist ein CDA-Dokument (HL7-Version-3-XML), das diese Version von ecan-desktop noch nicht lesen kann. Bitten Sie Ihr Zentrum um die Zusammenfassung als FHIR-Datei.</translation>
    </message>
    <message>
        <source>it is an XML file, but not FHIR XML. Check that you chose the right file.</source>
        <translation>es ist eine XML-Datei, aber kein FHIR-XML. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>the file is damaged: its XML is not well formed (line {line}).</source>
        <translation>die Datei ist beschädigt: Ihr XML ist nicht wohlgeformt (Zeile {line}).</translation>
    </message>
    <message>
        <source>it declares XML entities or a DTD, which FHIR files never need. For your safety it was not read; ask your centre for a new copy.</source>
        <translation>sie deklariert XML-Entitäten oder eine DTD, die FHIR-Dateien nie brauchen. Zu Ihrer Sicherheit wurde sie nicht gelesen; bitten Sie Ihr Zentrum um eine neue Kopie.</translation>
    </message>
    <message>
        <source>it is a SMART Health Link (a link to a summary kept elsewhere), which this version of ecan-desktop cannot open yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>es ist ein SMART Health Link (ein Link zu einer anderswo gespeicherten Zusammenfassung), den diese Version von ecan-desktop noch nicht öffnen kann. Bitten Sie Ihr Zentrum um die Zusammenfassung als FHIR-Datei.</translation>
    </message>
    <message>
        <source>it is part of a SMART Health Link (its address, key or list of files), not the summary itself. This version of ecan-desktop cannot open SMART Health Links yet; ask your centre for the summary as a FHIR file.</source>
        <translation>es ist ein Teil eines SMART Health Link (Adresse, Schlüssel oder Dateiliste), nicht die Zusammenfassung selbst. Diese Version von ecan-desktop kann SMART Health Links noch nicht öffnen; bitten Sie Ihr Zentrum um die Zusammenfassung als FHIR-Datei.</translation>
    </message>
    <message>
        <source>it is encrypted (a SMART Health Link&apos;s content) and can only be read with the key of its link. Ask your centre for the summary as a FHIR file.</source>
        <translation>sie ist verschlüsselt (Inhalt eines SMART Health Link) und nur mit dem Schlüssel ihres Links lesbar. Bitten Sie Ihr Zentrum um die Zusammenfassung als FHIR-Datei.</translation>
    </message>
    <message>
        <source>it is a SMART Health Card (a signed card, such as a vaccination certificate), which this version of ecan-desktop cannot read yet.</source>
        <translation>es ist eine SMART Health Card (eine signierte Karte, etwa ein Impfnachweis), die diese Version von ecan-desktop noch nicht lesen kann.</translation>
    </message>
    <message>
        <source>a part of the XML was read as well as possible: {detail}</source>
        <translation>ein Teil des XML wurde so gut wie möglich gelesen: {detail}</translation>
    </message>
    <message>
        <source>the file is damaged: its JSON is not valid (line {line}, column {column}: {detail}).</source>
        <translation>die Datei ist beschädigt: Ihr JSON ist ungültig (Zeile {line}, Spalte {column}: {detail}).</translation>
    </message>
    <message>
        <source>it is not a FHIR resource (it has no resourceType). Check that you chose the right file.</source>
        <translation>es ist keine FHIR-Ressource (es fehlt resourceType). Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>the bundle contains no usable resources.</source>
        <translation>das Bundle enthält keine verwendbaren Ressourcen.</translation>
    </message>
    <message>
        <source>its structure is nested too deeply to be a real FHIR summary.</source>
        <translation>seine Struktur ist zu tief verschachtelt für eine echte FHIR-Zusammenfassung.</translation>
    </message>
    <message>
        <source>the file could not be read ({detail}). Check that it exists and that you may open it.</source>
        <translation>die Datei konnte nicht gelesen werden ({detail}). Prüfen Sie, ob sie existiert und ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>a line that is not valid JSON was skipped</source>
        <translation>eine Zeile, die kein gültiges JSON ist, wurde übersprungen</translation>
    </message>
    <message>
        <source>an empty entry (null) was skipped</source>
        <translation>ein leerer Eintrag (null) wurde übersprungen</translation>
    </message>
    <message>
        <source>an entry that is not an object was skipped</source>
        <translation>ein Eintrag, der kein Objekt ist, wurde übersprungen</translation>
    </message>
    <message>
        <source>an entry without a resource was skipped</source>
        <translation>ein Eintrag ohne Ressource wurde übersprungen</translation>
    </message>
    <message>
        <source>a resource without a resourceType was skipped</source>
        <translation>eine Ressource ohne resourceType wurde übersprungen</translation>
    </message>
    <message>
        <source>a resource without an id or usable fullUrl was given the id {id}</source>
        <translation>eine Ressource ohne id oder verwendbare fullUrl hat die id {id} bekommen</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <source>{language} (partly in English)</source>
        <translation>{language} (teilweise auf Englisch)</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Too short: use at least {minimum} characters.</source>
        <translation>Zu kurz: Verwenden Sie mindestens {minimum} Zeichen.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a word or two.</source>
        <translation>Schwach: leicht zu erraten. Fügen Sie ein, zwei Wörter hinzu.</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it much harder to guess.</source>
        <translation>Mittel: ein, zwei Wörter mehr machen es viel schwerer zu erraten.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Gut: schwer zu erraten.</translation>
    </message>
    <message>
        <source>Strong: very hard to guess.</source>
        <translation>Stark: sehr schwer zu erraten.</translation>
    </message>
    <message>
        <source>A few words you can remember work well.</source>
        <translation>Ein paar Wörter, die Sie sich merken können, eignen sich gut.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke des Passworts</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe ein.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Neues Passwort, Wiederholung</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>NewProfilePage</name>
    <message>
        <source>Creating the profile and its keys… This takes a few seconds.</source>
        <translation>Profil und Schlüssel werden angelegt … Das dauert ein paar Sekunden.</translation>
    </message>
    <message>
        <source>Creating the profile</source>
        <translation>Profil wird angelegt</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history on this computer, locked with a passphrase that only you know.</source>
        <translation>Ein Profil bewahrt die Krebsgeschichte einer Person auf diesem Computer auf, gesperrt mit einem Passwort, das nur Sie kennen.</translation>
    </message>
    <message>
        <source>&amp;Name of the profile</source>
        <translation>&amp;Name des Profils</translation>
    </message>
    <message>
        <source>Shown on the start screen, e.g. your first name or “Mum”.</source>
        <translation>Wird auf dem Startbildschirm angezeigt, z. B. Ihr Vorname oder „Mama“.</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>Name des Profils</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;full name</source>
        <translation>&amp;Vollständiger Name der Person</translation>
    </message>
    <message>
        <source>As it is written on hospital papers. Used to check imported files.</source>
        <translation>So, wie er auf den Krankenhauspapieren steht. Dient zur Prüfung importierter Dateien.</translation>
    </message>
    <message>
        <source>Patient&apos;s full name</source>
        <translation>Vollständiger Name der Person</translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth</source>
        <translation>Geburtsdatum der Person</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation>Passwort auf diesem Computer merken</translation>
    </message>
    <message>
        <source>The profile then opens without the passphrase for anyone who uses your account on this computer. Leave it off on a shared computer.</source>
        <translation>Das Profil öffnet sich dann ohne Passwort für alle, die Ihr Benutzerkonto auf diesem Computer verwenden. Auf einem gemeinsam genutzten Computer ausgeschaltet lassen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Profil anlegen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Conditions (diagnoses)</source>
        <translation>Erkrankungen (Diagnosen)</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Verabreichte Medikamente</translation>
    </message>
    <message>
        <source>Medicines prescribed or taken</source>
        <translation>Verordnete oder eingenommene Medikamente</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Untersuchungsergebnisse</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Eingriffe</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Impfungen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Weitere Einträge</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Quelle ohne Namen</translation>
    </message>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Importiert am {date} aus {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Importiert am {date}</translation>
    </message>
    <message>
        <source>What is in your record</source>
        <translation>Was in Ihrer Akte steht</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Woher es stammt</translation>
    </message>
    <message>
        <source>The centres whose summaries you imported.</source>
        <translation>Die Zentren, deren Zusammenfassungen Sie importiert haben.</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Ihre Akte ist leer</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Choose Import to add a summary from your centre.</source>
        <translation>In dieses Profil wurde noch nichts importiert. Wählen Sie „Importieren“, um eine Zusammenfassung Ihres Zentrums hinzuzufügen.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n Eintrag insgesamt</numerusform>
            <numerusform>%n Einträge insgesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n Jahr alt</numerusform>
            <numerusform>%n Jahre alt</numerusform>
        </translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geboren am {date}</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>Geburtsdatum nicht erfasst</translation>
    </message>
    <message>
        <source>profile “{label}”</source>
        <translation>Profil „{label}“</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Name nicht erfasst</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Never opened</source>
        <translation>Noch nie geöffnet</translation>
    </message>
    <message>
        <source>Last opened {date}</source>
        <translation>Zuletzt geöffnet am {date}</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Open it to check it.</source>
        <translation>Die Sicherung wurde als Profil „{label}“ wiederhergestellt. Öffnen Sie es, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Profile “{label}” and everything in it were deleted.</source>
        <translation>Das Profil „{label}“ und alles darin wurden gelöscht.</translation>
    </message>
    <message>
        <source>The demo profile is ready. Its passphrase is “{passphrase}”: choose Open to see the record.</source>
        <translation>Das Demo-Profil ist fertig. Sein Passwort lautet „{passphrase}“: Wählen Sie „Öffnen“, um die Akte zu sehen.</translation>
    </message>
    <message>
        <source>Your cancer history, encrypted and kept on this computer.</source>
        <translation>Ihre Krebsgeschichte, verschlüsselt und auf diesem Computer aufbewahrt.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Choose whose record to open.</source>
        <translation>Wählen Sie, wessen Akte Sie öffnen möchten.</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Profile auf diesem Computer</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Noch keine Profile</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history, locked with a passphrase, on this computer only.</source>
        <translation>Ein Profil bewahrt die Krebsgeschichte einer Person auf, gesperrt mit einem Passwort, nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected profile (Enter)</source>
        <translation>Ausgewähltes Profil öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil …</translation>
    </message>
    <message>
        <source>Create a profile for another person (Ctrl+N)</source>
        <translation>Ein Profil für eine weitere Person anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>Profil anlegen …</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Make a profile from a backup file (.ecanbackup)</source>
        <translation>Ein Profil aus einer Sicherungsdatei (.ecanbackup) erstellen</translation>
    </message>
    <message>
        <source>You can also drop a backup file (.ecanbackup) on this window to restore it.</source>
        <translation>Sie können eine Sicherungsdatei (.ecanbackup) auch auf dieses Fenster ziehen, um sie wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Druckauftrag</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Einstellungen zum Druckauftrag</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>Zum &amp;Drucken vorgesehen:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>&amp;Rechnungsinformation:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>&amp;Priorität des Druckauftrags:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Kopfseiten</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Sofort ausdrucken</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Unbegrenzt vorhalten</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Tagsüber (06:00 bis 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Nachts (18:00 bis 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Zweite Schicht (16:00 bis 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Dritte Schicht (00:00 bis 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Wochenende (Samstag bis Sonntag)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Zu festgelegter Zeit</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Übergeordneter Ordner</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Neuen Ordner erstellen</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listenansicht</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detailansicht</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Neuer Ordner</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Versteckte Dateien anzeigen</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Versteckte Dateien anzeigen</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 existiert bereits.
Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Möchten Sie „%1“ wirklich löschen?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Geändert am</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Papierquelle:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Umgekehrtes Querformat</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Umgekehrtes Hochformat</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Ränder</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>Oberer Rand</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>Linker Rand</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>Rechter Rand</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>Unterer Rand</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Seitenaufbau</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Reihenf&amp;olge der Seiten:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Seiten &amp;pro Blatt:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeter (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Zoll (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Punkte (pt)</translation>
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
        <translation>Benutzerdefiniert</translation>
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
        <translation>Executive (7,5 x 10 Zoll)</translation>
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
        <translation>Umschlag C5</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Umschlag US 10</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Umschlag DL</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translation>Folio (8,27 x 13 Zoll)</translation>
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
        <translation>A4 Klein</translation>
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
        <translation>Letter Klein</translation>
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
        <translation>%1 x %2 Zoll</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>Executive (7,25 x 10,5 Zoll)</translation>
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
        <translation>Postkarte</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Doppelpostkarte</translation>
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
        <translation>PRC 32K Groß</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Endlosdruckpapier US (14,875 x 11 Zoll)</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Endlosdruckpapier Deutsch (8,5 x 12 Zoll)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Endlosdruckpapier Deutsch Legal (8,5 x 13 Zoll)</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Umschlag B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Umschlag B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Umschlag B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Umschlag C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Umschlag C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Umschlag C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Umschlag C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Umschlag C4</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Umschlag C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Umschlag C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Umschlag C7</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Umschlag US 9</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Umschlag US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Umschlag US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Umschlag US 14</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Umschlag Monarch</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Umschlag Personal</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Umschlag Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Umschlag Chou 4</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Umschlag Einladung</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Umschlag Italienisch</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Umschlag Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Umschlag Kaku 3</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Umschlag PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Umschlag PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Umschlag PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Umschlag PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Umschlag PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Umschlag PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Umschlag PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Umschlag PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Umschlag PRC 9</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Umschlag PRC 10</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Einstellungen &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Einstellungen &lt;&lt; </translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In PDF-Datei drucken</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF-Datei schreiben</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In Datei drucken ...</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Ungerade Seiten</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Gerade Seiten</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Von links nach rechts, von oben nach unten</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Von links nach rechts, von unten nach oben</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Von rechts nach links, von unten nach oben</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Von rechts nach links, von oben nach unten</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Von unten nach oben, von links nach rechts</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Von unten nach oben, von rechts nach links</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Von oben nach unten, von links nach rechts</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Von oben nach unten, von rechts nach links</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Ungültige Seitendefinition</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 entspricht nicht der richtigen Schreibweise. Bitte benutzen Sie &apos;,&apos; um Bereiche und Seitennummern voneinander abzugrenzen, &apos;-&apos; um Bereiche festzulegen, und stellen Sie sicher, dass sich die Bereiche nicht überschneiden.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Widersprüchliche Duplexeinstellungen</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Die Duplexeinstellungen sind widersprüchlich. Möchten Sie diese korrigieren?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 ist ein Verzeichnis.
Bitte wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Die Datei %1 ist schreibgeschützt.
Bitte wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Die Datei %1 existiert bereits.
Soll sie überschrieben werden?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Die Einstellungen &quot;Seiten pro Blatt&quot; und &quot;Seiten-Satz&quot; können nicht zusammen verwendet werden.
Bitte deaktivieren Sie eine der beiden.</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Druckereigenschaften</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Einstellungen zum Druckauftrag</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Einige Einstellungen sind widersprüchlich. Bitte korrigieren Sie diese.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <translation>Bereich drucken</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Alles drucken</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Seiten von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Geben Sie die Seiten oder Bereiche durch Kommata getrennt ein. Bereiche werden durch zwei durch einen Bindestrich getrennte Zahlen festgelegt. Beispiel: 3,5-7,9 druckt die Seiten 3, 5, 6, 7 und 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Aktuelle Seite</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Seiten-&amp;Satz:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Ausgabeeinstellungen</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Anzahl Exemplare:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Sortieren</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Umgekehrt</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Anzahl Exemplare</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Farbmodus</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Beidseitiger Druck</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Lange Seite</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Kurze Seite</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Ausgabe&amp;datei:</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>stated by the source</source>
        <translation>von der Quelle angegeben</translation>
    </message>
    <message>
        <source>summed from {count} administrations</source>
        <translation>summiert aus {count} Gaben</translation>
    </message>
    <message>
        <source>summed from {count} administrations, per m² of body surface area</source>
        <translation>summiert aus {count} Gaben, pro m² Körperoberfläche</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Krankheitsstatus</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Strahlentherapie</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Stammzelltransplantation</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Medizinprodukt</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Impfung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Primary cancer</source>
        <translation>Primärtumor</translation>
    </message>
    <message>
        <source>Secondary (metastatic) cancer</source>
        <translation>Sekundärer Krebs (Metastasen)</translation>
    </message>
    <message>
        <source>malignant</source>
        <translation>bösartig</translation>
    </message>
    <message>
        <source>metastatic</source>
        <translation>metastasiert</translation>
    </message>
    <message>
        <source>in situ</source>
        <translation>in situ</translation>
    </message>
    <message>
        <source>uncertain behaviour</source>
        <translation>ungewisses Verhalten</translation>
    </message>
    <message>
        <source>behaviour not stated</source>
        <translation>Verhalten nicht angegeben</translation>
    </message>
    <message>
        <source>ECOG performance status</source>
        <translation>ECOG-Leistungsstatus</translation>
    </message>
    <message>
        <source>Karnofsky performance status</source>
        <translation>Karnofsky-Index</translation>
    </message>
    <message>
        <source>Lansky play-performance scale</source>
        <translation>Lansky-Spielleistungsskala</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent dose ({table})</source>
        <translation>Anthrazykline als Doxorubicin-Äquivalenzdosis ({table})</translation>
    </message>
    <message>
        <source>{agent}: not converted, {table} gives no factor for it</source>
        <translation>{agent}: nicht umgerechnet, {table} gibt dafür keinen Faktor an</translation>
    </message>
    <message>
        <source>Reported by {sources}</source>
        <translation>Gemeldet von {sources}</translation>
    </message>
</context>
<context>
    <name>RecordFrame</name>
    <message>
        <source>Your new passphrase is saved. Use it from now on.</source>
        <translation>Ihr neues Passwort ist gespeichert. Verwenden Sie ab jetzt dieses.</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Lock this one to open it.</source>
        <translation>Die Sicherung wurde als Profil „{label}“ wiederhergestellt. Sperren Sie dieses Profil, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Diesen Import rückgängig machen?</translation>
    </message>
    <message>
        <source>Everything that came from {source} in this import is removed from your record, and what it changed goes back to how it was before. The file itself is not touched; you can import it again later.</source>
        <translation>Alles, was mit diesem Import von {source} kam, wird aus Ihrer Akte entfernt, und was er geändert hat, wird wie vorher. Die Datei selbst bleibt unberührt; Sie können sie später erneut importieren.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Import undone: {removed} removed, {restored} put back as before.</source>
        <translation>Import rückgängig gemacht: {removed} entfernt, {restored} wie vorher wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n item(s) removed.</source>
        <translation>
            <numerusform>Import rückgängig gemacht: %n Eintrag entfernt.</numerusform>
            <numerusform>Import rückgängig gemacht: %n Einträge entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Das Passwort ist geändert.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import summaries from your centres (Ctrl+I)</source>
        <translation>Zusammenfassungen Ihrer Zentren importieren (Strg+I)</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>Zusammenfassung exportieren…</translation>
    </message>
    <message>
        <source>Save or print the summary for a doctor abroad (Ctrl+E)</source>
        <translation>Die Zusammenfassung für einen Arzt im Ausland speichern oder drucken (Strg+E)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Hide the record and forget the key (Ctrl+L)</source>
        <translation>Akte ausblenden und Schlüssel vergessen (Strg+L)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation>Teile der Akte</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use</source>
        <translation>
            <numerusform>Sperrt nach %n Minute ohne Nutzung</numerusform>
            <numerusform>Sperrt nach %n Minuten ohne Nutzung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>The profile is created, but this computer could not remember its passphrase. {reason}</source>
        <translation>Das Profil ist angelegt, aber dieser Computer konnte sich das Passwort nicht merken. {reason}</translation>
    </message>
    <message>
        <source>Recovery code for profile “{label}”</source>
        <translation>Wiederherstellungscode für das Profil „{label}“</translation>
    </message>
    <message>
        <source>Made on {date} by ecan-desktop.</source>
        <translation>Erstellt am {date} mit ecan-desktop.</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep this paper somewhere safe, away from the computer.</source>
        <translation>Wenn Sie das Passwort dieses Profils vergessen, ist dieser Code der einzige Weg, es zu öffnen. Bewahren Sie dieses Blatt an einem sicheren Ort auf, nicht beim Computer.</translation>
    </message>
    <message>
        <source>recovery code {label}.txt</source>
        <translation>Wiederherstellungscode {label}.txt</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep a copy somewhere safe, away from the computer.</source>
        <translation>Wenn Sie das Passwort dieses Profils vergessen, ist dieser Code der einzige Weg, es zu öffnen. Bewahren Sie eine Kopie an einem sicheren Ort auf, nicht beim Computer.</translation>
    </message>
    <message>
        <source>The file could not be saved ({detail}). Choose another place.</source>
        <translation>Die Datei konnte nicht gespeichert werden ({detail}). Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation>Der Wiederherstellungscode wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>The recovery code was saved in {path}.</source>
        <translation>Der Wiederherstellungscode wurde in {path} gespeichert.</translation>
    </message>
    <message>
        <source>That is not what your copy of the code says. Look at it again, or go back to see the code.</source>
        <translation>Das entspricht nicht Ihrer Kopie des Codes. Sehen Sie noch einmal nach oder gehen Sie zurück zum Code.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way into the record: nobody else can open it for you. It is shown only now.</source>
        <translation>Wenn Sie Ihr Passwort einmal vergessen, ist dieser Code der einzige Weg zur Akte: Niemand sonst kann sie für Sie öffnen. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Print it or save it, and keep it somewhere safe, not only on this computer.</source>
        <translation>Drucken oder speichern Sie ihn und bewahren Sie ihn sicher auf, nicht nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the code to a file (on a USB stick, for example) and print it later, or copy it onto paper.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet: Speichern Sie den Code in einer Datei (zum Beispiel auf einem USB-Stick) und drucken Sie ihn später, oder schreiben Sie ihn auf Papier ab.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>In Datei speichern …</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Ich habe ihn aufbewahrt</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Ihre Kopie prüfen</translation>
    </message>
    <message>
        <source>To make sure you can use the code later, type group {first} and group {second} of it, from your copy.</source>
        <translation>Damit Sie den Code später sicher verwenden können, geben Sie Gruppe {first} und Gruppe {second} aus Ihrer Kopie ein.</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>Gruppe {number}</translation>
    </message>
    <message>
        <source>‹ Show the code again</source>
        <translation>‹ Code noch einmal anzeigen</translation>
    </message>
    <message>
        <source>Check and open the profile</source>
        <translation>Prüfen und Profil öffnen</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockPage</name>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation>Wird entsperrt und das neue Passwort gesetzt …</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Geben Sie zuerst Ihren Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>‹ Back to the passphrase</source>
        <translation>‹ Zurück zum Passwort</translation>
    </message>
    <message>
        <source>Unlock “{label}” with the recovery code</source>
        <translation>„{label}“ mit dem Wiederherstellungscode entsperren</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or saved when you created this profile, then choose a new passphrase. The old passphrase will stop working.</source>
        <translation>Geben Sie den Wiederherstellungscode ein, den Sie beim Anlegen dieses Profils gedruckt oder gespeichert haben, und wählen Sie dann ein neues Passwort. Das alte Passwort funktioniert danach nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Unlock and save the new passphrase</source>
        <translation>Entsperren und neues Passwort speichern</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>Sicherung wird wiederhergestellt und geprüft …</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Type the recovery code of the backup first.</source>
        <translation>Geben Sie zuerst den Wiederherstellungscode der Sicherung ein.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup first.</source>
        <translation>Geben Sie zuerst das Passwort der Sicherung ein.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore “{file}”</source>
        <translation>„{file}“ wiederherstellen</translation>
    </message>
    <message>
        <source>The backup becomes a new profile on this computer; nothing you have now is replaced. Unlock it as it was when the backup was made.</source>
        <translation>Die Sicherung wird zu einem neuen Profil auf diesem Computer; nichts Vorhandenes wird ersetzt. Entsperren Sie sie so, wie es beim Anlegen der Sicherung war.</translation>
    </message>
    <message>
        <source>I know the passphrase of the backup</source>
        <translation>Ich kenne das Passwort der Sicherung</translation>
    </message>
    <message>
        <source>I have its recovery code (then choose a new passphrase)</source>
        <translation>Ich habe ihren Wiederherstellungscode (dann ein neues Passwort wählen)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passwort der Sicherung</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This computer now remembers this profile.</source>
        <translation>Dieser Computer merkt sich dieses Profil jetzt.</translation>
    </message>
    <message>
        <source>This computer no longer remembers this profile.</source>
        <translation>Dieser Computer merkt sich dieses Profil nicht mehr.</translation>
    </message>
    <message>
        <source>Backup saved in {path}.</source>
        <translation>Sicherung gespeichert in {path}.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Sicherung wird erstellt …</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Sicherung wird erstellt</translation>
    </message>
    <message>
        <source>Not offered on a shared computer (kiosk mode).</source>
        <translation>Auf einem gemeinsam genutzten Computer (Kioskmodus) nicht verfügbar.</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use, so it cannot remember the passphrase. You unlock with your passphrase.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher, den ecan-desktop nutzen kann, daher kann er sich das Passwort nicht merken. Sie entsperren mit Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Opens this profile without the passphrase for anyone using your account on this computer. Leave it off on a shared computer.</source>
        <translation>Öffnet dieses Profil ohne Passwort für alle, die Ihr Benutzerkonto auf diesem Computer verwenden. Auf einem gemeinsam genutzten Computer ausgeschaltet lassen.</translation>
    </message>
    <message>
        <source>No backup yet. A backup is one encrypted file: keep it on a USB stick or another disk to restore the record on any computer.</source>
        <translation>Noch keine Sicherung. Eine Sicherung ist eine verschlüsselte Datei: Bewahren Sie sie auf einem USB-Stick oder einem anderen Datenträger auf, um die Akte auf jedem Computer wiederherzustellen.</translation>
    </message>
    <message>
        <source>Last backup {date}: {path}</source>
        <translation>Letzte Sicherung am {date}: {path}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>For everything in the app. Applies at once.</source>
        <translation>Für die ganze App. Gilt sofort.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Wie der Computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Everything grows with the text.</source>
        <translation>Alles wächst mit dem Text.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Automatisch sperren</translation>
    </message>
    <message>
        <source>After this long without use, the record locks and needs the passphrase.</source>
        <translation>Nach so langer Zeit ohne Nutzung wird die Akte gesperrt und braucht das Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s)</source>
        <translation>
            <numerusform>nach %n Minute</numerusform>
            <numerusform>nach %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this profile.</source>
        <translation>Wählen Sie ein neues Passwort für dieses Profil.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passwort ändern …</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Back up this profile</source>
        <translation>Dieses Profil sichern</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Jetzt sichern …</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Adds the profile in a backup file to this computer, next to this one.</source>
        <translation>Fügt das Profil aus einer Sicherungsdatei auf diesem Computer hinzu, neben diesem.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete profile “{label}”</source>
        <translation>Profil „{label}“ löschen</translation>
    </message>
    <message>
        <source>Erases this profile and everything in it from this computer.</source>
        <translation>Löscht dieses Profil mit allem Inhalt von diesem Computer.</translation>
    </message>
    <message>
        <source>Delete profile…</source>
        <translation>Profil löschen …</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Importiert am {date} aus {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Importiert am {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n neuer Eintrag</numerusform>
            <numerusform>%n neue Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n auch von einer anderen Quelle gemeldet</numerusform>
            <numerusform>%n auch von einer anderen Quelle gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Diesen Import rückgängig machen …</translation>
    </message>
    <message>
        <source>Undo the import from {source}</source>
        <translation>Import von {source} rückgängig machen</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Unnamed source</source>
        <translation>Quelle ohne Namen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s). Each one can be undone: what it brought is removed, what it changed goes back to how it was.</source>
        <translation>
            <numerusform>%n Import. Jeder lässt sich rückgängig machen: Was er brachte, wird entfernt, was er änderte, wird wie vorher.</numerusform>
            <numerusform>%n Importe. Jeder lässt sich rückgängig machen: Was er brachte, wird entfernt, was er änderte, wird wie vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Noch keine Importe</translation>
    </message>
    <message>
        <source>Import a summary from your centre (a FHIR file) to fill your record.</source>
        <translation>Importieren Sie eine Zusammenfassung Ihres Zentrums (eine FHIR-Datei), um Ihre Akte zu füllen.</translation>
    </message>
    <message>
        <source>Import a summary…</source>
        <translation>Zusammenfassung importieren …</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>“{code}” is not a language the summary can be printed in. Choose one or two of: {available}.</source>
        <translation>„{code}“ ist keine Sprache, in der die Zusammenfassung gedruckt werden kann. Wählen Sie eine oder zwei davon: {available}.</translation>
    </message>
    <message>
        <source>The summary cannot be printed in {name} yet. Choose one or two of: {available}.</source>
        <translation>Die Zusammenfassung kann noch nicht auf {name} gedruckt werden. Wählen Sie eine oder zwei davon: {available}.</translation>
    </message>
    <message>
        <source>A summary is printed in one language or two (the doctor&apos;s, then the patient&apos;s), not {count}.</source>
        <translation>Eine Zusammenfassung wird in einer oder zwei Sprachen gedruckt (der des Arztes, dann der der Patientin oder des Patienten), nicht in {count}.</translation>
    </message>
    <message>
        <source>Making the summary was cancelled. Nothing was saved.</source>
        <translation>Das Erstellen der Zusammenfassung wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}). Check that the folder exists and that you may write there. Nothing else was changed.</source>
        <translation>Die Datei {path} konnte nicht geschrieben werden ({reason}). Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen. Sonst wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Type the passphrase of this profile first.</source>
        <translation>Geben Sie zuerst das Passwort dieses Profils ein.</translation>
    </message>
    <message>
        <source>‹ Back to profiles</source>
        <translation>‹ Zurück zu den Profilen</translation>
    </message>
    <message>
        <source>Back to the list of profiles (Esc)</source>
        <translation>Zurück zur Liste der Profile (Esc)</translation>
    </message>
    <message>
        <source>“{label}” is locked</source>
        <translation>„{label}“ ist gesperrt</translation>
    </message>
    <message>
        <source>Type your passphrase to continue where you were.</source>
        <translation>Geben Sie Ihr Passwort ein, um dort weiterzumachen, wo Sie waren.</translation>
    </message>
    <message>
        <source>Unlock “{label}”</source>
        <translation>„{label}“ entsperren</translation>
    </message>
    <message>
        <source>Type the passphrase you chose for this profile.</source>
        <translation>Geben Sie das Passwort ein, das Sie für dieses Profil gewählt haben.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>This is the demo profile. Its passphrase is “{passphrase}”.</source>
        <translation>Das ist das Demo-Profil. Sein Passwort lautet „{passphrase}“.</translation>
    </message>
    <message>
        <source>Unlocking… This takes a moment.</source>
        <translation>Wird entsperrt … Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Unlocking with the key this computer remembers…</source>
        <translation>Wird mit dem Schlüssel entsperrt, den sich dieser Computer gemerkt hat …</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Vergessen? Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Unlock with the recovery code you kept, then choose a new passphrase</source>
        <translation>Mit dem aufbewahrten Wiederherstellungscode entsperren und dann ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>UnlockWait</name>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Sie können es in %n Minute wieder versuchen.</numerusform>
            <numerusform>Zu viele Fehlversuche. Sie können es in %n Minuten wieder versuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Sie können es in %n Sekunde wieder versuchen.</numerusform>
            <numerusform>Zu viele Fehlversuche. Sie können es in %n Sekunden wieder versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>The passphrase is not right. Check that Caps Lock is off and try again, or unlock with your recovery code.</source>
        <translation>Das Passwort stimmt nicht. Prüfen Sie, ob die Feststelltaste aus ist, und versuchen Sie es noch einmal, oder entsperren Sie mit Ihrem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The recovery code is not right. It has 25 letters and digits in groups of five; check each group and try again.</source>
        <translation>Der Wiederherstellungscode stimmt nicht. Er hat 25 Buchstaben und Ziffern in Fünfergruppen; prüfen Sie jede Gruppe und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This does not look like a recovery code: it should have 25 letters and digits, like ABCDE-FGHJK-MNPQR-STVWX-YZ234. Type it again as it was printed.</source>
        <translation>Das sieht nicht wie ein Wiederherstellungscode aus: Er sollte 25 Buchstaben und Ziffern haben, etwa ABCDE-FGHJK-MNPQR-STVWX-YZ234. Geben Sie ihn noch einmal so ein, wie er gedruckt wurde.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least {minimum} characters; a few words you can remember work well.</source>
        <translation>Das Passwort ist zu kurz. Verwenden Sie mindestens {minimum} Zeichen; ein paar Wörter, die Sie sich merken können, eignen sich gut.</translation>
    </message>
    <message>
        <source>The record of profile “{label}” is damaged and cannot be opened ({detail}). Nothing has been changed. Restore it from your newest backup: {backup}</source>
        <translation>Die Akte des Profils „{label}“ ist beschädigt und kann nicht geöffnet werden ({detail}). Es wurde nichts geändert. Stellen Sie sie aus Ihrer neuesten Sicherung wieder her: {backup}</translation>
    </message>
    <message>
        <source>The key file of profile “{label}” is missing or damaged ({detail}), so the record cannot be unlocked. Nothing has been changed. Restore the profile from your newest backup: {backup}</source>
        <translation>Die Schlüsseldatei des Profils „{label}“ fehlt oder ist beschädigt ({detail}), daher kann die Akte nicht entsperrt werden. Es wurde nichts geändert. Stellen Sie das Profil aus Ihrer neuesten Sicherung wieder her: {backup}</translation>
    </message>
    <message>
        <source>Profile “{label}” was saved by a newer version of ecan-desktop (record format {found}; this version reads up to {supported}). Nothing has been changed. Update ecan-desktop to open it.</source>
        <translation>Das Profil „{label}“ wurde von einer neueren Version von ecan-desktop gespeichert (Aktenformat {found}; diese Version liest bis {supported}). Es wurde nichts geändert. Aktualisieren Sie ecan-desktop, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Profile “{label}” is already open in another ecan-desktop window (process {pid}). Close it there first, then try again.</source>
        <translation>Das Profil „{label}“ ist bereits in einem anderen ecan-desktop-Fenster geöffnet (Prozess {pid}). Schließen Sie es dort zuerst und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>There is no profile called “{label}”. Run “ecan-desktop profile list” to see your profiles.</source>
        <translation>Es gibt kein Profil namens „{label}“. Führen Sie „ecan-desktop profile list“ aus, um Ihre Profile zu sehen.</translation>
    </message>
    <message>
        <source>A profile called “{label}” already exists. Choose another name.</source>
        <translation>Ein Profil namens „{label}“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no import number {source_id} in this profile. Run “ecan-desktop sources” to see the imports and their numbers.</source>
        <translation>In diesem Profil gibt es keinen Import Nummer {source_id}. Führen Sie „ecan-desktop sources“ aus, um die Importe und ihre Nummern zu sehen.</translation>
    </message>
    <message>
        <source>A profile name needs 1 to {maximum} characters and cannot be only spaces.</source>
        <translation>Ein Profilname braucht 1 bis {maximum} Zeichen und darf nicht nur aus Leerzeichen bestehen.</translation>
    </message>
    <message>
        <source>ecan-desktop could not write to {path} ({detail}). Nothing has been changed. Check that the disk has free space and that you may write to that folder, then try again.</source>
        <translation>ecan-desktop konnte nicht nach {path} schreiben ({detail}). Es wurde nichts geändert. Prüfen Sie, ob auf dem Datenträger Platz frei ist und ob Sie in diesen Ordner schreiben dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use ({detail}), so it cannot remember your passphrase. You can still unlock with your passphrase.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher, den ecan-desktop nutzen kann ({detail}), daher kann er sich Ihr Passwort nicht merken. Sie können weiterhin mit Ihrem Passwort entsperren.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store is locked. Unlock it (or log in again), or type your passphrase instead.</source>
        <translation>Der Passwortspeicher Ihres Computers ist gesperrt. Entsperren Sie ihn (oder melden Sie sich erneut an), oder geben Sie stattdessen Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase of profile “{label}”. Type your passphrase; you can turn “remember on this computer” on again in Settings.</source>
        <translation>Dieser Computer merkt sich das Passwort des Profils „{label}“ nicht mehr. Geben Sie Ihr Passwort ein; Sie können „Auf diesem Computer merken“ in den Einstellungen wieder einschalten.</translation>
    </message>
    <message>
        <source>{path} is not an ecan-desktop backup, or it is damaged ({detail}). Nothing has been restored. Choose the backup file again.</source>
        <translation>{path} ist keine ecan-desktop-Sicherung oder ist beschädigt ({detail}). Es wurde nichts wiederhergestellt. Wählen Sie die Sicherungsdatei erneut.</translation>
    </message>
    <message>
        <source>no backup was found on this computer; if you keep one elsewhere, use “Restore from backup”</source>
        <translation>auf diesem Computer wurde keine Sicherung gefunden; wenn Sie eine anderswo aufbewahren, verwenden Sie „Aus Sicherung wiederherstellen“</translation>
    </message>
</context>
</TS>
