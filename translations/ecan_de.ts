<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AllergiesView</name>
    <message>
        <source>Alerts</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Allergien und Unverträglichkeiten</translation>
    </message>
    <message>
        <source>Implants and devices</source>
        <translation>Implantate und Medizinprodukte</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Substanz nicht angegeben</translation>
    </message>
    <message>
        <source>Not an allergy: a statement that none is known</source>
        <translation>Keine Allergie: die Angabe, dass keine bekannt ist</translation>
    </message>
    <message>
        <source>recorded {date}</source>
        <translation>erfasst: {date}</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>seit {date}</translation>
    </message>
    <message>
        <source>Reactions: {reactions}</source>
        <translation>Reaktionen: {reactions}</translation>
    </message>
    <message>
        <source>Reaction: {reaction}</source>
        <translation>Reaktion: {reaction}</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Medizinprodukt</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Implantierter Port</translation>
    </message>
    <message>
        <source>Alert from your centre</source>
        <translation>Warnhinweis Ihres Zentrums</translation>
    </message>
    <message>
        <source>Warning about a treatment</source>
        <translation>Warnung zu einer Behandlung</translation>
    </message>
    <message>
        <source>Open it to read what the source says.</source>
        <translation>Öffnen Sie den Eintrag, um zu lesen, was die Quelle dazu sagt.</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Allergien und Warnhinweise</translation>
    </message>
    <message>
        <source>What a doctor must know first: allergies, alerts from your centres, and implants such as a port.</source>
        <translation>Was jeder Arzt zuerst wissen muss: Allergien, Warnhinweise Ihrer Zentren und Implantate wie ein Port.</translation>
    </message>
    <message>
        <source>Search allergies, alerts and devices</source>
        <translation>Allergien, Warnhinweise und Medizinprodukte durchsuchen</translation>
    </message>
    <message>
        <source>No allergies, alerts or implants recorded yet.</source>
        <translation>Noch keine Allergien, Warnhinweise oder Implantate erfasst.</translation>
    </message>
    <message>
        <source>This does not mean you have none: tell every doctor about your allergies. Import a summary from your centre to see them here.</source>
        <translation>Das heißt nicht, dass Sie keine haben: Informieren Sie jeden Arzt über Ihre Allergien. Importieren Sie eine Zusammenfassung Ihres Zentrums, um sie hier zu sehen.</translation>
    </message>
</context>
<context>
    <name>AnthracyclineCard</name>
    <message>
        <source>{dose} {unit} doxorubicin-equivalent</source>
        <translation>{dose} {unit} Doxorubicin-Äquivalent</translation>
    </message>
    <message>
        <source>{dose} mg in total (not divided by body surface area)</source>
        <translation>insgesamt {dose} mg (nicht auf die Körperoberfläche bezogen)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Kumulative Dosis</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Doxorubicin-equivalent</source>
        <translation>Doxorubicin-Äquivalent</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Not counted in this total, because the conversion table gives no factor or the dose is not known in {unit}: {agents}.</source>
        <translation>Nicht in dieser Summe enthalten, weil die Umrechnungstabelle keinen Faktor angibt oder die Dosis in {unit} nicht bekannt ist: {agents}.</translation>
    </message>
    <message>
        <source>Converted with the table “{table}”, {version}.</source>
        <translation>Umgerechnet mit der Tabelle „{table}“, {version}.</translation>
    </message>
    <message>
        <source>At or above the high-dose threshold of {threshold} mg/m²</source>
        <translation>Hochdosis-Grenzwert von {threshold} mg/m² erreicht oder überschritten</translation>
    </message>
    <message>
        <source>This means a high risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Das bedeutet ein hohes Risiko für spätere Herzprobleme (Herzfunktionsstörung). Ihr Herz sollte vor jeder Behandlung, die es belasten kann, untersucht werden (Echokardiografie).</translation>
    </message>
    <message>
        <source>Below {threshold} mg/m², with radiotherapy near the heart</source>
        <translation>Unter {threshold} mg/m², mit Bestrahlung in Herznähe</translation>
    </message>
    <message>
        <source>Radiotherapy near the heart ({site}) adds to the risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Eine Bestrahlung in Herznähe ({site}) erhöht das Risiko für spätere Herzprobleme (Herzfunktionsstörung). Ihr Herz sollte vor jeder Behandlung, die es belasten kann, untersucht werden (Echokardiografie).</translation>
    </message>
    <message>
        <source>Cannot be compared with the threshold of {threshold} mg/m²</source>
        <translation>Kein Vergleich mit dem Grenzwert von {threshold} mg/m² möglich</translation>
    </message>
    <message>
        <source>Your body surface area is not in the record, so the total in mg cannot be compared with the high-dose threshold. The risk to the heart lasts for life.</source>
        <translation>Ihre Körperoberfläche ist nicht in der Akte erfasst, daher kann die Gesamtmenge in mg nicht mit dem Hochdosis-Grenzwert verglichen werden. Das Risiko für das Herz besteht lebenslang.</translation>
    </message>
    <message>
        <source>Below the high-dose threshold of {threshold} mg/m²</source>
        <translation>Unter dem Hochdosis-Grenzwert von {threshold} mg/m²</translation>
    </message>
    <message>
        <source>The risk to the heart lasts for life. Tell any doctor who plans more anthracyclines or radiotherapy to the chest about this total.</source>
        <translation>Das Risiko für das Herz besteht lebenslang. Nennen Sie diese Gesamtdosis jedem Arzt, der weitere Anthrazykline oder eine Bestrahlung des Brustkorbs plant.</translation>
    </message>
    <message>
        <source>Threshold from: {source}</source>
        <translation>Quelle des Grenzwerts: {source}</translation>
    </message>
</context>
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
    <name>ChartTableLink</name>
    <message>
        <source>Choose a result in the table to circle it in the chart, or click a point.</source>
        <translation>Wählen Sie ein Ergebnis in der Tabelle, um es im Diagramm einzukreisen, oder klicken Sie auf einen Punkt.</translation>
    </message>
    <message>
        <source>Circled in the chart: {result}</source>
        <translation>Im Diagramm eingekreist: {result}</translation>
    </message>
    <message>
        <source>Not in the chart: {result}</source>
        <translation>Nicht im Diagramm: {result}</translation>
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
    <message>
        <source>“{size}” is not a window size. Write it as 1280x800.</source>
        <translation>„{size}“ ist keine Fenstergröße. Geben Sie sie in der Form 1280x800 an.</translation>
    </message>
    <message>
        <source>“{view}” is not a view of the app. The views are: {views}.</source>
        <translation>„{view}“ ist keine Ansicht der App. Die Ansichten sind: {views}.</translation>
    </message>
    <message>
        <source>“{code}” is not a language of the app. Use a code such as de, ro or el.</source>
        <translation>„{code}“ ist keine Sprache der App. Verwenden Sie einen Code wie de, ro oder el.</translation>
    </message>
</context>
<context>
    <name>ConditionsView</name>
    <message>
        <source>Cancer diagnoses</source>
        <translation>Krebsdiagnosen</translation>
    </message>
    <message>
        <source>Other conditions now</source>
        <translation>Weitere aktuelle Erkrankungen</translation>
    </message>
    <message>
        <source>Resolved and past conditions</source>
        <translation>Abgeklungene und frühere Erkrankungen</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Krebsdiagnose</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stadium {stage}</translation>
    </message>
    <message>
        <source>side: {side}</source>
        <translation>Seite: {side}</translation>
    </message>
    <message>
        <source>diagnosed {date}</source>
        <translation>Diagnosedatum: {date}</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Your cancer diagnoses and every other health problem your centres recorded.</source>
        <translation>Ihre Krebsdiagnosen und alle anderen Gesundheitsprobleme, die Ihre Zentren erfasst haben.</translation>
    </message>
    <message>
        <source>Search conditions, codes and notes</source>
        <translation>Erkrankungen, Codes und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>No conditions recorded yet.</source>
        <translation>Noch keine Erkrankungen erfasst.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Importieren Sie eine Zusammenfassung Ihres Zentrums.</translation>
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
    <name>DocumentViewer</name>
    <message>
        <source>Opening the document…</source>
        <translation>Das Dokument wird geöffnet …</translation>
    </message>
    <message>
        <source>This document could not be opened: its data is missing or damaged in the summary your centre sent.</source>
        <translation>Dieses Dokument konnte nicht geöffnet werden: Seine Daten fehlen in der Zusammenfassung Ihres Zentrums oder sind dort beschädigt.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Eine Kopie wurde in {path} gespeichert.</translation>
    </message>
    <message>
        <source>This is the summary document your centre sent. What it holds is shown in the other parts of your record.</source>
        <translation>Dies ist das Zusammenfassungsdokument, das Ihr Zentrum gesendet hat. Sein Inhalt wird in den anderen Teilen Ihrer Akte angezeigt.</translation>
    </message>
    <message>
        <source>Its sections: {sections}.</source>
        <translation>Seine Abschnitte: {sections}.</translation>
    </message>
    <message>
        <source>This document has no file attached.</source>
        <translation>An dieses Dokument ist keine Datei angehängt.</translation>
    </message>
    <message>
        <source>The file is not in the summary: your centre keeps it at {url}. Ask your centre for a copy.</source>
        <translation>Die Datei ist nicht in der Zusammenfassung enthalten: Ihr Zentrum bewahrt sie unter {url} auf. Bitten Sie Ihr Zentrum um eine Kopie.</translation>
    </message>
    <message>
        <source>The file is not in the summary. Ask your centre for a copy.</source>
        <translation>Die Datei ist nicht in der Zusammenfassung enthalten. Bitten Sie Ihr Zentrum um eine Kopie.</translation>
    </message>
    <message>
        <source>This kind of file ({type}) cannot be shown here. Save a copy to open it with another program.</source>
        <translation>Diese Art von Datei ({type}) kann hier nicht angezeigt werden. Speichern Sie eine Kopie, um sie mit einem anderen Programm zu öffnen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern …</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Version of the document</source>
        <translation>Version des Dokuments</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Lab report (PDF)</source>
        <translation>Laborbefund (PDF)</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Laborbefund</translation>
    </message>
    <message>
        <source>Pathology report (PDF)</source>
        <translation>Pathologiebefund (PDF)</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Pathologiebefund</translation>
    </message>
    <message>
        <source>Scan or X-ray report (PDF)</source>
        <translation>Befund einer Bildgebung (PDF)</translation>
    </message>
    <message>
        <source>Scan or X-ray report</source>
        <translation>Befund einer Bildgebung</translation>
    </message>
    <message>
        <source>Test report (PDF)</source>
        <translation>Befundbericht (PDF)</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Befundbericht</translation>
    </message>
    <message>
        <source>Summary document</source>
        <translation>Zusammenfassungsdokument</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Link to a document</source>
        <translation>Link zu einem Dokument</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Letter or report (text)</source>
        <translation>Brief oder Bericht (Text)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>File {number}</source>
        <translation>Datei {number}</translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation>Dokument ohne Titel</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Letters, reports and files your centres sent with their summaries.</source>
        <translation>Briefe, Berichte und Dateien, die Ihre Zentren mit ihren Zusammenfassungen gesendet haben.</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Noch keine Dokumente</translation>
    </message>
    <message>
        <source>Letters, reports and other files come with the summaries your centres send. Import a summary to see them here.</source>
        <translation>Briefe, Berichte und andere Dateien kommen mit den Zusammenfassungen, die Ihre Zentren senden. Importieren Sie eine Zusammenfassung, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung importieren</translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <source>This is a backup</source>
        <translation>Das ist eine Sicherung</translation>
    </message>
    <message>
        <source>Backups are restored from Settings, not imported. Drop it to see how.</source>
        <translation>Sicherungen werden über die Einstellungen wiederhergestellt, nicht importiert. Legen Sie die Datei hier ab, um zu sehen, wie es geht.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n file(s)</source>
        <translation>
            <numerusform>Ablegen, um %n Datei zu importieren</numerusform>
            <numerusform>Ablegen, um %n Dateien zu importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>You will see what they bring before anything is added to your record.</source>
        <translation>Sie sehen, was die Dateien enthalten, bevor etwas zu Ihrer Akte hinzugefügt wird.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>Tiredness (fatigue)</source>
        <translation>Müdigkeit (Fatigue)</translation>
    </message>
    <message>
        <source>Feeling sick (nausea)</source>
        <translation>Übelkeit (Nausea)</translation>
    </message>
    <message>
        <source>Being sick (vomiting)</source>
        <translation>Erbrechen</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Durchfall</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Verstopfung</translation>
    </message>
    <message>
        <source>Numbness or tingling in hands or feet (neuropathy)</source>
        <translation>Taubheit oder Kribbeln in Händen oder Füßen (Neuropathie)</translation>
    </message>
    <message>
        <source>Sore mouth (mucositis)</source>
        <translation>Entzündete Mundschleimhaut (Mukositis)</translation>
    </message>
    <message>
        <source>Fever (high temperature)</source>
        <translation>Fieber (erhöhte Temperatur)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation>Haarausfall</translation>
    </message>
    <message>
        <source>Skin rash</source>
        <translation>Hautausschlag</translation>
    </message>
    <message>
        <source>Loss of appetite</source>
        <translation>Appetitlosigkeit</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Lebensbedrohlich</translation>
    </message>
    <message>
        <source>You did not have it.</source>
        <translation>Es ist bei Ihnen nicht aufgetreten.</translation>
    </message>
    <message>
        <source>You noticed it, but you could do your usual things.</source>
        <translation>Sie haben es bemerkt, konnten aber Ihren gewohnten Alltag bewältigen.</translation>
    </message>
    <message>
        <source>It got in the way of everyday things like cooking, shopping or work.</source>
        <translation>Es hat Sie bei alltäglichen Dingen wie Kochen, Einkaufen oder Arbeit eingeschränkt.</translation>
    </message>
    <message>
        <source>You could not wash, dress or eat without help, or you went to hospital.</source>
        <translation>Sie konnten sich nicht ohne Hilfe waschen, anziehen oder essen, oder Sie mussten ins Krankenhaus.</translation>
    </message>
    <message>
        <source>You needed urgent treatment straight away.</source>
        <translation>Sie brauchten sofort eine dringende Behandlung.</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>Geben Sie den Namen des Medikaments ein.</translation>
    </message>
    <message>
        <source>Choose a symptom or side effect from the list, or choose “Something else”.</source>
        <translation>Wählen Sie ein Symptom oder eine Nebenwirkung aus der Liste oder wählen Sie „Etwas anderes“.</translation>
    </message>
    <message>
        <source>Describe the symptom or side effect in a few words.</source>
        <translation>Beschreiben Sie das Symptom oder die Nebenwirkung in wenigen Worten.</translation>
    </message>
    <message>
        <source>Choose how bad it was, from 0 (none) to 4 (life-threatening).</source>
        <translation>Wählen Sie, wie stark es war, von 0 (keine) bis 4 (lebensbedrohlich).</translation>
    </message>
    <message>
        <source>Write your note before you save it.</source>
        <translation>Schreiben Sie Ihre Notiz, bevor Sie sie speichern.</translation>
    </message>
    <message>
        <source>Choose a date that is today or earlier.</source>
        <translation>Wählen Sie das heutige oder ein früheres Datum.</translation>
    </message>
    <message>
        <source>The date you stopped must be the same as or after the date you started.</source>
        <translation>Das Datum, an dem Sie aufgehört haben, darf nicht vor dem Datum liegen, an dem Sie begonnen haben.</translation>
    </message>
    <message>
        <source>This is too long: use at most {max} characters.</source>
        <translation>Das ist zu lang: Verwenden Sie höchstens {max} Zeichen.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>Grade {grade}: {word}</source>
        <translation>Grad {grade}: {word}</translation>
    </message>
</context>
<context>
    <name>EntryGroup</name>
    <message numerus="yes">
        <source>Show all %n entries</source>
        <translation>
            <numerusform>%n Eintrag anzeigen</numerusform>
            <numerusform>Alle %n Einträge anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryRows</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Medikament ohne Namen</translation>
    </message>
    <message>
        <source>Unnamed symptom</source>
        <translation>Symptom ohne Namen</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>Datum nicht angegeben</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Seit {date}</translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation>Wird derzeit eingenommen</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Von {start} bis {end}</translation>
    </message>
    <message>
        <source>Stopped {date}</source>
        <translation>Abgesetzt am {date}</translation>
    </message>
    <message>
        <source>Started {date}, stopped</source>
        <translation>Begonnen am {date}, abgesetzt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>For: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>This came back with an imported file: remove that import in Sources to remove it.</source>
        <translation>Dieser Eintrag kam mit einer importierten Datei zurück: Um ihn zu entfernen, machen Sie diesen Import unter „Quellen“ rückgängig.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit “{entry}”</source>
        <translation>„{entry}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete “{entry}”</source>
        <translation>„{entry}“ löschen</translation>
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
        <source>{label} emergency card</source>
        <translation>{label} Notfallkarte</translation>
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
        <source>D&amp;ocument:</source>
        <translation>D&amp;okument:</translation>
    </message>
    <message>
        <source>Full summary</source>
        <translation>Vollständige Zusammenfassung</translation>
    </message>
    <message>
        <source>Emergency card (wallet size)</source>
        <translation>Notfallkarte (Brieftaschenformat)</translation>
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
        <source>Save card…</source>
        <translation>Karte speichern …</translation>
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
    <message>
        <source>Preview of the emergency card</source>
        <translation>Vorschau der Notfallkarte</translation>
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
    <name>ExportItems</name>
    <message>
        <source>Warnings and alerts</source>
        <translation>Warnungen und Warnhinweise</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Aktuelle Medikamente</translation>
    </message>
    <message>
        <source>Active cancer</source>
        <translation>Aktive Krebserkrankung</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Medizinprodukte</translation>
    </message>
    <message>
        <source>Cancer history and treatment</source>
        <translation>Krebsgeschichte und Behandlung</translation>
    </message>
    <message>
        <source>Other health problems</source>
        <translation>Weitere Gesundheitsprobleme</translation>
    </message>
    <message>
        <source>Earlier medicines</source>
        <translation>Frühere Medikamente</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Eingriffe</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Impfungen</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Untersuchungsergebnisse</translation>
    </message>
    <message>
        <source>Care plan and follow-up</source>
        <translation>Behandlungsplan und Nachsorge</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Warning: fever on chemotherapy can mean sepsis</source>
        <translation>Warnung: Fieber während einer Chemotherapie kann eine Sepsis bedeuten</translation>
    </message>
    <message>
        <source>Warning: high anthracycline dose, risk to the heart</source>
        <translation>Warnung: hohe Anthrazyklin-Dosis, Risiko für das Herz</translation>
    </message>
    <message>
        <source>Warning: anthracycline and chest radiotherapy, risk to the heart</source>
        <translation>Warnung: Anthrazykline und Bestrahlung des Brustkorbs, Risiko für das Herz</translation>
    </message>
    <message>
        <source>Warning: anthracycline, risk to the heart</source>
        <translation>Warnung: Anthrazykline, Risiko für das Herz</translation>
    </message>
    <message>
        <source>Warning: immunotherapy side effects can appear late</source>
        <translation>Warnung: Nebenwirkungen der Immuntherapie können spät auftreten</translation>
    </message>
    <message>
        <source>Warning: implanted venous access port</source>
        <translation>Warnung: implantierter venöser Portkatheter</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Health problem</source>
        <translation>Gesundheitsproblem</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Krebsmedikament</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Medizinprodukt</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Stammzelltransplantation</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Strahlentherapie</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Therapieprotokoll</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Tumormarker</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Impfung</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Untersuchungsergebnis</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnhinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Keine bekannten Allergien</translation>
    </message>
    <message>
        <source>Stage {stage} ({system})</source>
        <translation>Stadium {stage} ({system})</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stadium {stage}</translation>
    </message>
    <message>
        <source>Disease status: {status}</source>
        <translation>Krankheitsstatus: {status}</translation>
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
        <translation>Details und Herkunft anzeigen</translation>
    </message>
</context>
<context>
    <name>FactWords</name>
    <message>
        <source>Since {date}</source>
        <translation>Seit {date}</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Medikament ohne Namen</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Keine bekannten Allergien</translation>
    </message>
    <message>
        <source>As your centre recorded it.</source>
        <translation>So, wie Ihr Zentrum es erfasst hat.</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Reaction: {reactions}</source>
        <translation>Reaktion: {reactions}</translation>
    </message>
    <message>
        <source>An intolerance, not an allergy</source>
        <translation>Eine Unverträglichkeit, keine Allergie</translation>
    </message>
    <message>
        <source>Recorded {date}</source>
        <translation>Erfasst: {date}</translation>
    </message>
    <message>
        <source>Allergy (substance not named)</source>
        <translation>Allergie (Substanz nicht angegeben)</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittelschwer</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as high.</source>
        <translation>Ihr Zentrum schätzt das Risiko einer schweren Reaktion als hoch ein.</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Geringes Risiko</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as low.</source>
        <translation>Ihr Zentrum schätzt das Risiko einer schweren Reaktion als gering ein.</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Risiko nicht beurteilt</translation>
    </message>
    <message>
        <source>Risk not stated</source>
        <translation>Risiko nicht angegeben</translation>
    </message>
    <message>
        <source>Your centre did not say how severe a reaction could be.</source>
        <translation>Ihr Zentrum hat nicht angegeben, wie schwer eine Reaktion sein könnte.</translation>
    </message>
    <message>
        <source>Line {number}: {agents}</source>
        <translation>Therapielinie {number}: {agents}</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Strahlentherapie</translation>
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
        <translation>Ein sekundärer Krebs (Metastase)</translation>
    </message>
    <message>
        <source>It has come back (recurrence).</source>
        <translation>Die Erkrankung ist zurückgekehrt (Rezidiv).</translation>
    </message>
    <message>
        <source>Stage not recorded</source>
        <translation>Stadium nicht erfasst</translation>
    </message>
    <message>
        <source>Diagnosed {date}</source>
        <translation>Diagnosedatum: {date}</translation>
    </message>
    <message>
        <source>Cancer (name not recorded)</source>
        <translation>Krebserkrankung (Bezeichnung nicht erfasst)</translation>
    </message>
    <message>
        <source>Device (not named)</source>
        <translation>Medizinprodukt (ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>Where: {site}</source>
        <translation>Stelle: {site}</translation>
    </message>
    <message>
        <source>Risk of a serious infection after chemotherapy</source>
        <translation>Risiko einer schweren Infektion nach Chemotherapie</translation>
    </message>
    <message>
        <source>Immunotherapy side effects can start late</source>
        <translation>Nebenwirkungen der Immuntherapie können spät beginnen</translation>
    </message>
    <message>
        <source>Heart: a high dose of anthracyclines</source>
        <translation>Herz: hohe Dosis an Anthrazyklinen</translation>
    </message>
    <message>
        <source>Heart: anthracyclines and radiotherapy near it</source>
        <translation>Herz: Anthrazykline und Bestrahlung in Herznähe</translation>
    </message>
    <message>
        <source>Heart: anthracyclines given</source>
        <translation>Herz: Anthrazykline erhalten</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Implantierter Port</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Act at once if you feel unwell.</source>
        <translation>Handeln Sie sofort, wenn Sie sich unwohl fühlen.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnhinweis</translation>
    </message>
    <message>
        <source>An alert your centre set.</source>
        <translation>Ein Warnhinweis, den Ihr Zentrum gesetzt hat.</translation>
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
    <message>
        <source>Save a copy of the document</source>
        <translation>Kopie des Dokuments speichern</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>This is a backup, not a summary</source>
        <translation>Das ist eine Sicherung, keine Zusammenfassung</translation>
    </message>
    <message>
        <source>{file} is a backup of a whole profile. It is not imported into this record: it is restored as a profile of its own. To restore it, choose Restore from backup in Settings, or drop it on the start screen.</source>
        <translation>{file} ist die Sicherung eines ganzen Profils. Sie wird nicht in diese Akte importiert, sondern als eigenes Profil wiederhergestellt. Wählen Sie dazu in den Einstellungen „Aus Sicherung wiederherstellen“ oder ziehen Sie die Datei auf den Startbildschirm.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
    <message>
        <source>From {centre} · {country}</source>
        <translation>Von {centre} · {country}</translation>
    </message>
    <message>
        <source>From {centre}</source>
        <translation>Von {centre}</translation>
    </message>
    <message numerus="yes">
        <source>%n already in your record</source>
        <translation>
            <numerusform>%n schon in Ihrer Akte</numerusform>
            <numerusform>%n schon in Ihrer Akte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n auch von einer anderen Quelle gemeldet</numerusform>
            <numerusform>%n auch von einer anderen Quelle gemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To import: %n new item(s)</source>
        <translation>
            <numerusform>Zu importieren: %n neuer Eintrag</numerusform>
            <numerusform>Zu importieren: %n neue Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Schon in Ihrer Akte: nichts Neues in dieser Datei.</translation>
    </message>
    <message>
        <source>Will not be imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Wird nicht importiert: Diese Datei betrifft {file_patient}, nicht {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Nicht importiert: Diese Datei betrifft {file_patient}, nicht {profile_patient}.</translation>
    </message>
    <message>
        <source>Cannot be imported: {reason}</source>
        <translation>Kann nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Nicht importiert.</translation>
    </message>
</context>
<context>
    <name>ImmunisationsView</name>
    <message>
        <source>Date not stated</source>
        <translation>Datum nicht angegeben</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Impfung</translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>Dosis {number}</translation>
    </message>
    <message>
        <source>batch {lot}</source>
        <translation>Charge {lot}</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Impfungen</translation>
    </message>
    <message>
        <source>Your vaccinations. After cancer treatment some may need to be given again: ask your centre.</source>
        <translation>Ihre Impfungen. Nach einer Krebsbehandlung müssen manche Impfungen eventuell wiederholt werden: Fragen Sie Ihr Zentrum.</translation>
    </message>
    <message>
        <source>Search vaccines</source>
        <translation>Impfstoffe durchsuchen</translation>
    </message>
    <message>
        <source>No immunisations recorded yet.</source>
        <translation>Noch keine Impfungen erfasst.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Importieren Sie eine Zusammenfassung Ihres Zentrums.</translation>
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
        <source>Nothing is added to your record until you choose Import.</source>
        <translation>Es wird nichts zu Ihrer Akte hinzugefügt, bevor Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <source>There is nothing new to import: your record stays as it is.</source>
        <translation>Es gibt nichts Neues zu importieren: Ihre Akte bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Nothing has been added yet. Check what each file brings, then choose Import.</source>
        <translation>Es wurde noch nichts hinzugefügt. Prüfen Sie, was jede Datei enthält, und wählen Sie dann „Importieren“.</translation>
    </message>
    <message>
        <source>You cancelled: nothing was imported. Your record is as it was.</source>
        <translation>Sie haben abgebrochen: Es wurde nichts importiert. Ihre Akte ist unverändert.</translation>
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
    <message>
        <source>Add what the files bring to your record</source>
        <translation>Den Inhalt der Dateien zu Ihrer Akte hinzufügen</translation>
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
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>{file} wird importiert ({number} von {total}) …</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s) and {updated} updated.</source>
        <translation>
            <numerusform>Insgesamt: %n neuer Eintrag und {updated} aktualisiert.</numerusform>
            <numerusform>Insgesamt: %n neue Einträge und {updated} aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s).</source>
        <translation>
            <numerusform>Insgesamt: %n neuer Eintrag.</numerusform>
            <numerusform>Insgesamt: %n neue Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)</source>
        <translation>
            <numerusform>%n Datei wird geprüft</numerusform>
            <numerusform>%n Dateien werden geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <source>Reading {file} ({number} of {total})…</source>
        <translation>{file} wird gelesen ({number} von {total}) …</translation>
    </message>
    <message>
        <source>Checking the files</source>
        <translation>Die Dateien werden geprüft</translation>
    </message>
    <message>
        <source>Stopping: nothing will be kept…</source>
        <translation>Wird angehalten: Es wird nichts übernommen …</translation>
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
    <message>
        <source>its readable text (narrative) is missing (no div); everything else was imported</source>
        <translation>der lesbare Text (Narrativ) fehlt (kein div); alles andere wurde importiert</translation>
    </message>
    <message>
        <source>{resource} is in the file more than once; the last copy was kept</source>
        <translation>{resource} ist mehrfach in der Datei; die letzte Fassung wurde behalten</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record</source>
        <translation>verweist auf {target}, das weder in der Datei noch in Ihrer Akte ist</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record (other parts of the file refer to it too)</source>
        <translation>verweist auf {target}, das weder in der Datei noch in Ihrer Akte ist (auch andere Stellen der Datei verweisen darauf)</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as}</source>
        <translation>verweist auf {target} in einer Schreibweise, die FHIR nicht erlaubt; gelesen als {read_as}</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as} (other parts of the file write it the same way)</source>
        <translation>verweist auf {target} in einer Schreibweise, die FHIR nicht erlaubt; gelesen als {read_as} (andere Stellen der Datei schreiben es genauso)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message numerus="yes">
        <source>{records} and %n more</source>
        <translation>
            <numerusform>{records} und %n weiterer</numerusform>
            <numerusform>{records} und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it refers to %n records that are neither in the file nor in your record ({records})</source>
        <translation>
            <numerusform>verweist auf %n Eintrag, der weder in der Datei noch in Ihrer Akte ist ({records})</numerusform>
            <numerusform>verweist auf %n Einträge, die weder in der Datei noch in Ihrer Akte sind ({records})</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry {number}: {reason}.</source>
        <translation>Eintrag {number}: {reason}.</translation>
    </message>
    <message>
        <source>Line {number}: {reason}.</source>
        <translation>Zeile {number}: {reason}.</translation>
    </message>
    <message>
        <source>In the file: {reason}.</source>
        <translation>In der Datei: {reason}.</translation>
    </message>
    <message>
        <source>At {place}: {reason}.</source>
        <translation>Bei {place}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file:</source>
        <translation>
            <numerusform>%n Problem in der Datei gefunden:</numerusform>
            <numerusform>%n Probleme in der Datei gefunden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetailsDialog</name>
    <message>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>Where this came from is not known.</source>
        <translation>Die Herkunft ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Reported by {a}.</source>
        <translation>Gemeldet von {a}.</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}.</source>
        <translation>Gemeldet von {list} und {last}.</translation>
    </message>
    <message>
        <source>Notes from the source</source>
        <translation>Anmerkungen der Quelle</translation>
    </message>
    <message>
        <source>Original records</source>
        <translation>Ursprüngliche Einträge</translation>
    </message>
    <message>
        <source>As stored in your record: the first {shown} of {total}.</source>
        <translation>Wie in Ihrer Akte gespeichert: die ersten {shown} von {total}.</translation>
    </message>
    <message numerus="yes">
        <source>As stored in your record: %n record(s) from your sources.</source>
        <translation>
            <numerusform>Wie in Ihrer Akte gespeichert: %n Eintrag aus Ihren Quellen.</numerusform>
            <numerusform>Wie in Ihrer Akte gespeichert: %n Einträge aus Ihren Quellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is built from other items; it has no record of its own.</source>
        <translation>Dieser Eintrag ist aus anderen Einträgen zusammengesetzt; er hat keine eigenen Originaldaten.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Hide the original data</source>
        <translation>Originaldaten ausblenden</translation>
    </message>
    <message>
        <source>Show the original data</source>
        <translation>Originaldaten anzeigen</translation>
    </message>
    <message>
        <source>The original data (FHIR JSON)</source>
        <translation>Die Originaldaten (FHIR-JSON)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>This item is no longer in your record.</source>
        <translation>Dieser Eintrag ist nicht mehr in Ihrer Akte.</translation>
    </message>
</context>
<context>
    <name>ItemFacts</name>
    <message>
        <source>{words}, as written: {source}</source>
        <translation>{words}, im Original: {source}</translation>
    </message>
    <message>
        <source>Your personal details</source>
        <translation>Ihre persönlichen Angaben</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Aufgetreten</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Behandlungsziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Normalbereich</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Auflage</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation>Behandelte Bereiche</translation>
    </message>
    <message>
        <source>Kind of radiotherapy</source>
        <translation>Art der Strahlentherapie</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Kind of transplant</source>
        <translation>Art der Transplantation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Art des Besuchs</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation>Erfasste Werte</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Planned activities</source>
        <translation>Geplante Maßnahmen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Tumormarker</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>Identifier in the file</source>
        <translation>Kennung in der Datei</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Beruht auf</translation>
    </message>
    <message>
        <source>Mentioned by</source>
        <translation>Erwähnt von</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Item of your record</source>
        <translation>Eintrag Ihrer Akte</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stadium {stage}</translation>
    </message>
    <message>
        <source>Tumour size and extent (T): {stage}</source>
        <translation>Tumorgröße und -ausdehnung (T): {stage}</translation>
    </message>
    <message>
        <source>Lymph nodes (N): {stage}</source>
        <translation>Lymphknoten (N): {stage}</translation>
    </message>
    <message>
        <source>Spread to other organs (M): {stage}</source>
        <translation>Streuung in andere Organe (M): {stage}</translation>
    </message>
    <message>
        <source>clinical (from examinations and scans)</source>
        <translation>klinisch (aus Untersuchungen und Bildgebung)</translation>
    </message>
    <message>
        <source>pathological (from the tissue removed)</source>
        <translation>pathologisch (aus dem entnommenen Gewebe)</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Stammzelltransplantation</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>with your own stem cells (autologous)</source>
        <translation>mit Ihren eigenen Stammzellen (autolog)</translation>
    </message>
    <message>
        <source>with a donor&apos;s stem cells (allogeneic)</source>
        <translation>mit Stammzellen eines Spenders (allogen)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>uncertain (equivocal)</source>
        <translation>unklar (grenzwertig)</translation>
    </message>
    <message>
        <source>edition {n}</source>
        <translation>Auflage {n}</translation>
    </message>
    <message>
        <source>Staging system</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>boost</source>
        <translation>Boost</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Strahlentherapie</translation>
    </message>
    <message>
        <source>Highest total dose</source>
        <translation>Höchste Gesamtdosis</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Untersuchungsergebnisse</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neuester Wert</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Treatment line {number}</source>
        <translation>Therapielinie {number}</translation>
    </message>
    <message>
        <source>Line of cancer medicines</source>
        <translation>Therapielinie</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Krankheitsstatus</translation>
    </message>
    <message>
        <source>Performance status</source>
        <translation>Leistungsstatus</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Therapieprotokoll</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Visit or stay</source>
        <translation>Arztbesuch oder Klinikaufenthalt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>alle {days} Tage</translation>
    </message>
    <message>
        <source>{dose} (some doses could not be counted)</source>
        <translation>{dose} (einige Gaben konnten nicht mitgezählt werden)</translation>
    </message>
    <message>
        <source>As the source names it</source>
        <translation>Bezeichnung laut Quelle</translation>
    </message>
    <message>
        <source>Treatment line</source>
        <translation>Therapielinie</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Kumulative Dosis</translation>
    </message>
    <message>
        <source>Prescribed dose</source>
        <translation>Verordnete Dosis</translation>
    </message>
    <message>
        <source>Doses given</source>
        <translation>Verabreichte Gaben</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anwendungshinweise</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Erfasst als</translation>
    </message>
    <message>
        <source>Taken now</source>
        <translation>Derzeit eingenommen</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Substanz nicht angegeben</translation>
    </message>
    <message>
        <source>Statement: no known allergy</source>
        <translation>Angabe: keine bekannte Allergie</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substanz</translation>
    </message>
    <message>
        <source>Risk of a serious reaction</source>
        <translation>Risiko einer schweren Reaktion</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Medizinprodukt</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Implantierter Port</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Krebsdiagnose</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten (Dignität)</translation>
    </message>
    <message>
        <source>Kind of cell (morphology)</source>
        <translation>Zellart (Morphologie)</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Diagnostiziert</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Impfung</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Impfstoff</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>Nummer der Dosis</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Symptom or side effect you noted</source>
        <translation>Von Ihnen notiertes Symptom oder Nebenwirkung</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>Medicine you noted</source>
        <translation>Von Ihnen notiertes Medikament</translation>
    </message>
    <message>
        <source>In My entries, where you can change or delete it.</source>
        <translation>In „Meine Einträge“, wo Sie es ändern oder löschen können.</translation>
    </message>
    <message>
        <source>How bad it was</source>
        <translation>Wie stark es war</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Wo es gespeichert ist</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>All cancer treatments</source>
        <translation>Alle Krebsbehandlungen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>You (My entries)</source>
        <translation>Sie (Meine Einträge)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} events shown</source>
        <translation>
            <numerusform>%n von {total} Ereignissen angezeigt</numerusform>
            <numerusform>%n von {total} Ereignissen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer journey</source>
        <translation>Krankheitsverlauf</translation>
    </message>
    <message>
        <source>Everything in your record that has a date, oldest first. Choose an event to see its details and where it came from.</source>
        <translation>Alles in Ihrer Akte, was ein Datum hat, das Älteste zuerst. Wählen Sie ein Ereignis, um seine Details und seine Herkunft zu sehen.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind of event to show</source>
        <translation>Art der angezeigten Ereignisse</translation>
    </message>
    <message>
        <source>Source to show</source>
        <translation>Angezeigte Quelle</translation>
    </message>
    <message>
        <source>Events in your cancer journey</source>
        <translation>Ereignisse in Ihrem Krankheitsverlauf</translation>
    </message>
    <message>
        <source>No events match these choices.</source>
        <translation>Keine Ereignisse passen zu dieser Auswahl.</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Alle Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>No cancer journey yet</source>
        <translation>Noch kein Krankheitsverlauf</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your diagnosis, treatments, tests and check-ups then appear here in date order, each with where it came from.</source>
        <translation>Importieren Sie eine Zusammenfassung Ihres Krebszentrums. Ihre Diagnose, Behandlungen, Untersuchungen und Kontrolltermine erscheinen dann hier nach Datum geordnet, jeweils mit ihrer Herkunft.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung importieren</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>Diagnosis and stage</source>
        <translation>Diagnose und Stadium</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Cancer medicines</source>
        <translation>Krebsmedikamente</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Strahlentherapie</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Stammzelltransplantationen</translation>
    </message>
    <message>
        <source>Tests and scans</source>
        <translation>Untersuchungen und Bildgebung</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Krankheitsstatus</translation>
    </message>
    <message>
        <source>Check-ups and plans</source>
        <translation>Kontrolltermine und Pläne</translation>
    </message>
    <message>
        <source>Side effects you noted</source>
        <translation>Von Ihnen notierte Nebenwirkungen</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Weitere Ereignisse</translation>
    </message>
    <message>
        <source>Line {number} of cancer medicines</source>
        <translation>Therapielinie {number}</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Krebsmedikament</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Therapieprotokoll</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Laborbefund</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Pathologiebefund</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Befundbericht</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stadium {stage}</translation>
    </message>
    <message>
        <source>stage {stage}</source>
        <translation>Stadium {stage}</translation>
    </message>
    <message>
        <source>clinical</source>
        <translation>klinisch</translation>
    </message>
    <message>
        <source>pathological</source>
        <translation>pathologisch</translation>
    </message>
    <message>
        <source>{system}, edition {edition}</source>
        <translation>{system}, Auflage {edition}</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>equivocal</source>
        <translation>grenzwertig</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>Dosis {number}</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
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
    <name>ListRecordView</name>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung importieren</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Ihre Akte wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Keine Treffer für „{text}“.</translation>
    </message>
    <message>
        <source>Try fewer or other words.</source>
        <translation>Versuchen Sie es mit weniger oder anderen Wörtern.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Recognised as {medicine} (ATC code {code}).</source>
        <translation>Erkannt als {medicine} (ATC-Code {code}).</translation>
    </message>
    <message>
        <source>As it is written on the box, for example: Paracetamol 500 mg.</source>
        <translation>So, wie es auf der Packung steht, zum Beispiel: Paracetamol 500 mg.</translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>Change a medicine</source>
        <translation>Medikament ändern</translation>
    </message>
    <message>
        <source>Add a medicine you take</source>
        <translation>Medikament hinzufügen, das Sie einnehmen</translation>
    </message>
    <message>
        <source>How much and how often (optional)</source>
        <translation>Wie viel und wie oft (optional)</translation>
    </message>
    <message>
        <source>For example: 1 tablet twice a day.</source>
        <translation>Zum Beispiel: 1 Tablette zweimal täglich.</translation>
    </message>
    <message>
        <source>What you take it for (optional)</source>
        <translation>Wofür Sie es einnehmen (optional)</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Wann Sie begonnen haben</translation>
    </message>
    <message>
        <source>I still take it</source>
        <translation>Ich nehme es noch ein</translation>
    </message>
    <message>
        <source>When you stopped</source>
        <translation>Wann Sie aufgehört haben</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Sonstiges (optional)</translation>
    </message>
</context>
<context>
    <name>MedicationsView</name>
    <message>
        <source>Current medicines</source>
        <translation>Aktuelle Medikamente</translation>
    </message>
    <message>
        <source>Past medicines</source>
        <translation>Frühere Medikamente</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Medikament ohne Namen</translation>
    </message>
    <message>
        <source>treatment line {number}</source>
        <translation>Therapielinie {number}</translation>
    </message>
    <message>
        <source>Cumulative dose {dose}</source>
        <translation>Kumulative Dosis {dose}</translation>
    </message>
    <message>
        <source>Cumulative dose at least {dose}</source>
        <translation>Kumulative Dosis mindestens {dose}</translation>
    </message>
    <message numerus="yes">
        <source>{given} of %n cycle(s)</source>
        <translation>
            <numerusform>{given} von %n Zyklus</numerusform>
            <numerusform>{given} von %n Zyklen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n Zyklus</numerusform>
            <numerusform>%n Zyklen</numerusform>
        </translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Sonstiges Medikament</translation>
    </message>
    <message>
        <source>for {reasons}</source>
        <translation>bei {reasons}</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>The medicines you take now and took before: cancer medicines and all others.</source>
        <translation>Die Medikamente, die Sie jetzt einnehmen und früher eingenommen haben: Krebsmedikamente und alle anderen.</translation>
    </message>
    <message>
        <source>Search medicines</source>
        <translation>Medikamente durchsuchen</translation>
    </message>
    <message>
        <source>No medicines recorded yet.</source>
        <translation>Noch keine Medikamente erfasst.</translation>
    </message>
    <message>
        <source>Import a summary from your centre. You can also add what you take in My entries.</source>
        <translation>Importieren Sie eine Zusammenfassung Ihres Zentrums. Unter „Meine Einträge“ können Sie auch selbst eintragen, was Sie einnehmen.</translation>
    </message>
</context>
<context>
    <name>MyEntriesView</name>
    <message>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>“{entry}” ({date}) is deleted from your record. What your centres sent stays as it is. You can undo this straight away.</source>
        <translation>„{entry}“ ({date}) wird aus Ihrer Akte gelöscht. Was Ihre Zentren gesendet haben, bleibt unverändert. Sie können das direkt danach rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>“{entry}” was deleted.</source>
        <translation>„{entry}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Your entries could not be changed</source>
        <translation>Ihre Einträge konnten nicht geändert werden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>My entries</source>
        <translation>Meine Einträge</translation>
    </message>
    <message>
        <source>What you write down yourself: medicines you take, side effects and notes for your next visit. They are marked as reported by you wherever they appear, also in the summaries you export.</source>
        <translation>Was Sie selbst notieren: Medikamente, die Sie einnehmen, Nebenwirkungen und Notizen für Ihren nächsten Termin. Sie sind überall als von Ihnen gemeldet gekennzeichnet, auch in den Zusammenfassungen, die Sie exportieren.</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Add symptom or side effect</source>
        <translation>Symptom oder Nebenwirkung hinzufügen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Nothing written down yet</source>
        <translation>Noch nichts notiert</translation>
    </message>
    <message>
        <source>Write down medicines you take, side effects and notes for your next visit. They stay on this computer, marked as reported by you.</source>
        <translation>Notieren Sie Medikamente, die Sie einnehmen, Nebenwirkungen und Notizen für Ihren nächsten Termin. Sie bleiben auf diesem Computer, gekennzeichnet als von Ihnen gemeldet.</translation>
    </message>
    <message>
        <source>Medications I take</source>
        <translation>Medikamente, die ich einnehme</translation>
    </message>
    <message>
        <source>Symptoms and side effects</source>
        <translation>Symptome und Nebenwirkungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
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
    <name>NextWords</name>
    <message>
        <source>Appointment booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Asked for by your care team</source>
        <translation>Von Ihrem Behandlungsteam angefordert</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n Tag</numerusform>
            <numerusform>In %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s)</source>
        <translation>
            <numerusform>In %n Woche</numerusform>
            <numerusform>In %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>In %n Monat</numerusform>
            <numerusform>In %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere Maßnahme</numerusform>
            <numerusform>und %n weitere Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation>Bis {date}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Seit {date}</translation>
    </message>
    <message>
        <source>{activity}: {schedule}</source>
        <translation>{activity}: {schedule}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>alle %n Tage</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>every week</source>
        <translation>wöchentlich</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>alle %n Wochen</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>every month</source>
        <translation>monatlich</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>alle %n Monate</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jährlich</translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>alle %n Jahre</numerusform>
            <numerusform>alle %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Normal range: {range}</source>
        <translation>Normalbereich: {range}</translation>
    </message>
    <message>
        <source>Unnamed test</source>
        <translation>Untersuchung ohne Namen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Above the normal range</source>
        <translation>Über dem Normalbereich</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Below the normal range</source>
        <translation>Unter dem Normalbereich</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Auffällig</translation>
    </message>
    <message>
        <source>Outside the normal range</source>
        <translation>Außerhalb des Normalbereichs</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Within the normal range</source>
        <translation>Im Normalbereich</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Change a note</source>
        <translation>Notiz ändern</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>For example: questions for your next visit, or how you have been.</source>
        <translation>Zum Beispiel: Fragen für Ihren nächsten Termin oder wie es Ihnen ergangen ist.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>OriginalFields</name>
    <message>
        <source>Identifier in the file</source>
        <translation>Kennung in der Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>You entered this yourself</source>
        <translation>Von Ihnen selbst eingegeben</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>(The rest is not shown.)</source>
        <translation>(Der Rest wird nicht angezeigt.)</translation>
    </message>
</context>
<context>
    <name>OtherRecordsView</name>
    <message>
        <source>No title</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>{type} in the file</source>
        <translation>{type} in der Datei</translation>
    </message>
    <message>
        <source>Identifier: {id}</source>
        <translation>Kennung: {id}</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Ohne Namen</translation>
    </message>
    <message numerus="yes">
        <source>mentioned by %n item(s) of your record</source>
        <translation>
            <numerusform>von %n Eintrag Ihrer Akte erwähnt</numerusform>
            <numerusform>von %n Einträgen Ihrer Akte erwähnt</numerusform>
        </translation>
    </message>
    <message>
        <source>not mentioned by any item of your record</source>
        <translation>von keinem Eintrag Ihrer Akte erwähnt</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Weitere Einträge</translation>
    </message>
    <message>
        <source>Everything else your summaries contain. The app does not interpret these records, but nothing is hidden: open one to see what it says.</source>
        <translation>Alles Weitere, was Ihre Zusammenfassungen enthalten. Die App wertet diese Einträge nicht aus, aber nichts wird verborgen: Öffnen Sie einen Eintrag, um zu sehen, was darin steht.</translation>
    </message>
    <message>
        <source>Search other records</source>
        <translation>Weitere Einträge durchsuchen</translation>
    </message>
    <message>
        <source>No other records.</source>
        <translation>Keine weiteren Einträge.</translation>
    </message>
    <message>
        <source>Everything your summaries contain is shown in the other parts of your record. Import a summary from your centre to add more.</source>
        <translation>Alles, was Ihre Zusammenfassungen enthalten, wird in den anderen Teilen Ihrer Akte angezeigt. Importieren Sie eine Zusammenfassung Ihres Zentrums, um mehr hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>See all %n</source>
        <translation>
            <numerusform>%n anzeigen</numerusform>
            <numerusform>Alle %n anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>No allergies recorded. Tell every doctor about any you have.</source>
        <translation>Keine Allergien erfasst. Informieren Sie jeden Arzt über Allergien, die Sie haben.</translation>
    </message>
    <message>
        <source>No current medicines recorded. Tell every doctor what you take.</source>
        <translation>Keine aktuellen Medikamente erfasst. Sagen Sie jedem Arzt, was Sie einnehmen.</translation>
    </message>
    <message>
        <source>No active cancer recorded.</source>
        <translation>Keine aktive Krebserkrankung erfasst.</translation>
    </message>
    <message>
        <source>No current cancer treatment recorded.</source>
        <translation>Keine laufende Krebsbehandlung erfasst.</translation>
    </message>
    <message>
        <source>No devices recorded, such as a port.</source>
        <translation>Keine Medizinprodukte (etwa ein Port) erfasst.</translation>
    </message>
    <message>
        <source>No alerts follow from what your record holds.</source>
        <translation>Aus dem Inhalt Ihrer Akte ergeben sich keine Warnhinweise.</translation>
    </message>
    <message>
        <source>No upcoming appointments are recorded. Ask your centre when your next check-up is.</source>
        <translation>Keine anstehenden Termine erfasst. Fragen Sie Ihr Zentrum, wann Ihre nächste Kontrolluntersuchung ist.</translation>
    </message>
    <message>
        <source>No lab results or measurements are recorded yet.</source>
        <translation>Noch keine Laborergebnisse oder Messwerte erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n Eintrag insgesamt</numerusform>
            <numerusform>%n Einträge insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>Imported from: {sources}</source>
        <translation>Importiert aus: {sources}</translation>
    </message>
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
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Ihre Akte wird gelesen…</translation>
    </message>
    <message>
        <source>Reading your record</source>
        <translation>Ihre Akte wird gelesen</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Ihre Akte ist leer</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Import a summary from your centre to see your allergies, medicines, diagnosis and results here.</source>
        <translation>In dieses Profil wurde noch nichts importiert. Importieren Sie eine Zusammenfassung Ihres Zentrums, um hier Ihre Allergien, Medikamente, Diagnose und Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung importieren</translation>
    </message>
    <message>
        <source>For any doctor</source>
        <translation>Für jeden Arzt</translation>
    </message>
    <message>
        <source>See all allergies and alerts</source>
        <translation>Alle Allergien und Warnhinweise anzeigen</translation>
    </message>
    <message>
        <source>Medicines you take now</source>
        <translation>Medikamente, die Sie derzeit einnehmen</translation>
    </message>
    <message>
        <source>See all medicines</source>
        <translation>Alle Medikamente anzeigen</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Krebserkrankung</translation>
    </message>
    <message>
        <source>See your cancer journey</source>
        <translation>Ihren Krankheitsverlauf anzeigen</translation>
    </message>
    <message>
        <source>Cancer treatment now</source>
        <translation>Aktuelle Krebsbehandlung</translation>
    </message>
    <message>
        <source>See all treatments</source>
        <translation>Alle Behandlungen anzeigen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Medizinprodukte</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Next follow-ups</source>
        <translation>Nächste Nachsorgetermine</translation>
    </message>
    <message>
        <source>Latest results</source>
        <translation>Neueste Ergebnisse</translation>
    </message>
    <message>
        <source>See all results</source>
        <translation>Alle Ergebnisse anzeigen</translation>
    </message>
    <message>
        <source>What is in your record</source>
        <translation>Was in Ihrer Akte steht</translation>
    </message>
    <message>
        <source>See all sources</source>
        <translation>Alle Quellen anzeigen</translation>
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
    <name>PdfPage</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
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
        <source>Imaging</source>
        <translation>Bildgebung</translation>
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
        <source>Line of cancer medicines</source>
        <translation>Therapielinie</translation>
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
        <source>Symptom or side effect</source>
        <translation>Symptom oder Nebenwirkung</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
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
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>%n weitere Quelle</numerusform>
            <numerusform>%n weitere Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer Eintrag</numerusform>
            <numerusform>und %n weitere Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) given</source>
        <translation>
            <numerusform>%n Zyklus gegeben</numerusform>
            <numerusform>%n Zyklen gegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n Zyklus geplant</numerusform>
            <numerusform>%n Zyklen geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n Gabe</numerusform>
            <numerusform>%n Gaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n fraction(s)</source>
        <translation>
            <numerusform>in %n Fraktion</numerusform>
            <numerusform>in %n Fraktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n time(s) by later imports</source>
        <translation>
            <numerusform>%n-mal durch spätere Importe aktualisiert</numerusform>
            <numerusform>%n-mal durch spätere Importe aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation>
            <numerusform>%n weiteres Zeichen</numerusform>
            <numerusform>%n weitere Zeichen</numerusform>
        </translation>
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
        <source>Cancer journey</source>
        <translation>Krankheitsverlauf</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Allergien und Warnhinweise</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Immunisations</source>
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
        <source>My entries</source>
        <translation>Meine Einträge</translation>
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
    <name>RecordText</name>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>seit {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>No value: {reason}</source>
        <translation>Kein Wert: {reason}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>bis {high}</translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation>ab {low}</translation>
    </message>
    <message>
        <source>Chemotherapy (anthracycline)</source>
        <translation>Chemotherapie (Anthrazyklin)</translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation>Immuntherapie</translation>
    </message>
    <message>
        <source>Hormone therapy</source>
        <translation>Hormontherapie</translation>
    </message>
    <message>
        <source>Targeted therapy</source>
        <translation>Zielgerichtete Therapie</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Chemotherapie</translation>
    </message>
    <message>
        <source>Supportive medicine</source>
        <translation>Supportive Therapie</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Krebsmedikament</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>in Vorbereitung</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht durchgeführt</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>nicht eingenommen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>irrtümlich erfasst</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>durch eine neuere Version ersetzt</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>wahrgenommen</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>nicht wahrgenommen</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>auf der Warteliste</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>eingetroffen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>wieder aufgetreten</translation>
    </message>
    <message>
        <source>relapse</source>
        <translation>Rückfall</translation>
    </message>
    <message>
        <source>in remission</source>
        <translation>in Remission</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>abgeklungen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>one of several possibilities</source>
        <translation>eine von mehreren Möglichkeiten</translation>
    </message>
    <message>
        <source>presumed</source>
        <translation>vermutet</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Geringes Risiko</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Risiko nicht beurteilt</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Intolerance</source>
        <translation>Unverträglichkeit</translation>
    </message>
    <message>
        <source>food</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umwelt</translation>
    </message>
    <message>
        <source>biological product</source>
        <translation>biologisches Produkt</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittelschwer</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>reported as taken</source>
        <translation>als eingenommen angegeben</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>verordnet</translation>
    </message>
    <message>
        <source>given</source>
        <translation>verabreicht</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>abgegeben</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht verabreicht</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>eingesetzt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>no longer in use</source>
        <translation>nicht mehr in Gebrauch</translation>
    </message>
    <message>
        <source>not in use for now</source>
        <translation>vorübergehend nicht in Gebrauch</translation>
    </message>
    <message>
        <source>Insurance claims</source>
        <translation>Versicherungsabrechnungen</translation>
    </message>
    <message>
        <source>Insurance statements</source>
        <translation>Leistungsnachweise der Versicherung</translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation>Versicherungsschutz</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Warnings about treatment</source>
        <translation>Warnungen zur Behandlung</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Befunde und Messwerte</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Answered questionnaires</source>
        <translation>Ausgefüllte Fragebögen</translation>
    </message>
    <message>
        <source>Imaging studies</source>
        <translation>Bildgebende Untersuchungen</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Erkrankungen in der Familie</translation>
    </message>
    <message>
        <source>Clinical assessments</source>
        <translation>Klinische Beurteilungen</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Risikobewertungen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Nutrition orders</source>
        <translation>Ernährungsverordnungen</translation>
    </message>
    <message>
        <source>Treatment protocols</source>
        <translation>Therapieprotokolle</translation>
    </message>
    <message>
        <source>Research studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>Research participation</source>
        <translation>Studienteilnahme</translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation>Behandlungsepisoden</translation>
    </message>
    <message>
        <source>Visits and stays</source>
        <translation>Arztbesuche und Klinikaufenthalte</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Eingriffe</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Medicine statements</source>
        <translation>Angaben zu Medikamenten</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Verordnungen</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Verabreichte Medikamente</translation>
    </message>
    <message>
        <source>Medicines dispensed</source>
        <translation>Abgegebene Medikamente</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Zusammenfassungen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Impfungen</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Medizinprodukte</translation>
    </message>
    <message>
        <source>Device use</source>
        <translation>Verwendung von Medizinprodukten</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Behandlungspläne</translation>
    </message>
    <message>
        <source>Requests for care</source>
        <translation>Aufträge und Überweisungen</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Angaben zur Person</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>Health professionals</source>
        <translation>Gesundheitsfachkräfte</translation>
    </message>
    <message>
        <source>Roles of health professionals</source>
        <translation>Rollen von Gesundheitsfachkräften</translation>
    </message>
    <message>
        <source>Medicines as products</source>
        <translation>Arzneimittel als Produkte</translation>
    </message>
    <message>
        <source>Where records came from</source>
        <translation>Herkunft der Einträge</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Body structures</source>
        <translation>Körperstrukturen</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Substanzen</translation>
    </message>
    <message>
        <source>Relatives and carers</source>
        <translation>Angehörige und Betreuungspersonen</translation>
    </message>
    <message>
        <source>Care teams</source>
        <translation>Behandlungsteams</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundles</translation>
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
    <name>Results</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>No value ({reason})</source>
        <translation>Kein Wert ({reason})</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teilwert</translation>
    </message>
    <message>
        <source>below {value}</source>
        <translation>unter {value}</translation>
    </message>
    <message>
        <source>above {value}</source>
        <translation>über {value}</translation>
    </message>
    <message>
        <source>↑ High</source>
        <translation>↑ Hoch</translation>
    </message>
    <message>
        <source>↓ Low</source>
        <translation>↓ Niedrig</translation>
    </message>
    <message>
        <source>! Outside the normal range</source>
        <translation>! Außerhalb des Normalbereichs</translation>
    </message>
    <message>
        <source>Date not given</source>
        <translation>Datum nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Normalbereich</translation>
    </message>
    <message>
        <source>High or low</source>
        <translation>Hoch oder niedrig</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Not in the chart: not a number</source>
        <translation>Nicht im Diagramm: keine Zahl</translation>
    </message>
    <message>
        <source>Not in the chart: another unit</source>
        <translation>Nicht im Diagramm: andere Einheit</translation>
    </message>
    <message>
        <source>Not in the chart: no date</source>
        <translation>Nicht im Diagramm: kein Datum</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>No test matches “{words}”.</source>
        <translation>Keine Untersuchung passt zu „{words}“.</translation>
    </message>
    <message>
        <source>Normal range ({range})</source>
        <translation>Normalbereich ({range})</translation>
    </message>
    <message>
        <source>Given as a limit (such as “&lt; 5”)</source>
        <translation>Als Grenzwert angegeben (etwa „&lt; 5“)</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Strahlentherapie</translation>
    </message>
    <message numerus="yes">
        <source>{agents} and %n more</source>
        <translation>
            <numerusform>{agents} und %n weiteres</numerusform>
            <numerusform>{agents} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer medicines, line {number}: {agents}</source>
        <translation>Krebsmedikamente, Therapielinie {number}: {agents}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n Ergebnis von {first} bis {last}</numerusform>
            <numerusform>%n Ergebnisse von {first} bis {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>normal range {range}</source>
        <translation>Normalbereich {range}</translation>
    </message>
    <message>
        <source>tumour marker</source>
        <translation>Tumormarker</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in words, not numbers: in the table only.</source>
        <translation>
            <numerusform>%n Ergebnis in Worten statt Zahlen: nur in der Tabelle.</numerusform>
            <numerusform>%n Ergebnisse in Worten statt Zahlen: nur in der Tabelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in another unit ({units}): in the table only. The chart shows {unit}.</source>
        <translation>
            <numerusform>%n Ergebnis in einer anderen Einheit ({units}): nur in der Tabelle. Das Diagramm zeigt {unit}.</numerusform>
            <numerusform>%n Ergebnisse in einer anderen Einheit ({units}): nur in der Tabelle. Das Diagramm zeigt {unit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) without a date: in the table only.</source>
        <translation>
            <numerusform>%n Ergebnis ohne Datum: nur in der Tabelle.</numerusform>
            <numerusform>%n Ergebnisse ohne Datum: nur in der Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart for this test: its results are not numbers on a date. They are all in the table below.</source>
        <translation>Für diese Untersuchung gibt es kein Diagramm, da die Ergebnisse keine Zahlen mit Datum sind. Sie stehen alle in der Tabelle unten.</translation>
    </message>
    <message>
        <source>Chart of {name}</source>
        <translation>Diagramm zu {name}</translation>
    </message>
    <message>
        <source>Table of {name}: the values of the chart</source>
        <translation>Tabelle zu {name}: die Werte des Diagramms</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Your test results over time. Choose a test to see its chart; the shaded bands show its normal range and your cancer treatment.</source>
        <translation>Ihre Untersuchungsergebnisse im Zeitverlauf. Wählen Sie eine Untersuchung, um ihr Diagramm zu sehen; die schattierten Bereiche zeigen den Normalbereich und Ihre Krebsbehandlung.</translation>
    </message>
    <message>
        <source>Search tests</source>
        <translation>Untersuchungen durchsuchen</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Untersuchungen</translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation>Noch keine Untersuchungsergebnisse</translation>
    </message>
    <message>
        <source>Import a summary from your centre to see your blood tests and other results here.</source>
        <translation>Importieren Sie eine Zusammenfassung Ihres Zentrums, um hier Ihre Blutwerte und anderen Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung importieren</translation>
    </message>
</context>
<context>
    <name>SelectionTree</name>
    <message>
        <source>Nothing recorded</source>
        <translation>Nichts erfasst</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelassen</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>{included} of {total}</source>
        <translation>{included} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>{included} of %n item(s) included</source>
        <translation>
            <numerusform>{included} von %n Eintrag einbezogen</numerusform>
            <numerusform>{included} von %n Einträgen einbezogen</numerusform>
        </translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Was enthalten sein soll</translation>
    </message>
    <message>
        <source>Sections of the summary, emergency information first, with their items. Space turns the selected one on or off.</source>
        <translation>Abschnitte der Zusammenfassung mit ihren Einträgen, Notfallinformationen zuerst. Die Leertaste schaltet den ausgewählten Eintrag ein oder aus.</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>Abschnitt oder Eintrag</translation>
    </message>
    <message>
        <source>Date or count</source>
        <translation>Datum oder Anzahl</translation>
    </message>
    <message>
        <source>What you leave out is also left out of the emergency card and of the IPS file, inside the PDF and exported. The IPS file then says that information was withheld.</source>
        <translation>Was Sie weglassen, fehlt auch auf der Notfallkarte und in der IPS-Datei, sowohl im PDF als auch beim Export. Die IPS-Datei vermerkt dann, dass Informationen zurückgehalten wurden.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Include everything again, except what the sources marked as an error</source>
        <translation>Wieder alles einbeziehen, außer was die Quellen als Fehler markiert haben</translation>
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
    <name>SourceChips</name>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>%n weitere Quelle</numerusform>
            <numerusform>%n weitere Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by you</source>
        <translation>Von Ihnen gemeldet</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Quelle ohne Namen</translation>
    </message>
    <message>
        <source>You entered this yourself (My entries).</source>
        <translation>Sie haben dies selbst eingegeben (Meine Einträge).</translation>
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
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation>Quelle unbekannt</translation>
    </message>
    <message>
        <source>Reported by {a}</source>
        <translation>Gemeldet von {a}</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}</source>
        <translation>Gemeldet von {list} und {last}</translation>
    </message>
</context>
<context>
    <name>SourceDetails</name>
    <message>
        <source>{added} new, {updated} updated, {unchanged} already in your record, {linked} also reported by another source</source>
        <translation>{added} neu, {updated} aktualisiert, {unchanged} schon in Ihrer Akte, {linked} auch von einer anderen Quelle gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more that were not kept.</source>
        <translation>
            <numerusform>… und %n weiteres Problem, das nicht gespeichert wurde.</numerusform>
            <numerusform>… und %n weitere Probleme, die nicht gespeichert wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Zentrum</translation>
    </message>
    <message>
        <source>Not named in the file</source>
        <translation>In der Datei nicht genannt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Was er gebracht hat</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>Fingerabdruck der Datei (SHA-256)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file</source>
        <translation>
            <numerusform>%n Problem in der Datei gefunden</numerusform>
            <numerusform>%n Probleme in der Datei gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found in the file</source>
        <translation>Keine Probleme in der Datei gefunden</translation>
    </message>
    <message>
        <source>Details of this import</source>
        <translation>Details zu diesem Import</translation>
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
    <message numerus="yes">
        <source>⚠ %n problem(s) found in the file: see the details</source>
        <translation>
            <numerusform>⚠ %n Problem in der Datei gefunden: siehe Details</numerusform>
            <numerusform>⚠ %n Probleme in der Datei gefunden: siehe Details</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of the import from {source}</source>
        <translation>Details zum Import von {source}</translation>
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
    <name>SymptomDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Change a symptom or side effect</source>
        <translation>Symptom oder Nebenwirkung ändern</translation>
    </message>
    <message>
        <source>Add a symptom or side effect</source>
        <translation>Symptom oder Nebenwirkung hinzufügen</translation>
    </message>
    <message>
        <source>What did you have?</source>
        <translation>Was hatten Sie?</translation>
    </message>
    <message>
        <source>Describe it</source>
        <translation>Beschreiben Sie es</translation>
    </message>
    <message>
        <source>A few words, for example: cramps in my legs.</source>
        <translation>Ein paar Worte, zum Beispiel: Krämpfe in den Beinen.</translation>
    </message>
    <message>
        <source>How bad was it?</source>
        <translation>Wie stark war es?</translation>
    </message>
    <message>
        <source>The grades are those doctors use for side effects of cancer treatment.</source>
        <translation>Es sind die Grade, die Ärzte für Nebenwirkungen einer Krebsbehandlung verwenden.</translation>
    </message>
    <message>
        <source>When did you have it?</source>
        <translation>Wann hatten Sie es?</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Sonstiges (optional)</translation>
    </message>
    <message>
        <source>For example: how long it lasted, or what helped.</source>
        <translation>Zum Beispiel: wie lange es anhielt oder was geholfen hat.</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Text of the document</source>
        <translation>Text des Dokuments</translation>
    </message>
</context>
<context>
    <name>TreatmentText</name>
    <message>
        <source>to {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>seit {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>stated by the centre</source>
        <translation>vom Zentrum angegeben</translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s)</source>
        <translation>
            <numerusform>summiert aus %n Gabe</numerusform>
            <numerusform>summiert aus %n Gaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s), per m²</source>
        <translation>
            <numerusform>summiert aus %n Gabe, pro m²</numerusform>
            <numerusform>summiert aus %n Gaben, pro m²</numerusform>
        </translation>
    </message>
    <message>
        <source>some doses could not be counted</source>
        <translation>einige Gaben konnten nicht mitgezählt werden</translation>
    </message>
    <message>
        <source>{dose} in total</source>
        <translation>insgesamt {dose}</translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n Gabe</numerusform>
            <numerusform>%n Gaben</numerusform>
        </translation>
    </message>
    <message>
        <source>{given} of {planned} cycles</source>
        <translation>{given} von {planned} Zyklen</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n Zyklus</numerusform>
            <numerusform>%n Zyklen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n Zyklus geplant</numerusform>
            <numerusform>%n Zyklen geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>im Abstand von %n Tag</numerusform>
            <numerusform>im Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>Therapielinie {number}</translation>
    </message>
    <message>
        <source>Site not stated</source>
        <translation>Körperstelle nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n fraction(s)</source>
        <translation>
            <numerusform>%n Fraktion</numerusform>
            <numerusform>%n Fraktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose} Gy in %n fraction(s)</source>
        <translation>
            <numerusform>{dose} Gy in %n Fraktion</numerusform>
            <numerusform>{dose} Gy in %n Fraktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message>
        <source>boost {dose}</source>
        <translation>Boost {dose}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{doses}, {total} Gy in total</source>
        <translation>{doses}, insgesamt {total} Gy</translation>
    </message>
    <message>
        <source>autologous (your own stem cells)</source>
        <translation>autolog (Ihre eigenen Stammzellen)</translation>
    </message>
    <message>
        <source>allogeneic (from a donor)</source>
        <translation>allogen (von einem Spender)</translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Anthracyclines were given ({agents}), but no dose of them is recorded, so no total can be worked out.</source>
        <translation>Es wurden Anthrazykline gegeben ({agents}), aber keine Dosis ist erfasst, daher kann keine Gesamtdosis berechnet werden.</translation>
    </message>
    <message>
        <source>No anthracyclines in your record.</source>
        <translation>Keine Anthrazykline in Ihrer Akte.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Transplant</source>
        <translation>Transplantation</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Kumulative Dosis</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Ermittlung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Therapieprotokoll</translation>
    </message>
    <message>
        <source>{protocol}, ended {date}</source>
        <translation>{protocol}, Ende: {date}</translation>
    </message>
    <message>
        <source>Treatment protocols: {list}</source>
        <translation>Therapieprotokolle: {list}</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Fractions</source>
        <translation>Fraktionen</translation>
    </message>
    <message>
        <source>Course total</source>
        <translation>Gesamtdosis der Serie</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{site} (boost)</source>
        <translation>{site} (Boost)</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>What you were treated with, as a survivorship clinic asks for it: the medicines with their cumulative doses, the anthracycline total, radiotherapy by site. Choose a row to see its details and where it came from.</source>
        <translation>Womit Sie behandelt wurden, so wie eine Nachsorgesprechstunde es wissen möchte: die Medikamente mit ihren kumulativen Dosen, die Anthrazyklin-Gesamtdosis, die Bestrahlung nach Körperstelle. Wählen Sie eine Zeile, um Details und Herkunft zu sehen.</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>No surgery in your record.</source>
        <translation>Keine Operation in Ihrer Akte.</translation>
    </message>
    <message>
        <source>Cancer medicines (systemic therapy)</source>
        <translation>Krebsmedikamente (systemische Therapie)</translation>
    </message>
    <message>
        <source>No cancer medicines in your record.</source>
        <translation>Keine Krebsmedikamente in Ihrer Akte.</translation>
    </message>
    <message>
        <source>Anthracyclines and the heart</source>
        <translation>Anthrazykline und das Herz</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Strahlentherapie</translation>
    </message>
    <message>
        <source>No radiotherapy in your record.</source>
        <translation>Keine Strahlentherapie in Ihrer Akte.</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Stammzelltransplantationen</translation>
    </message>
    <message>
        <source>No stem-cell transplant in your record.</source>
        <translation>Keine Stammzelltransplantation in Ihrer Akte.</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent</source>
        <translation>Anthrazykline als Doxorubicin-Äquivalent</translation>
    </message>
    <message>
        <source>No treatments yet</source>
        <translation>Noch keine Behandlungen</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your operations, cancer medicines with their doses, radiotherapy and transplants then appear here.</source>
        <translation>Importieren Sie eine Zusammenfassung Ihres Krebszentrums. Ihre Operationen, Krebsmedikamente mit ihren Dosen, Bestrahlungen und Transplantationen erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung importieren</translation>
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
