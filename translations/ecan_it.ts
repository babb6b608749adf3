<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AllergiesView</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implants and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an allergy: a statement that none is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions: {reactions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction: {reaction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert from your centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it to read what the source says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a doctor must know first: allergies, alerts from your centres, and implants such as a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search allergies, alerts and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allergies, alerts or implants recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not mean you have none: tell every doctor about your allergies. Import a summary from your centre to see them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnthracyclineCard</name>
    <message>
        <source>{dose} {unit} doxorubicin-equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} mg in total (not divided by body surface area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doxorubicin-equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted in this total, because the conversion table gives no factor or the dose is not known in {unit}: {agents}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted with the table “{table}”, {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above the high-dose threshold of {threshold} mg/m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This means a high risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below {threshold} mg/m², with radiotherapy near the heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy near the heart ({site}) adds to the risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be compared with the threshold of {threshold} mg/m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your body surface area is not in the record, so the total in mg cannot be compared with the high-dose threshold. The risk to the heart lasts for life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the high-dose threshold of {threshold} mg/m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk to the heart lasts for life. Tell any doctor who plans more anthracyclines or radiotherapy to the chest about this total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold from: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>ChartTableLink</name>
    <message>
        <source>Choose a result in the table to circle it in the chart, or click a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circled in the chart: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the chart: {result}</source>
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
    <message>
        <source>“{size}” is not a window size. Write it as 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{view}” is not a view of the app. The views are: {views}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not a language of the app. Use a code such as de, ro or el.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionsView</name>
    <message>
        <source>Cancer diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conditions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved and past conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side: {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnosed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cancer diagnoses and every other health problem your centres recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conditions, codes and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
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
    <name>DocumentViewer</name>
    <message>
        <source>Opening the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be opened: its data is missing or damaged in the summary your centre sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the summary document your centre sent. What it holds is shown in the other parts of your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sections: {sections}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no file attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in the summary: your centre keeps it at {url}. Ask your centre for a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in the summary. Ask your centre for a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of file ({type}) cannot be shown here. Save a copy to open it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Lab report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or X-ray report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or X-ray report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter or report (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, reports and files your centres sent with their summaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, reports and other files come with the summaries your centres send. Import a summary to see them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <source>This is a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are restored from Settings, not imported. Drop it to see how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You will see what they bring before anything is added to your record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>Tiredness (fatigue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling sick (nausea)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sick (vomiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling in hands or feet (neuropathy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore mouth (mucositis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever (high temperature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of appetite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noticed it, but you could do your usual things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It got in the way of everyday things like cooking, shopping or work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could not wash, dress or eat without help, or you went to hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You needed urgent treatment straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a symptom or side effect from the list, or choose “Something else”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the symptom or side effect in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how bad it was, from 0 (none) to 4 (life-threatening).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your note before you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date that is today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date you stopped must be the same as or after the date you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long: use at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>Grade {grade}: {word}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryGroup</name>
    <message numerus="yes">
        <source>Show all %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryRows</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {date}, stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This came back with an imported file: remove that import in Sources to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{entry}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{entry}”</source>
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
        <source>{label} emergency card</source>
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
        <source>D&amp;ocument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency card (wallet size)</source>
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
        <source>Save card…</source>
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
    <message>
        <source>Preview of the emergency card</source>
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
    <name>ExportItems</name>
    <message>
        <source>Warnings and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer history and treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other health problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: fever on chemotherapy can mean sepsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: high anthracycline dose, risk to the heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: anthracycline and chest radiotherapy, risk to the heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: anthracycline, risk to the heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: immunotherapy side effects can appear late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: implanted venous access port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {stage} ({system})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scale}: {score}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactRow</name>
    <message>
        <source>Show the details and where this came from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactWords</name>
    <message>
        <source>Since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As your centre recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction: {reactions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intolerance, not an allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy (substance not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your centre did not say how severe a reaction could be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: {agents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-O-3 {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secondary cancer (metastasis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has come back (recurrence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer (name not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device (not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of a serious infection after chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunotherapy side effects can start late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart: a high dose of anthracyclines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart: anthracyclines and radiotherapy near it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart: anthracyclines given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act at once if you feel unwell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert your centre set.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Save a copy of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>This is a backup, not a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a backup of a whole profile. It is not imported into this record: it is restored as a profile of its own. To restore it, choose Restore from backup in Settings, or drop it on the start screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
    <message>
        <source>From {centre} · {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {centre}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already in your record</source>
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
    <message numerus="yes">
        <source>To import: %n new item(s)</source>
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
        <source>Will not be imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImmunisationsView</name>
    <message>
        <source>Date not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {lot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vaccinations. After cancer treatment some may need to be given again: ask your centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search vaccines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No immunisations recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation type="unfinished"></translation>
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
        <source>Nothing is added to your record until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing new to import: your record stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been added yet. Check what each file brings, then choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled: nothing was imported. Your record is as it was.</source>
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
    <message>
        <source>Add what the files bring to your record</source>
        <translation type="unfinished"></translation>
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
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s) and {updated} updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file} ({number} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: nothing will be kept…</source>
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
    <message>
        <source>its readable text (narrative) is missing (no div); everything else was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{resource} is in the file more than once; the last copy was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record (other parts of the file refer to it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as} (other parts of the file write it the same way)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message numerus="yes">
        <source>{records} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it refers to %n records that are neither in the file nor in your record ({records})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entry {number}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At {place}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetailsDialog</name>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this came from is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by {a}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by {list} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stored in your record: the first {shown} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As stored in your record: %n record(s) from your sources.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This item is built from other items; it has no record of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the original data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the original data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original data (FHIR JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer in your record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemFacts</name>
    <message>
        <source>{words}, as written: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of transplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item of your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumour size and extent (T): {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lymph nodes (N): {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread to other organs (M): {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinical (from examinations and scans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathological (from the tissue removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with your own stem cells (autologous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a donor&apos;s stem cells (allogeneic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain (equivocal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest total dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment line {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of cancer medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit or stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} (some doses could not be counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the source names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement: no known allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of a serious reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cell (morphology)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom or side effect you noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine you noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In My entries, where you can change or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cancer treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (My entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} events shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in your record that has a date, oldest first. Choose an event to see its details and where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in your cancer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match these choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cancer journey yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your diagnosis, treatments, tests and check-ups then appear here in date order, each with where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ups and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects you noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} of cancer medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathological</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{system}, edition {edition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equivocal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
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
    <name>ListRecordView</name>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Recognised as {medicine} (ATC code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it is written on the box, for example: Paracetamol 500 mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medicine you take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much and how often (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 1 tablet twice a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you take it for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I still take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationsView</name>
    <message>
        <source>Current medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treatment line {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative dose {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative dose at least {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{given} of %n cycle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicines you take now and took before: cancer medicines and all others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicines recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a summary from your centre. You can also add what you take in My entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyEntriesView</name>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{entry}” ({date}) is deleted from your record. What your centres sent stays as it is. You can undo this straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{entry}” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write down yourself: medicines you take, side effects and notes for your next visit. They are marked as reported by you wherever they appear, also in the summaries you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add symptom or side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written down yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down medicines you take, side effects and notes for your next visit. They stay on this computer, marked as reported by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications I take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms and side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
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
    <name>NextWords</name>
    <message>
        <source>Appointment booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activity}: {schedule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Normal range: {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Change a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: questions for your next visit, or how you have been.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalFields</name>
    <message>
        <source>Identifier in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered this yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The rest is not shown.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherRecordsView</name>
    <message>
        <source>No title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>mentioned by %n item(s) of your record</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not mentioned by any item of your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else your summaries contain. The app does not interpret these records, but nothing is hidden: open one to see what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything your summaries contain is shown in the other parts of your record. Import a summary from your centre to add more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>See all %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>See all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allergies recorded. Tell every doctor about any you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current medicines recorded. Tell every doctor what you take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active cancer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current cancer treatment recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices recorded, such as a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts follow from what your record holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upcoming appointments are recorded. Ask your centre when your next check-up is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab results or measurements are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Import a summary from your centre to see your allergies, medicines, diagnosis and results here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For any doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all allergies and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines you take now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your cancer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer treatment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all sources</source>
        <translation type="unfinished"></translation>
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
    <name>PdfPage</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
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
        <source>Imaging</source>
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
        <source>Line of cancer medicines</source>
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
        <source>Symptom or side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
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
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) given</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n fraction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n time(s) by later imports</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Cancer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunisations</source>
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
        <source>My entries</source>
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
    <name>RecordText</name>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemotherapy (anthracycline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hormone therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supportive medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of several possibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>biological product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported as taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in use for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrition orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests for care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of health professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines as products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where records came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
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
    <name>Results</name>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! Outside the normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the chart: not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the chart: another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the chart: no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>No test matches “{words}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal range ({range})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given as a limit (such as “&lt; 5”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{agents} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer medicines, line {number}: {agents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from {first} to {last}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>normal range {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tumour marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in words, not numbers: in the table only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in another unit ({units}): in the table only. The chart shows {unit}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) without a date: in the table only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart for this test: its results are not numbers on a date. They are all in the table below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of {name}: the values of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your test results over time. Choose a test to see its chart; the shaded bands show its normal range and your cancer treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a summary from your centre to see your blood tests and other results here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionTree</name>
    <message>
        <source>Nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{included} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{included} of %n item(s) included</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the summary, emergency information first, with their items. Space turns the selected one on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date or count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you leave out is also left out of the emergency card and of the IPS file, inside the PDF and exported. The IPS file then says that information was withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include everything again, except what the sources marked as an error</source>
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
    <name>SourceChips</name>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered this yourself (My entries).</source>
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
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by {list} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDetails</name>
    <message>
        <source>{added} new, {updated} updated, {unchanged} already in your record, {linked} also reported by another source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more that were not kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of this import</source>
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
    <message numerus="yes">
        <source>⚠ %n problem(s) found in the file: see the details</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the import from {source}</source>
        <translation type="unfinished"></translation>
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
    <name>SymptomDialog</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a symptom or side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a symptom or side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, for example: cramps in my legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grades are those doctors use for side effects of cancer treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did you have it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: how long it lasted, or what helped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Text of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentText</name>
    <message>
        <source>to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated by the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s), per m²</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>some doses could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{given} of {planned} cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fraction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose} Gy in %n fraction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boost {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{doses}, {total} Gy in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autologous (your own stem cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allogeneic (from a donor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthracyclines were given ({agents}), but no dose of them is recorded, so no total can be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anthracyclines in your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{protocol}, ended {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment protocols: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{site} (boost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were treated with, as a survivorship clinic asks for it: the medicines with their cumulative doses, the anthracycline total, radiotherapy by site. Choose a row to see its details and where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No surgery in your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer medicines (systemic therapy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cancer medicines in your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthracyclines and the heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No radiotherapy in your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stem-cell transplant in your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your operations, cancer medicines with their doses, radiotherapy and transplants then appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
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
