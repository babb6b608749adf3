<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AllergiesView</name>
    <message>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Alergii și intoleranțe</translation>
    </message>
    <message>
        <source>Implants and devices</source>
        <translation>Implanturi și dispozitive</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Substanță nespecificată</translation>
    </message>
    <message>
        <source>Not an allergy: a statement that none is known</source>
        <translation>Nu este o alergie: o declarație că nu se cunoaște niciuna</translation>
    </message>
    <message>
        <source>recorded {date}</source>
        <translation>data înregistrării: {date}</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>din {date}</translation>
    </message>
    <message>
        <source>Reactions: {reactions}</source>
        <translation>Reacții: {reactions}</translation>
    </message>
    <message>
        <source>Reaction: {reaction}</source>
        <translation>Reacție: {reaction}</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispozitiv medical</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Cameră implantabilă (port)</translation>
    </message>
    <message>
        <source>Alert from your centre</source>
        <translation>Alertă de la centrul dumneavoastră</translation>
    </message>
    <message>
        <source>Warning about a treatment</source>
        <translation>Avertisment privind un tratament</translation>
    </message>
    <message>
        <source>Open it to read what the source says.</source>
        <translation>Deschideți elementul ca să citiți ce spune sursa.</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Alergii și alerte</translation>
    </message>
    <message>
        <source>What a doctor must know first: allergies, alerts from your centres, and implants such as a port.</source>
        <translation>Ce trebuie să știe mai întâi un medic: alergiile, alertele de la centrele dumneavoastră și implanturile, cum ar fi o cameră implantabilă (port).</translation>
    </message>
    <message>
        <source>Search allergies, alerts and devices</source>
        <translation>Căutați în alergii, alerte și dispozitive</translation>
    </message>
    <message>
        <source>No allergies, alerts or implants recorded yet.</source>
        <translation>Încă nu sunt înregistrate alergii, alerte sau implanturi.</translation>
    </message>
    <message>
        <source>This does not mean you have none: tell every doctor about your allergies. Import a summary from your centre to see them here.</source>
        <translation>Asta nu înseamnă că nu aveți niciuna: spuneți fiecărui medic ce alergii aveți. Importați un rezumat de la centrul dumneavoastră ca să le vedeți aici.</translation>
    </message>
</context>
<context>
    <name>AnthracyclineCard</name>
    <message>
        <source>{dose} {unit} doxorubicin-equivalent</source>
        <translation>{dose} {unit} echivalent doxorubicină</translation>
    </message>
    <message>
        <source>{dose} mg in total (not divided by body surface area)</source>
        <translation>{dose} mg în total (neîmpărțit la suprafața corporală)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicament</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Doză cumulată</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Doxorubicin-equivalent</source>
        <translation>Echivalent doxorubicină</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Raportat de</translation>
    </message>
    <message>
        <source>Not counted in this total, because the conversion table gives no factor or the dose is not known in {unit}: {agents}.</source>
        <translation>Nu sunt incluse în acest total, deoarece tabelul de conversie nu dă un factor sau doza nu este cunoscută în {unit}: {agents}.</translation>
    </message>
    <message>
        <source>Converted with the table “{table}”, {version}.</source>
        <translation>Conversie făcută cu tabelul „{table}”, {version}.</translation>
    </message>
    <message>
        <source>At or above the high-dose threshold of {threshold} mg/m²</source>
        <translation>La pragul de doză mare de {threshold} mg/m² sau peste</translation>
    </message>
    <message>
        <source>This means a high risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Aceasta înseamnă un risc mare de probleme cu inima mai târziu (disfuncție cardiacă). Inima ar trebui verificată (ecocardiografie) înaintea oricărui tratament care o poate solicita.</translation>
    </message>
    <message>
        <source>Below {threshold} mg/m², with radiotherapy near the heart</source>
        <translation>Sub {threshold} mg/m², cu radioterapie în apropierea inimii</translation>
    </message>
    <message>
        <source>Radiotherapy near the heart ({site}) adds to the risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Radioterapia în apropierea inimii ({site}) crește riscul de probleme cu inima mai târziu (disfuncție cardiacă). Inima ar trebui verificată (ecocardiografie) înaintea oricărui tratament care o poate solicita.</translation>
    </message>
    <message>
        <source>Cannot be compared with the threshold of {threshold} mg/m²</source>
        <translation>Nu poate fi comparat cu pragul de {threshold} mg/m²</translation>
    </message>
    <message>
        <source>Your body surface area is not in the record, so the total in mg cannot be compared with the high-dose threshold. The risk to the heart lasts for life.</source>
        <translation>Suprafața corporală nu apare în dosar, așa că totalul în mg nu poate fi comparat cu pragul de doză mare. Riscul pentru inimă durează toată viața.</translation>
    </message>
    <message>
        <source>Below the high-dose threshold of {threshold} mg/m²</source>
        <translation>Sub pragul de doză mare de {threshold} mg/m²</translation>
    </message>
    <message>
        <source>The risk to the heart lasts for life. Tell any doctor who plans more anthracyclines or radiotherapy to the chest about this total.</source>
        <translation>Riscul pentru inimă durează toată viața. Spuneți-i despre acest total oricărui medic care plănuiește alte antracicline sau radioterapie la nivelul toracelui.</translation>
    </message>
    <message>
        <source>Threshold from: {source}</source>
        <translation>Sursa pragului: {source}</translation>
    </message>
</context>
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
    <name>ChartTableLink</name>
    <message>
        <source>Choose a result in the table to circle it in the chart, or click a point.</source>
        <translation>Alegeți un rezultat din tabel pentru a-l încercui în grafic sau faceți clic pe un punct.</translation>
    </message>
    <message>
        <source>Circled in the chart: {result}</source>
        <translation>Încercuit în grafic: {result}</translation>
    </message>
    <message>
        <source>Not in the chart: {result}</source>
        <translation>Nu apare în grafic: {result}</translation>
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
    <message>
        <source>“{size}” is not a window size. Write it as 1280x800.</source>
        <translation>„{size}” nu este o dimensiune de fereastră. Scrieți-o sub forma 1280x800.</translation>
    </message>
    <message>
        <source>“{view}” is not a view of the app. The views are: {views}.</source>
        <translation>„{view}” nu este o vizualizare a aplicației. Vizualizările sunt: {views}.</translation>
    </message>
    <message>
        <source>“{code}” is not a language of the app. Use a code such as de, ro or el.</source>
        <translation>„{code}” nu este o limbă a aplicației. Folosiți un cod precum de, ro sau el.</translation>
    </message>
</context>
<context>
    <name>ConditionsView</name>
    <message>
        <source>Cancer diagnoses</source>
        <translation>Diagnostice de cancer</translation>
    </message>
    <message>
        <source>Other conditions now</source>
        <translation>Alte afecțiuni actuale</translation>
    </message>
    <message>
        <source>Resolved and past conditions</source>
        <translation>Afecțiuni vindecate sau din trecut</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Diagnostic de cancer</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stadiul {stage}</translation>
    </message>
    <message>
        <source>side: {side}</source>
        <translation>partea: {side}</translation>
    </message>
    <message>
        <source>diagnosed {date}</source>
        <translation>data diagnosticului: {date}</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afecțiune</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecțiuni</translation>
    </message>
    <message>
        <source>Your cancer diagnoses and every other health problem your centres recorded.</source>
        <translation>Diagnosticele dumneavoastră de cancer și toate celelalte probleme de sănătate înregistrate de centrele dumneavoastră.</translation>
    </message>
    <message>
        <source>Search conditions, codes and notes</source>
        <translation>Căutați în afecțiuni, coduri și note</translation>
    </message>
    <message>
        <source>No conditions recorded yet.</source>
        <translation>Încă nu sunt înregistrate afecțiuni.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Importați un rezumat de la centrul dumneavoastră.</translation>
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
    <name>DocumentViewer</name>
    <message>
        <source>Opening the document…</source>
        <translation>Se deschide documentul…</translation>
    </message>
    <message>
        <source>This document could not be opened: its data is missing or damaged in the summary your centre sent.</source>
        <translation>Acest document nu a putut fi deschis: datele lui lipsesc sau sunt deteriorate în rezumatul trimis de centrul dumneavoastră.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>O copie a fost salvată în {path}.</translation>
    </message>
    <message>
        <source>This is the summary document your centre sent. What it holds is shown in the other parts of your record.</source>
        <translation>Acesta este documentul-rezumat trimis de centrul dumneavoastră. Conținutul lui este afișat în celelalte părți ale dosarului.</translation>
    </message>
    <message>
        <source>Its sections: {sections}.</source>
        <translation>Secțiunile lui: {sections}.</translation>
    </message>
    <message>
        <source>This document has no file attached.</source>
        <translation>Acest document nu are niciun fișier atașat.</translation>
    </message>
    <message>
        <source>The file is not in the summary: your centre keeps it at {url}. Ask your centre for a copy.</source>
        <translation>Fișierul nu se află în rezumat: centrul dumneavoastră îl păstrează la {url}. Cereți centrului o copie.</translation>
    </message>
    <message>
        <source>The file is not in the summary. Ask your centre for a copy.</source>
        <translation>Fișierul nu se află în rezumat. Cereți centrului o copie.</translation>
    </message>
    <message>
        <source>This kind of file ({type}) cannot be shown here. Save a copy to open it with another program.</source>
        <translation>Acest tip de fișier ({type}) nu poate fi afișat aici. Salvați o copie ca să îl deschideți cu alt program.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvați o copie…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versiune:</translation>
    </message>
    <message>
        <source>Version of the document</source>
        <translation>Versiunea documentului</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Lab report (PDF)</source>
        <translation>Buletin de laborator (PDF)</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Buletin de laborator</translation>
    </message>
    <message>
        <source>Pathology report (PDF)</source>
        <translation>Buletin histopatologic (PDF)</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Buletin histopatologic</translation>
    </message>
    <message>
        <source>Scan or X-ray report (PDF)</source>
        <translation>Raport de imagistică (PDF)</translation>
    </message>
    <message>
        <source>Scan or X-ray report</source>
        <translation>Raport de imagistică</translation>
    </message>
    <message>
        <source>Test report (PDF)</source>
        <translation>Buletin de analize (PDF)</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Buletin de analize</translation>
    </message>
    <message>
        <source>Summary document</source>
        <translation>Document-rezumat</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Link to a document</source>
        <translation>Legătură către un document</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagine</translation>
    </message>
    <message>
        <source>Letter or report (text)</source>
        <translation>Scrisoare sau raport (text)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>File {number}</source>
        <translation>Fișierul {number}</translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation>Document fără titlu</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>Letters, reports and files your centres sent with their summaries.</source>
        <translation>Scrisori, rapoarte și fișiere trimise de centrele dumneavoastră împreună cu rezumatele lor.</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Încă niciun document</translation>
    </message>
    <message>
        <source>Letters, reports and other files come with the summaries your centres send. Import a summary to see them here.</source>
        <translation>Scrisorile, rapoartele și alte fișiere vin odată cu rezumatele trimise de centrele dumneavoastră. Importați un rezumat ca să le vedeți aici.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importați un rezumat</translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <source>This is a backup</source>
        <translation>Aceasta este o copie de siguranță</translation>
    </message>
    <message>
        <source>Backups are restored from Settings, not imported. Drop it to see how.</source>
        <translation>Copiile de siguranță se restaurează din Setări, nu se importă. Plasați-o aici ca să vedeți cum.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n file(s)</source>
        <translation>
            <numerusform>Plasați aici ca să importați %n fișier</numerusform>
            <numerusform>Plasați aici ca să importați %n fișiere</numerusform>
            <numerusform>Plasați aici ca să importați %n de fișiere</numerusform>
        </translation>
    </message>
    <message>
        <source>You will see what they bring before anything is added to your record.</source>
        <translation>Veți vedea ce aduc înainte să se adauge ceva în dosarul dumneavoastră.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>Tiredness (fatigue)</source>
        <translation>Oboseală (astenie)</translation>
    </message>
    <message>
        <source>Feeling sick (nausea)</source>
        <translation>Greață</translation>
    </message>
    <message>
        <source>Being sick (vomiting)</source>
        <translation>Vărsături</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Diaree</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Constipație</translation>
    </message>
    <message>
        <source>Numbness or tingling in hands or feet (neuropathy)</source>
        <translation>Amorțeli sau furnicături în mâini sau picioare (neuropatie)</translation>
    </message>
    <message>
        <source>Sore mouth (mucositis)</source>
        <translation>Dureri sau răni în gură (mucozită)</translation>
    </message>
    <message>
        <source>Fever (high temperature)</source>
        <translation>Febră (temperatură mare)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Durere</translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation>Căderea părului</translation>
    </message>
    <message>
        <source>Skin rash</source>
        <translation>Erupție pe piele</translation>
    </message>
    <message>
        <source>Loss of appetite</source>
        <translation>Lipsa poftei de mâncare</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>Lipsă de aer (respirație dificilă)</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Durere de cap</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Altceva</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Ușor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sever</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Pune viața în pericol</translation>
    </message>
    <message>
        <source>You did not have it.</source>
        <translation>Nu ați avut acest simptom.</translation>
    </message>
    <message>
        <source>You noticed it, but you could do your usual things.</source>
        <translation>L-ați observat, dar v-ați putut face activitățile obișnuite.</translation>
    </message>
    <message>
        <source>It got in the way of everyday things like cooking, shopping or work.</source>
        <translation>V-a îngreunat activitățile de zi cu zi, cum ar fi gătitul, cumpărăturile sau munca.</translation>
    </message>
    <message>
        <source>You could not wash, dress or eat without help, or you went to hospital.</source>
        <translation>Nu ați putut să vă spălați, să vă îmbrăcați sau să mâncați fără ajutor ori ați ajuns la spital.</translation>
    </message>
    <message>
        <source>You needed urgent treatment straight away.</source>
        <translation>Ați avut nevoie imediat de tratament de urgență.</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>Scrieți numele medicamentului.</translation>
    </message>
    <message>
        <source>Choose a symptom or side effect from the list, or choose “Something else”.</source>
        <translation>Alegeți un simptom sau un efect secundar din listă sau alegeți „Altceva”.</translation>
    </message>
    <message>
        <source>Describe the symptom or side effect in a few words.</source>
        <translation>Descrieți simptomul sau efectul secundar în câteva cuvinte.</translation>
    </message>
    <message>
        <source>Choose how bad it was, from 0 (none) to 4 (life-threatening).</source>
        <translation>Alegeți cât de grav a fost, de la 0 (absent) la 4 (pune viața în pericol).</translation>
    </message>
    <message>
        <source>Write your note before you save it.</source>
        <translation>Scrieți notița înainte de a o salva.</translation>
    </message>
    <message>
        <source>Choose a date that is today or earlier.</source>
        <translation>Alegeți data de azi sau o dată anterioară.</translation>
    </message>
    <message>
        <source>The date you stopped must be the same as or after the date you started.</source>
        <translation>Data opririi trebuie să fie aceeași cu data începerii sau ulterioară ei.</translation>
    </message>
    <message>
        <source>This is too long: use at most {max} characters.</source>
        <translation>Textul este prea lung: folosiți cel mult {max} caractere.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>Grade {grade}: {word}</source>
        <translation>Gradul {grade}: {word}</translation>
    </message>
</context>
<context>
    <name>EntryGroup</name>
    <message numerus="yes">
        <source>Show all %n entries</source>
        <translation>
            <numerusform>Afișați toate însemnările (%n)</numerusform>
            <numerusform>Afișați toate cele %n însemnări</numerusform>
            <numerusform>Afișați toate cele %n de însemnări</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryRows</name>
    <message>
        <source>Note</source>
        <translation>Notiță</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Medicament fără nume</translation>
    </message>
    <message>
        <source>Unnamed symptom</source>
        <translation>Simptom fără nume</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>dată neprecizată</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Din {date}</translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation>Îl luați acum</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>De la {start} până la {end}</translation>
    </message>
    <message>
        <source>Stopped {date}</source>
        <translation>Oprit pe {date}</translation>
    </message>
    <message>
        <source>Started {date}, stopped</source>
        <translation>Început pe {date}, oprit</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Oprit</translation>
    </message>
    <message>
        <source>For: {reason}</source>
        <translation>Pentru: {reason}</translation>
    </message>
    <message>
        <source>This came back with an imported file: remove that import in Sources to remove it.</source>
        <translation>Această însemnare a venit cu un fișier importat: ca să o eliminați, anulați acel import în Surse.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergere</translation>
    </message>
    <message>
        <source>Edit “{entry}”</source>
        <translation>Modificați „{entry}”</translation>
    </message>
    <message>
        <source>Delete “{entry}”</source>
        <translation>Ștergeți „{entry}”</translation>
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
        <source>{label} emergency card</source>
        <translation>{label} card de urgență</translation>
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
        <source>D&amp;ocument:</source>
        <translation>D&amp;ocument:</translation>
    </message>
    <message>
        <source>Full summary</source>
        <translation>Rezumat complet</translation>
    </message>
    <message>
        <source>Emergency card (wallet size)</source>
        <translation>Card de urgență (format de portofel)</translation>
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
        <source>Save card…</source>
        <translation>Salvează cardul…</translation>
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
    <message>
        <source>Preview of the emergency card</source>
        <translation>Previzualizarea cardului de urgență</translation>
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
    <name>ExportItems</name>
    <message>
        <source>Warnings and alerts</source>
        <translation>Avertismente și alerte</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergii</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Medicamente actuale</translation>
    </message>
    <message>
        <source>Active cancer</source>
        <translation>Cancer activ</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Dispozitive medicale</translation>
    </message>
    <message>
        <source>Cancer history and treatment</source>
        <translation>Istoric oncologic și tratament</translation>
    </message>
    <message>
        <source>Other health problems</source>
        <translation>Alte probleme de sănătate</translation>
    </message>
    <message>
        <source>Earlier medicines</source>
        <translation>Medicamente anterioare</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Proceduri</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vaccinări</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Rezultate de analize</translation>
    </message>
    <message>
        <source>Care plan and follow-up</source>
        <translation>Plan de îngrijire și monitorizare</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Surse</translation>
    </message>
    <message>
        <source>Warning: fever on chemotherapy can mean sepsis</source>
        <translation>Atenție: febra în timpul chimioterapiei poate însemna sepsis</translation>
    </message>
    <message>
        <source>Warning: high anthracycline dose, risk to the heart</source>
        <translation>Atenție: doză mare de antracicline, risc pentru inimă</translation>
    </message>
    <message>
        <source>Warning: anthracycline and chest radiotherapy, risk to the heart</source>
        <translation>Atenție: antracicline și radioterapie toracică, risc pentru inimă</translation>
    </message>
    <message>
        <source>Warning: anthracycline, risk to the heart</source>
        <translation>Atenție: antracicline, risc pentru inimă</translation>
    </message>
    <message>
        <source>Warning: immunotherapy side effects can appear late</source>
        <translation>Atenție: efectele secundare ale imunoterapiei pot apărea târziu</translation>
    </message>
    <message>
        <source>Warning: implanted venous access port</source>
        <translation>Atenție: cameră implantabilă pentru acces venos (port)</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Health problem</source>
        <translation>Problemă de sănătate</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicament</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Medicament oncologic</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispozitiv medical</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedură</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operație</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Transplant de celule stem</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapie</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Protocol de tratament</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Marker tumoral</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Vaccinare</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Rezultat de analiză</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de îngrijire</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Monitorizare</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alertă</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Nicio alergie cunoscută</translation>
    </message>
    <message>
        <source>Stage {stage} ({system})</source>
        <translation>Stadiul {stage} ({system})</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stadiul {stage}</translation>
    </message>
    <message>
        <source>Disease status: {status}</source>
        <translation>Starea bolii: {status}</translation>
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
        <translation>Afișați detaliile și proveniența</translation>
    </message>
</context>
<context>
    <name>FactWords</name>
    <message>
        <source>Since {date}</source>
        <translation>Din {date}</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Medicament fără nume</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Nicio alergie cunoscută</translation>
    </message>
    <message>
        <source>As your centre recorded it.</source>
        <translation>Așa cum a înregistrat centrul dumneavoastră.</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Reaction: {reactions}</source>
        <translation>Reacție: {reactions}</translation>
    </message>
    <message>
        <source>An intolerance, not an allergy</source>
        <translation>O intoleranță, nu o alergie</translation>
    </message>
    <message>
        <source>Recorded {date}</source>
        <translation>Data înregistrării: {date}</translation>
    </message>
    <message>
        <source>Allergy (substance not named)</source>
        <translation>Alergie (substanță nespecificată)</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>ușoară</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderată</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severă</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risc ridicat</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as high.</source>
        <translation>Centrul dumneavoastră apreciază ca ridicat riscul unei reacții severe.</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risc scăzut</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as low.</source>
        <translation>Centrul dumneavoastră apreciază ca scăzut riscul unei reacții severe.</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Risc neevaluat</translation>
    </message>
    <message>
        <source>Risk not stated</source>
        <translation>Risc neprecizat</translation>
    </message>
    <message>
        <source>Your centre did not say how severe a reaction could be.</source>
        <translation>Centrul dumneavoastră nu a precizat cât de severă ar putea fi o reacție.</translation>
    </message>
    <message>
        <source>Line {number}: {agents}</source>
        <translation>Linia {number}: {agents}</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapie</translation>
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
        <translation>Un cancer secundar (metastază)</translation>
    </message>
    <message>
        <source>It has come back (recurrence).</source>
        <translation>A revenit (recidivă).</translation>
    </message>
    <message>
        <source>Stage not recorded</source>
        <translation>Stadiu neînregistrat</translation>
    </message>
    <message>
        <source>Diagnosed {date}</source>
        <translation>Diagnosticat pe {date}</translation>
    </message>
    <message>
        <source>Cancer (name not recorded)</source>
        <translation>Cancer (nume neînregistrat)</translation>
    </message>
    <message>
        <source>Device (not named)</source>
        <translation>Dispozitiv (fără nume)</translation>
    </message>
    <message>
        <source>Where: {site}</source>
        <translation>Localizare: {site}</translation>
    </message>
    <message>
        <source>Risk of a serious infection after chemotherapy</source>
        <translation>Risc de infecție gravă după chimioterapie</translation>
    </message>
    <message>
        <source>Immunotherapy side effects can start late</source>
        <translation>Efectele secundare ale imunoterapiei pot începe târziu</translation>
    </message>
    <message>
        <source>Heart: a high dose of anthracyclines</source>
        <translation>Inima: doză mare de antracicline</translation>
    </message>
    <message>
        <source>Heart: anthracyclines and radiotherapy near it</source>
        <translation>Inima: antracicline și radioterapie în apropierea ei</translation>
    </message>
    <message>
        <source>Heart: anthracyclines given</source>
        <translation>Inima: s-au administrat antracicline</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Cameră implantabilă (port)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Act at once if you feel unwell.</source>
        <translation>Acționați imediat dacă nu vă simțiți bine.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alertă</translation>
    </message>
    <message>
        <source>An alert your centre set.</source>
        <translation>O alertă stabilită de centrul dumneavoastră.</translation>
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
    <message>
        <source>Save a copy of the document</source>
        <translation>Salvați o copie a documentului</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>This is a backup, not a summary</source>
        <translation>Aceasta este o copie de siguranță, nu un rezumat</translation>
    </message>
    <message>
        <source>{file} is a backup of a whole profile. It is not imported into this record: it is restored as a profile of its own. To restore it, choose Restore from backup in Settings, or drop it on the start screen.</source>
        <translation>{file} este o copie de siguranță a unui profil întreg. Nu se importă în acest dosar: se restaurează ca profil separat. Pentru a o restaura, alegeți „Restaurați din copia de siguranță” în Setări sau plasați-o pe ecranul de pornire.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Deschideți Setările</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
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
    <message>
        <source>From {centre} · {country}</source>
        <translation>De la {centre} · {country}</translation>
    </message>
    <message>
        <source>From {centre}</source>
        <translation>De la {centre}</translation>
    </message>
    <message numerus="yes">
        <source>%n already in your record</source>
        <translation>
            <numerusform>%n element există deja în dosarul dumneavoastră</numerusform>
            <numerusform>%n elemente există deja în dosarul dumneavoastră</numerusform>
            <numerusform>%n de elemente există deja în dosarul dumneavoastră</numerusform>
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
    <message numerus="yes">
        <source>To import: %n new item(s)</source>
        <translation>
            <numerusform>De importat: %n element nou</numerusform>
            <numerusform>De importat: %n elemente noi</numerusform>
            <numerusform>De importat: %n de elemente noi</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Deja în dosarul dumneavoastră: nimic nou în acest fișier.</translation>
    </message>
    <message>
        <source>Will not be imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Nu va fi importat: acest fișier este despre {file_patient}, nu despre {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Neimportat: acest fișier este despre {file_patient}, nu despre {profile_patient}.</translation>
    </message>
    <message>
        <source>Cannot be imported: {reason}</source>
        <translation>Nu poate fi importat: {reason}</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Neimportat.</translation>
    </message>
</context>
<context>
    <name>ImmunisationsView</name>
    <message>
        <source>Date not stated</source>
        <translation>Dată neprecizată</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Vaccinare</translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>doza {number}</translation>
    </message>
    <message>
        <source>batch {lot}</source>
        <translation>lotul {lot}</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Imunizări</translation>
    </message>
    <message>
        <source>Your vaccinations. After cancer treatment some may need to be given again: ask your centre.</source>
        <translation>Vaccinările dumneavoastră. După tratamentul pentru cancer, unele ar putea trebui făcute din nou: întrebați la centrul dumneavoastră.</translation>
    </message>
    <message>
        <source>Search vaccines</source>
        <translation>Căutați vaccinuri</translation>
    </message>
    <message>
        <source>No immunisations recorded yet.</source>
        <translation>Încă nu sunt înregistrate imunizări.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Importați un rezumat de la centrul dumneavoastră.</translation>
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
        <source>Nothing is added to your record until you choose Import.</source>
        <translation>Nu se adaugă nimic în dosar până când nu alegeți „Importă”.</translation>
    </message>
    <message>
        <source>There is nothing new to import: your record stays as it is.</source>
        <translation>Nu este nimic nou de importat: dosarul rămâne așa cum este.</translation>
    </message>
    <message>
        <source>Nothing has been added yet. Check what each file brings, then choose Import.</source>
        <translation>Încă nu s-a adăugat nimic. Verificați ce aduce fiecare fișier, apoi alegeți „Importă”.</translation>
    </message>
    <message>
        <source>You cancelled: nothing was imported. Your record is as it was.</source>
        <translation>Ați anulat: nu s-a importat nimic. Dosarul este așa cum era.</translation>
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
    <message>
        <source>Add what the files bring to your record</source>
        <translation>Adăugați în dosar ce aduc fișierele</translation>
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
        <source>Importing</source>
        <translation>Importare</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>Se importă {file} ({number} din {total})…</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s) and {updated} updated.</source>
        <translation>
            <numerusform>În total: %n element nou; actualizate: {updated}.</numerusform>
            <numerusform>În total: %n elemente noi; actualizate: {updated}.</numerusform>
            <numerusform>În total: %n de elemente noi; actualizate: {updated}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s).</source>
        <translation>
            <numerusform>În total: %n element nou.</numerusform>
            <numerusform>În total: %n elemente noi.</numerusform>
            <numerusform>În total: %n de elemente noi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)</source>
        <translation>
            <numerusform>Se verifică %n fișier</numerusform>
            <numerusform>Se verifică %n fișiere</numerusform>
            <numerusform>Se verifică %n de fișiere</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Verificați înainte de import</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import anulat</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Se oprește…</translation>
    </message>
    <message>
        <source>Reading {file} ({number} of {total})…</source>
        <translation>Se citește {file} ({number} din {total})…</translation>
    </message>
    <message>
        <source>Checking the files</source>
        <translation>Se verifică fișierele</translation>
    </message>
    <message>
        <source>Stopping: nothing will be kept…</source>
        <translation>Se oprește: nu se va păstra nimic…</translation>
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
    <message>
        <source>its readable text (narrative) is missing (no div); everything else was imported</source>
        <translation>textul lizibil (narativul) lipsește (fără div); tot restul a fost importat</translation>
    </message>
    <message>
        <source>{resource} is in the file more than once; the last copy was kept</source>
        <translation>{resource} apare de mai multe ori în fișier; a fost păstrată ultima copie</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record</source>
        <translation>trimite la {target}, care nu se află nici în fișier, nici în dosarul dumneavoastră</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record (other parts of the file refer to it too)</source>
        <translation>trimite la {target}, care nu se află nici în fișier, nici în dosarul dumneavoastră (și alte părți ale fișierului trimit la el)</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as}</source>
        <translation>trimite la {target}, scris într-un mod pe care FHIR nu îl permite; a fost citit ca {read_as}</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as} (other parts of the file write it the same way)</source>
        <translation>trimite la {target}, scris într-un mod pe care FHIR nu îl permite; a fost citit ca {read_as} (și alte părți ale fișierului îl scriu la fel)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message numerus="yes">
        <source>{records} and %n more</source>
        <translation>
            <numerusform>{records} și încă %n</numerusform>
            <numerusform>{records} și încă %n</numerusform>
            <numerusform>{records} și încă %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it refers to %n records that are neither in the file nor in your record ({records})</source>
        <translation>
            <numerusform>trimite la %n înregistrare care nu se află nici în fișier, nici în dosarul dumneavoastră ({records})</numerusform>
            <numerusform>trimite la %n înregistrări care nu se află nici în fișier, nici în dosarul dumneavoastră ({records})</numerusform>
            <numerusform>trimite la %n de înregistrări care nu se află nici în fișier, nici în dosarul dumneavoastră ({records})</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry {number}: {reason}.</source>
        <translation>Intrarea {number}: {reason}.</translation>
    </message>
    <message>
        <source>Line {number}: {reason}.</source>
        <translation>Linia {number}: {reason}.</translation>
    </message>
    <message>
        <source>In the file: {reason}.</source>
        <translation>În fișier: {reason}.</translation>
    </message>
    <message>
        <source>At {place}: {reason}.</source>
        <translation>La {place}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file:</source>
        <translation>
            <numerusform>%n problemă găsită în fișier:</numerusform>
            <numerusform>%n probleme găsite în fișier:</numerusform>
            <numerusform>%n de probleme găsite în fișier:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…și încă %n.</numerusform>
            <numerusform>…și încă %n.</numerusform>
            <numerusform>…și încă %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetailsDialog</name>
    <message>
        <source>you</source>
        <translation>dumneavoastră</translation>
    </message>
    <message>
        <source>Where this came from is not known.</source>
        <translation>Proveniența nu este cunoscută.</translation>
    </message>
    <message>
        <source>Reported by {a}.</source>
        <translation>Raportat de {a}.</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}.</source>
        <translation>Raportat de {list} și {last}.</translation>
    </message>
    <message>
        <source>Notes from the source</source>
        <translation>Note de la sursă</translation>
    </message>
    <message>
        <source>Original records</source>
        <translation>Înregistrările originale</translation>
    </message>
    <message>
        <source>As stored in your record: the first {shown} of {total}.</source>
        <translation>Așa cum sunt stocate în dosar: primele {shown} din {total}.</translation>
    </message>
    <message numerus="yes">
        <source>As stored in your record: %n record(s) from your sources.</source>
        <translation>
            <numerusform>Așa cum este stocată în dosar: %n înregistrare din sursele dumneavoastră.</numerusform>
            <numerusform>Așa cum sunt stocate în dosar: %n înregistrări din sursele dumneavoastră.</numerusform>
            <numerusform>Așa cum sunt stocate în dosar: %n de înregistrări din sursele dumneavoastră.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is built from other items; it has no record of its own.</source>
        <translation>Acest element este alcătuit din alte elemente; nu are o înregistrare proprie.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Se citește…</translation>
    </message>
    <message>
        <source>Hide the original data</source>
        <translation>Ascundeți datele originale</translation>
    </message>
    <message>
        <source>Show the original data</source>
        <translation>Afișați datele originale</translation>
    </message>
    <message>
        <source>The original data (FHIR JSON)</source>
        <translation>Datele originale (FHIR JSON)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>This item is no longer in your record.</source>
        <translation>Acest element nu mai există în dosarul dumneavoastră.</translation>
    </message>
</context>
<context>
    <name>ItemFacts</name>
    <message>
        <source>{words}, as written: {source}</source>
        <translation>{words}, așa cum este scris: {source}</translation>
    </message>
    <message>
        <source>Your personal details</source>
        <translation>Datele dumneavoastră personale</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmare</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Data creării</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Data înregistrării</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Debut</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Încheiere</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Localizare în corp</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Partea</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Scop</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Interval normal</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretare</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadiu</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ediție</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scală</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Ședințe</translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation>Zone tratate</translation>
    </message>
    <message>
        <source>Kind of radiotherapy</source>
        <translation>Tipul de radioterapie</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Tehnică</translation>
    </message>
    <message>
        <source>Kind of transplant</source>
        <translation>Tipul de transplant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Concluzie</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Realizare</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Tipul vizitei</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Unde</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoale</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamente</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation>Valori înregistrate</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fișiere atașate</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secțiuni</translation>
    </message>
    <message>
        <source>Planned activities</source>
        <translation>Activități planificate</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorii</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Marker tumoral</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>În curs</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Doză</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipul înregistrării</translation>
    </message>
    <message>
        <source>Identifier in the file</source>
        <translation>Identificator în fișier</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Se referă la</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultate</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Are la bază</translation>
    </message>
    <message>
        <source>Mentioned by</source>
        <translation>Menționat de</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Item of your record</source>
        <translation>Element din dosarul dumneavoastră</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stadiul {stage}</translation>
    </message>
    <message>
        <source>Tumour size and extent (T): {stage}</source>
        <translation>Dimensiunea și extinderea tumorii (T): {stage}</translation>
    </message>
    <message>
        <source>Lymph nodes (N): {stage}</source>
        <translation>Ganglioni limfatici (N): {stage}</translation>
    </message>
    <message>
        <source>Spread to other organs (M): {stage}</source>
        <translation>Răspândire în alte organe (M): {stage}</translation>
    </message>
    <message>
        <source>clinical (from examinations and scans)</source>
        <translation>clinic (pe baza examinărilor și a investigațiilor imagistice)</translation>
    </message>
    <message>
        <source>pathological (from the tissue removed)</source>
        <translation>patologic (pe baza țesutului îndepărtat)</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operație</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Transplant de celule stem</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedură</translation>
    </message>
    <message>
        <source>with your own stem cells (autologous)</source>
        <translation>cu propriile celule stem (autolog)</translation>
    </message>
    <message>
        <source>with a donor&apos;s stem cells (allogeneic)</source>
        <translation>cu celule stem de la un donator (alogen)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>pozitiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>uncertain (equivocal)</source>
        <translation>incert (echivoc)</translation>
    </message>
    <message>
        <source>edition {n}</source>
        <translation>ediția {n}</translation>
    </message>
    <message>
        <source>Staging system</source>
        <translation>Sistem de stadializare</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>boost</source>
        <translation>doză suplimentară (boost)</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapie</translation>
    </message>
    <message>
        <source>Highest total dose</source>
        <translation>Cea mai mare doză totală</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Analiză</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Rezultate de analize</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ultima măsurare</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Prima măsurare</translation>
    </message>
    <message>
        <source>Treatment line {number}</source>
        <translation>Linia de tratament {number}</translation>
    </message>
    <message>
        <source>Line of cancer medicines</source>
        <translation>Linie de medicamente oncologice</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Starea bolii</translation>
    </message>
    <message>
        <source>Performance status</source>
        <translation>Status de performanță</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Protocol de tratament</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de îngrijire</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Monitorizare</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Visit or stay</source>
        <translation>Consultație sau internare</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicament</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>la fiecare {days} zile</translation>
    </message>
    <message>
        <source>{dose} (some doses could not be counted)</source>
        <translation>{dose} (unele doze nu au putut fi numărate)</translation>
    </message>
    <message>
        <source>As the source names it</source>
        <translation>Denumirea din sursă</translation>
    </message>
    <message>
        <source>Treatment line</source>
        <translation>Linie de tratament</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cicluri</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Doză cumulată</translation>
    </message>
    <message>
        <source>Prescribed dose</source>
        <translation>Doză prescrisă</translation>
    </message>
    <message>
        <source>Doses given</source>
        <translation>Doze administrate</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucțiuni</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Înregistrat ca</translation>
    </message>
    <message>
        <source>Taken now</source>
        <translation>Luat în prezent</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacție</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Substanță nespecificată</translation>
    </message>
    <message>
        <source>Statement: no known allergy</source>
        <translation>Declarație: nicio alergie cunoscută</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substanță</translation>
    </message>
    <message>
        <source>Risk of a serious reaction</source>
        <translation>Riscul unei reacții grave</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacții</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispozitiv medical</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Cameră implantabilă (port)</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Diagnostic de cancer</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Coduri</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportament</translation>
    </message>
    <message>
        <source>Kind of cell (morphology)</source>
        <translation>Tipul de celule (morfologie)</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Data diagnosticului</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afecțiune</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Vaccinare</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccin</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>Numărul dozei</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Symptom or side effect you noted</source>
        <translation>Simptom sau efect secundar notat de dumneavoastră</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Notița dumneavoastră</translation>
    </message>
    <message>
        <source>Medicine you noted</source>
        <translation>Medicament notat de dumneavoastră</translation>
    </message>
    <message>
        <source>In My entries, where you can change or delete it.</source>
        <translation>În „Însemnările mele”, unde îl puteți modifica sau șterge.</translation>
    </message>
    <message>
        <source>How bad it was</source>
        <translation>Cât de puternic a fost</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvat</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Unde este păstrat</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>All events</source>
        <translation>Toate evenimentele</translation>
    </message>
    <message>
        <source>All cancer treatments</source>
        <translation>Toate tratamentele oncologice</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toate sursele</translation>
    </message>
    <message>
        <source>You (My entries)</source>
        <translation>Dumneavoastră (Însemnările mele)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n eveniment</numerusform>
            <numerusform>%n evenimente</numerusform>
            <numerusform>%n de evenimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} events shown</source>
        <translation>
            <numerusform>%n eveniment afișat din {total}</numerusform>
            <numerusform>%n evenimente afișate din {total}</numerusform>
            <numerusform>%n de evenimente afișate din {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer journey</source>
        <translation>Parcursul oncologic</translation>
    </message>
    <message>
        <source>Everything in your record that has a date, oldest first. Choose an event to see its details and where it came from.</source>
        <translation>Tot ce are o dată în dosarul dumneavoastră, de la cel mai vechi. Alegeți un eveniment ca să vedeți detaliile și proveniența lui.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afișați</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>Kind of event to show</source>
        <translation>Tipul de evenimente afișate</translation>
    </message>
    <message>
        <source>Source to show</source>
        <translation>Sursa afișată</translation>
    </message>
    <message>
        <source>Events in your cancer journey</source>
        <translation>Evenimentele din parcursul dumneavoastră oncologic</translation>
    </message>
    <message>
        <source>No events match these choices.</source>
        <translation>Niciun eveniment nu corespunde acestor alegeri.</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Afișați toate evenimentele</translation>
    </message>
    <message>
        <source>No cancer journey yet</source>
        <translation>Încă nu există un parcurs oncologic</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your diagnosis, treatments, tests and check-ups then appear here in date order, each with where it came from.</source>
        <translation>Importați un rezumat de la centrul dumneavoastră oncologic. Diagnosticul, tratamentele, analizele și controalele vor apărea apoi aici în ordinea datelor, fiecare cu proveniența lui.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importați un rezumat</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Dată necunoscută</translation>
    </message>
    <message>
        <source>Diagnosis and stage</source>
        <translation>Diagnostic și stadiu</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operație</translation>
    </message>
    <message>
        <source>Cancer medicines</source>
        <translation>Medicamente oncologice</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapie</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Transplanturi de celule stem</translation>
    </message>
    <message>
        <source>Tests and scans</source>
        <translation>Analize și investigații imagistice</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Starea bolii</translation>
    </message>
    <message>
        <source>Check-ups and plans</source>
        <translation>Controale și planuri</translation>
    </message>
    <message>
        <source>Side effects you noted</source>
        <translation>Efecte secundare notate de dumneavoastră</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Notițele dumneavoastră</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Alte evenimente</translation>
    </message>
    <message>
        <source>Line {number} of cancer medicines</source>
        <translation>Linia {number} de medicamente oncologice</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Medicament oncologic</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Protocol de tratament</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de îngrijire</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Buletin de laborator</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Buletin histopatologic</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Buletin de analize</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stadiul {stage}</translation>
    </message>
    <message>
        <source>stage {stage}</source>
        <translation>stadiul {stage}</translation>
    </message>
    <message>
        <source>clinical</source>
        <translation>clinic</translation>
    </message>
    <message>
        <source>pathological</source>
        <translation>patologic</translation>
    </message>
    <message>
        <source>{system}, edition {edition}</source>
        <translation>{system}, ediția {edition}</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>pozitiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>equivocal</source>
        <translation>echivoc</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultate</numerusform>
            <numerusform>%n de rezultate</numerusform>
        </translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>doza {number}</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>până la {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>până la {date}</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>în curs</translation>
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
    <name>ListRecordView</name>
    <message>
        <source>Import summary</source>
        <translation>Importați un rezumat</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Se citește dosarul…</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Nimic nu corespunde căutării „{text}”.</translation>
    </message>
    <message>
        <source>Try fewer or other words.</source>
        <translation>Încercați mai puține cuvinte sau alte cuvinte.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Ștergeți căutarea</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Recognised as {medicine} (ATC code {code}).</source>
        <translation>Recunoscut ca {medicine} (cod ATC {code}).</translation>
    </message>
    <message>
        <source>As it is written on the box, for example: Paracetamol 500 mg.</source>
        <translation>Așa cum este scris pe cutie, de exemplu: Paracetamol 500 mg.</translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation>Numele medicamentului</translation>
    </message>
    <message>
        <source>Change a medicine</source>
        <translation>Modificați un medicament</translation>
    </message>
    <message>
        <source>Add a medicine you take</source>
        <translation>Adăugați un medicament pe care îl luați</translation>
    </message>
    <message>
        <source>How much and how often (optional)</source>
        <translation>Cât și cât de des (opțional)</translation>
    </message>
    <message>
        <source>For example: 1 tablet twice a day.</source>
        <translation>De exemplu: 1 comprimat de două ori pe zi.</translation>
    </message>
    <message>
        <source>What you take it for (optional)</source>
        <translation>Pentru ce îl luați (opțional)</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Când ați început</translation>
    </message>
    <message>
        <source>I still take it</source>
        <translation>Îl iau în continuare</translation>
    </message>
    <message>
        <source>When you stopped</source>
        <translation>Când v-ați oprit</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Alte informații (opțional)</translation>
    </message>
</context>
<context>
    <name>MedicationsView</name>
    <message>
        <source>Current medicines</source>
        <translation>Medicamente actuale</translation>
    </message>
    <message>
        <source>Past medicines</source>
        <translation>Medicamente anterioare</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Medicament fără nume</translation>
    </message>
    <message>
        <source>treatment line {number}</source>
        <translation>linia de tratament {number}</translation>
    </message>
    <message>
        <source>Cumulative dose {dose}</source>
        <translation>Doză cumulată: {dose}</translation>
    </message>
    <message>
        <source>Cumulative dose at least {dose}</source>
        <translation>Doză cumulată: cel puțin {dose}</translation>
    </message>
    <message numerus="yes">
        <source>{given} of %n cycle(s)</source>
        <translation>
            <numerusform>{given} din %n ciclu</numerusform>
            <numerusform>{given} din %n cicluri</numerusform>
            <numerusform>{given} din %n de cicluri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n ciclu</numerusform>
            <numerusform>%n cicluri</numerusform>
            <numerusform>%n de cicluri</numerusform>
        </translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Alt medicament</translation>
    </message>
    <message>
        <source>for {reasons}</source>
        <translation>pentru {reasons}</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamente</translation>
    </message>
    <message>
        <source>The medicines you take now and took before: cancer medicines and all others.</source>
        <translation>Medicamentele pe care le luați acum și cele luate înainte: medicamentele oncologice și toate celelalte.</translation>
    </message>
    <message>
        <source>Search medicines</source>
        <translation>Căutați medicamente</translation>
    </message>
    <message>
        <source>No medicines recorded yet.</source>
        <translation>Încă nu sunt înregistrate medicamente.</translation>
    </message>
    <message>
        <source>Import a summary from your centre. You can also add what you take in My entries.</source>
        <translation>Importați un rezumat de la centrul dumneavoastră. Puteți adăuga și singur(ă) ce luați, în „Însemnările mele”.</translation>
    </message>
</context>
<context>
    <name>MyEntriesView</name>
    <message>
        <source>Delete this entry?</source>
        <translation>Ștergeți această însemnare?</translation>
    </message>
    <message>
        <source>“{entry}” ({date}) is deleted from your record. What your centres sent stays as it is. You can undo this straight away.</source>
        <translation>„{entry}” ({date}) se șterge din dosarul dumneavoastră. Ce au trimis centrele rămâne neschimbat. Puteți anula imediat ștergerea.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Ștergeți însemnarea</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Păstrează-o</translation>
    </message>
    <message>
        <source>“{entry}” was deleted.</source>
        <translation>S-a șters „{entry}”.</translation>
    </message>
    <message>
        <source>Your entries could not be changed</source>
        <translation>Însemnările dumneavoastră nu au putut fi modificate</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>My entries</source>
        <translation>Însemnările mele</translation>
    </message>
    <message>
        <source>What you write down yourself: medicines you take, side effects and notes for your next visit. They are marked as reported by you wherever they appear, also in the summaries you export.</source>
        <translation>Ce notați chiar dumneavoastră: medicamentele pe care le luați, efectele secundare și notițe pentru următoarea consultație. Oriunde apar, sunt marcate ca raportate de dumneavoastră, inclusiv în rezumatele pe care le exportați.</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Adăugați un medicament</translation>
    </message>
    <message>
        <source>Add symptom or side effect</source>
        <translation>Adăugați un simptom sau un efect secundar</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adăugați o notiță</translation>
    </message>
    <message>
        <source>Nothing written down yet</source>
        <translation>Încă nu ați notat nimic</translation>
    </message>
    <message>
        <source>Write down medicines you take, side effects and notes for your next visit. They stay on this computer, marked as reported by you.</source>
        <translation>Notați medicamentele pe care le luați, efectele secundare și notițe pentru următoarea consultație. Rămân pe acest calculator, marcate ca raportate de dumneavoastră.</translation>
    </message>
    <message>
        <source>Medications I take</source>
        <translation>Medicamente pe care le iau</translation>
    </message>
    <message>
        <source>Symptoms and side effects</source>
        <translation>Simptome și efecte secundare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notițe</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
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
    <name>NextWords</name>
    <message>
        <source>Appointment booked</source>
        <translation>Programare stabilită</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Programare</translation>
    </message>
    <message>
        <source>Asked for by your care team</source>
        <translation>Solicitare a echipei care vă îngrijește</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Monitorizare</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, ora {time}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mâine</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Peste %n zi</numerusform>
            <numerusform>Peste %n zile</numerusform>
            <numerusform>Peste %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s)</source>
        <translation>
            <numerusform>Peste %n săptămână</numerusform>
            <numerusform>Peste %n săptămâni</numerusform>
            <numerusform>Peste %n de săptămâni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>Peste %n lună</numerusform>
            <numerusform>Peste %n luni</numerusform>
            <numerusform>Peste %n de luni</numerusform>
        </translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de îngrijire</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>și încă %n</numerusform>
            <numerusform>și încă %n</numerusform>
            <numerusform>și încă %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation>Până la {date}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Din {date}</translation>
    </message>
    <message>
        <source>{activity}: {schedule}</source>
        <translation>{activity}: {schedule}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>zilnic</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>la fiecare %n zi</numerusform>
            <numerusform>la fiecare %n zile</numerusform>
            <numerusform>la fiecare %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>every week</source>
        <translation>săptămânal</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>la fiecare %n săptămână</numerusform>
            <numerusform>la fiecare %n săptămâni</numerusform>
            <numerusform>la fiecare %n de săptămâni</numerusform>
        </translation>
    </message>
    <message>
        <source>every month</source>
        <translation>lunar</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>la fiecare %n lună</numerusform>
            <numerusform>la fiecare %n luni</numerusform>
            <numerusform>la fiecare %n de luni</numerusform>
        </translation>
    </message>
    <message>
        <source>every year</source>
        <translation>anual</translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>la fiecare %n an</numerusform>
            <numerusform>la fiecare %n ani</numerusform>
            <numerusform>la fiecare %n de ani</numerusform>
        </translation>
    </message>
    <message>
        <source>Normal range: {range}</source>
        <translation>Interval normal: {range}</translation>
    </message>
    <message>
        <source>Unnamed test</source>
        <translation>Analiză fără nume</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Crescut</translation>
    </message>
    <message>
        <source>Above the normal range</source>
        <translation>Peste intervalul normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzut</translation>
    </message>
    <message>
        <source>Below the normal range</source>
        <translation>Sub intervalul normal</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Anormal</translation>
    </message>
    <message>
        <source>Outside the normal range</source>
        <translation>În afara intervalului normal</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Within the normal range</source>
        <translation>În intervalul normal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Fără valoare</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Change a note</source>
        <translation>Modificați o notiță</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Adăugați o notiță</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Notița dumneavoastră</translation>
    </message>
    <message>
        <source>For example: questions for your next visit, or how you have been.</source>
        <translation>De exemplu: întrebări pentru următoarea consultație sau cum v-ați simțit.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>OriginalFields</name>
    <message>
        <source>Identifier in the file</source>
        <translation>Identificator în fișier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Doză</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Sursa</translation>
    </message>
    <message>
        <source>You entered this yourself</source>
        <translation>Ați introdus chiar dumneavoastră</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modificări</translation>
    </message>
    <message>
        <source>(The rest is not shown.)</source>
        <translation>(Restul nu este afișat.)</translation>
    </message>
</context>
<context>
    <name>OtherRecordsView</name>
    <message>
        <source>No title</source>
        <translation>Fără titlu</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Fără dată</translation>
    </message>
    <message>
        <source>{type} in the file</source>
        <translation>{type} în fișier</translation>
    </message>
    <message>
        <source>Identifier: {id}</source>
        <translation>Identificator: {id}</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Fără nume</translation>
    </message>
    <message numerus="yes">
        <source>mentioned by %n item(s) of your record</source>
        <translation>
            <numerusform>menționată de %n element din dosar</numerusform>
            <numerusform>menționată de %n elemente din dosar</numerusform>
            <numerusform>menționată de %n de elemente din dosar</numerusform>
        </translation>
    </message>
    <message>
        <source>not mentioned by any item of your record</source>
        <translation>nemenționată de niciun element din dosar</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Alte înregistrări</translation>
    </message>
    <message>
        <source>Everything else your summaries contain. The app does not interpret these records, but nothing is hidden: open one to see what it says.</source>
        <translation>Tot restul conținutului rezumatelor dumneavoastră. Aplicația nu interpretează aceste înregistrări, dar nimic nu este ascuns: deschideți una ca să vedeți ce conține.</translation>
    </message>
    <message>
        <source>Search other records</source>
        <translation>Căutați în alte înregistrări</translation>
    </message>
    <message>
        <source>No other records.</source>
        <translation>Nicio altă înregistrare.</translation>
    </message>
    <message>
        <source>Everything your summaries contain is shown in the other parts of your record. Import a summary from your centre to add more.</source>
        <translation>Tot conținutul rezumatelor dumneavoastră este afișat în celelalte părți ale dosarului. Importați un rezumat de la centrul dumneavoastră ca să adăugați mai multe.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>See all %n</source>
        <translation>
            <numerusform>Vedeți tot (%n)</numerusform>
            <numerusform>Vedeți toate cele %n</numerusform>
            <numerusform>Vedeți toate cele %n</numerusform>
        </translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Vedeți tot</translation>
    </message>
    <message>
        <source>No allergies recorded. Tell every doctor about any you have.</source>
        <translation>Nicio alergie înregistrată. Spuneți fiecărui medic ce alergii aveți.</translation>
    </message>
    <message>
        <source>No current medicines recorded. Tell every doctor what you take.</source>
        <translation>Niciun medicament actual înregistrat. Spuneți fiecărui medic ce medicamente luați.</translation>
    </message>
    <message>
        <source>No active cancer recorded.</source>
        <translation>Niciun cancer activ înregistrat.</translation>
    </message>
    <message>
        <source>No current cancer treatment recorded.</source>
        <translation>Niciun tratament oncologic actual înregistrat.</translation>
    </message>
    <message>
        <source>No devices recorded, such as a port.</source>
        <translation>Niciun dispozitiv înregistrat, cum ar fi o cameră implantabilă (port).</translation>
    </message>
    <message>
        <source>No alerts follow from what your record holds.</source>
        <translation>Din conținutul dosarului nu reiese nicio alertă.</translation>
    </message>
    <message>
        <source>No upcoming appointments are recorded. Ask your centre when your next check-up is.</source>
        <translation>Nu este înregistrată nicio programare viitoare. Întrebați la centrul dumneavoastră când este următorul control.</translation>
    </message>
    <message>
        <source>No lab results or measurements are recorded yet.</source>
        <translation>Încă nu sunt înregistrate rezultate de laborator sau măsurători.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n element în total</numerusform>
            <numerusform>%n elemente în total</numerusform>
            <numerusform>%n de elemente în total</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>Imported from: {sources}</source>
        <translation>Importat din: {sources}</translation>
    </message>
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
        <source>Overview</source>
        <translation>Prezentare generală</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Se citește dosarul…</translation>
    </message>
    <message>
        <source>Reading your record</source>
        <translation>Se citește dosarul</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Dosarul dumneavoastră este gol</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Import a summary from your centre to see your allergies, medicines, diagnosis and results here.</source>
        <translation>Încă nu s-a importat nimic în acest profil. Importați un rezumat de la centrul dumneavoastră ca să vedeți aici alergiile, medicamentele, diagnosticul și rezultatele.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importați un rezumat</translation>
    </message>
    <message>
        <source>For any doctor</source>
        <translation>Pentru orice medic</translation>
    </message>
    <message>
        <source>See all allergies and alerts</source>
        <translation>Vedeți toate alergiile și alertele</translation>
    </message>
    <message>
        <source>Medicines you take now</source>
        <translation>Medicamente pe care le luați acum</translation>
    </message>
    <message>
        <source>See all medicines</source>
        <translation>Vedeți toate medicamentele</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Cancer</translation>
    </message>
    <message>
        <source>See your cancer journey</source>
        <translation>Vedeți parcursul oncologic</translation>
    </message>
    <message>
        <source>Cancer treatment now</source>
        <translation>Tratament oncologic actual</translation>
    </message>
    <message>
        <source>See all treatments</source>
        <translation>Vedeți toate tratamentele</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispozitive</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Next follow-ups</source>
        <translation>Următoarele controale</translation>
    </message>
    <message>
        <source>Latest results</source>
        <translation>Cele mai recente rezultate</translation>
    </message>
    <message>
        <source>See all results</source>
        <translation>Vedeți toate rezultatele</translation>
    </message>
    <message>
        <source>What is in your record</source>
        <translation>Ce conține dosarul dumneavoastră</translation>
    </message>
    <message>
        <source>See all sources</source>
        <translation>Vedeți toate sursele</translation>
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
    <name>PdfPage</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Pagina {page} din {count}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Pagina anterioară</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Pagina următoare</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Mai mic</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Micșorați</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Mai mare</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Măriți</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Potriviți la lățime</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
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
        <source>Imaging</source>
        <translation>Imagistică</translation>
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
        <source>Line of cancer medicines</source>
        <translation>Linie de medicamente oncologice</translation>
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
        <source>Symptom or side effect</source>
        <translation>Simptom sau efect secundar</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Notița dumneavoastră</translation>
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
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elemente</numerusform>
            <numerusform>%n de elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>încă %n sursă</numerusform>
            <numerusform>încă %n surse</numerusform>
            <numerusform>încă %n de surse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>și încă %n</numerusform>
            <numerusform>și încă %n</numerusform>
            <numerusform>și încă %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n înregistrare</numerusform>
            <numerusform>%n înregistrări</numerusform>
            <numerusform>%n de înregistrări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) given</source>
        <translation>
            <numerusform>%n ciclu administrat</numerusform>
            <numerusform>%n cicluri administrate</numerusform>
            <numerusform>%n de cicluri administrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n ciclu planificat</numerusform>
            <numerusform>%n cicluri planificate</numerusform>
            <numerusform>%n de cicluri planificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n administrare</numerusform>
            <numerusform>%n administrări</numerusform>
            <numerusform>%n de administrări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n fraction(s)</source>
        <translation>
            <numerusform>în %n fracțiune</numerusform>
            <numerusform>în %n fracțiuni</numerusform>
            <numerusform>în %n de fracțiuni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valoare</numerusform>
            <numerusform>%n valori</numerusform>
            <numerusform>%n de valori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n time(s) by later imports</source>
        <translation>
            <numerusform>actualizări prin importuri ulterioare: %n</numerusform>
            <numerusform>actualizări prin importuri ulterioare: %n</numerusform>
            <numerusform>actualizări prin importuri ulterioare: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation>
            <numerusform>încă %n caracter</numerusform>
            <numerusform>încă %n caractere</numerusform>
            <numerusform>încă %n de caractere</numerusform>
        </translation>
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
        <source>Cancer journey</source>
        <translation>Parcursul oncologic</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamente</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultate</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamente</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Alergii și alerte</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecțiuni</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Imunizări</translation>
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
        <source>My entries</source>
        <translation>Însemnările mele</translation>
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
    <name>RecordText</name>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>din {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>până la {date}</translation>
    </message>
    <message>
        <source>No value: {reason}</source>
        <translation>Fără valoare: {reason}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>până la {high}</translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation>de la {low}</translation>
    </message>
    <message>
        <source>Chemotherapy (anthracycline)</source>
        <translation>Chimioterapie (antraciclină)</translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation>Imunoterapie</translation>
    </message>
    <message>
        <source>Hormone therapy</source>
        <translation>Hormonoterapie</translation>
    </message>
    <message>
        <source>Targeted therapy</source>
        <translation>Terapie țintită</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Chimioterapie</translation>
    </message>
    <message>
        <source>Supportive medicine</source>
        <translation>Tratament de susținere</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Medicament oncologic</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activ</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>încheiat</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>oprit</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>suspendat temporar</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planificat</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ciornă</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retras</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>în curs</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>în pregătire</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>neefectuat</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>neluat</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refuzat</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>introdus din greșeală</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>stare necunoscută</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>preliminar</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>modificat</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corectat</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>înregistrat</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>înlocuit cu o versiune mai nouă</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiv</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>programat</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>onorat</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>neprezentare</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propus</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>în așteptare</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>pe lista de așteptare</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitat</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptat</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>respins</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>sosit</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminat</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponibil</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>indisponibil</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>a revenit</translation>
    </message>
    <message>
        <source>relapse</source>
        <translation>recădere</translation>
    </message>
    <message>
        <source>in remission</source>
        <translation>în remisiune</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>vindecat</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmat</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>neconfirmat</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provizoriu</translation>
    </message>
    <message>
        <source>one of several possibilities</source>
        <translation>una dintre mai multe posibilități</translation>
    </message>
    <message>
        <source>presumed</source>
        <translation>presupus</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>exclus</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risc ridicat</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risc scăzut</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Risc neevaluat</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <source>Intolerance</source>
        <translation>Intoleranță</translation>
    </message>
    <message>
        <source>food</source>
        <translation>aliment</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>medicament</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>mediu</translation>
    </message>
    <message>
        <source>biological product</source>
        <translation>produs biologic</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>ușoară</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderată</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severă</translation>
    </message>
    <message>
        <source>reported as taken</source>
        <translation>declarat ca luat</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>prescris</translation>
    </message>
    <message>
        <source>given</source>
        <translation>administrat</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>eliberat de farmacie</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>neadministrat</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>prezent</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>îndepărtat</translation>
    </message>
    <message>
        <source>no longer in use</source>
        <translation>nu mai este folosit</translation>
    </message>
    <message>
        <source>not in use for now</source>
        <translation>nefolosit momentan</translation>
    </message>
    <message>
        <source>Insurance claims</source>
        <translation>Cereri de decontare</translation>
    </message>
    <message>
        <source>Insurance statements</source>
        <translation>Situații de decontare</translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation>Acoperire prin asigurare</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Warnings about treatment</source>
        <translation>Avertismente privind tratamentul</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observații</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Chestionare</translation>
    </message>
    <message>
        <source>Answered questionnaires</source>
        <translation>Chestionare completate</translation>
    </message>
    <message>
        <source>Imaging studies</source>
        <translation>Investigații imagistice</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Istoric familial</translation>
    </message>
    <message>
        <source>Clinical assessments</source>
        <translation>Evaluări clinice</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Evaluări de risc</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesaje</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consimțăminte</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Evenimente adverse</translation>
    </message>
    <message>
        <source>Nutrition orders</source>
        <translation>Prescripții nutriționale</translation>
    </message>
    <message>
        <source>Treatment protocols</source>
        <translation>Protocoale de tratament</translation>
    </message>
    <message>
        <source>Research studies</source>
        <translation>Studii de cercetare</translation>
    </message>
    <message>
        <source>Research participation</source>
        <translation>Participare la studii</translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation>Episoade de îngrijire</translation>
    </message>
    <message>
        <source>Visits and stays</source>
        <translation>Consultații și internări</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Proceduri</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecțiuni</translation>
    </message>
    <message>
        <source>Medicine statements</source>
        <translation>Declarații despre medicamente</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Rețete</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Medicamente administrate</translation>
    </message>
    <message>
        <source>Medicines dispensed</source>
        <translation>Medicamente eliberate</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Rezumate</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fișiere</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vaccinări</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergii</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispozitive</translation>
    </message>
    <message>
        <source>Device use</source>
        <translation>Utilizarea dispozitivelor</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Planuri de îngrijire</translation>
    </message>
    <message>
        <source>Requests for care</source>
        <translation>Solicitări de îngrijire</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Programări</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Sarcini</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Datele pacientului</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizații</translation>
    </message>
    <message>
        <source>Health professionals</source>
        <translation>Cadre medicale</translation>
    </message>
    <message>
        <source>Roles of health professionals</source>
        <translation>Rolurile cadrelor medicale</translation>
    </message>
    <message>
        <source>Medicines as products</source>
        <translation>Medicamente ca produse</translation>
    </message>
    <message>
        <source>Where records came from</source>
        <translation>Proveniența înregistrărilor</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locuri</translation>
    </message>
    <message>
        <source>Body structures</source>
        <translation>Structuri anatomice</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Substanțe</translation>
    </message>
    <message>
        <source>Relatives and carers</source>
        <translation>Rude și îngrijitori</translation>
    </message>
    <message>
        <source>Care teams</source>
        <translation>Echipe de îngrijire</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pachete</translation>
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
    <name>Results</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>No value ({reason})</source>
        <translation>Fără valoare ({reason})</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Fără valoare</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Componentă</translation>
    </message>
    <message>
        <source>below {value}</source>
        <translation>sub {value}</translation>
    </message>
    <message>
        <source>above {value}</source>
        <translation>peste {value}</translation>
    </message>
    <message>
        <source>↑ High</source>
        <translation>↑ Crescut</translation>
    </message>
    <message>
        <source>↓ Low</source>
        <translation>↓ Scăzut</translation>
    </message>
    <message>
        <source>! Outside the normal range</source>
        <translation>! În afara intervalului normal</translation>
    </message>
    <message>
        <source>Date not given</source>
        <translation>Dată neprecizată</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultate</numerusform>
            <numerusform>%n de rezultate</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Interval normal</translation>
    </message>
    <message>
        <source>High or low</source>
        <translation>Crescut sau scăzut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Not in the chart: not a number</source>
        <translation>Nu apare în grafic: nu este un număr</translation>
    </message>
    <message>
        <source>Not in the chart: another unit</source>
        <translation>Nu apare în grafic: altă unitate</translation>
    </message>
    <message>
        <source>Not in the chart: no date</source>
        <translation>Nu apare în grafic: fără dată</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>No test matches “{words}”.</source>
        <translation>Nicio analiză nu corespunde căutării „{words}”.</translation>
    </message>
    <message>
        <source>Normal range ({range})</source>
        <translation>Interval normal ({range})</translation>
    </message>
    <message>
        <source>Given as a limit (such as “&lt; 5”)</source>
        <translation>Indicat ca limită (de exemplu „&lt; 5”)</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapie</translation>
    </message>
    <message numerus="yes">
        <source>{agents} and %n more</source>
        <translation>
            <numerusform>{agents} și încă %n</numerusform>
            <numerusform>{agents} și încă %n</numerusform>
            <numerusform>{agents} și încă %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer medicines, line {number}: {agents}</source>
        <translation>Medicamente oncologice, linia {number}: {agents}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n rezultat între {first} și {last}</numerusform>
            <numerusform>%n rezultate între {first} și {last}</numerusform>
            <numerusform>%n de rezultate între {first} și {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>normal range {range}</source>
        <translation>interval normal {range}</translation>
    </message>
    <message>
        <source>tumour marker</source>
        <translation>marker tumoral</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in words, not numbers: in the table only.</source>
        <translation>
            <numerusform>%n rezultat exprimat în cuvinte, nu în cifre: doar în tabel.</numerusform>
            <numerusform>%n rezultate exprimate în cuvinte, nu în cifre: doar în tabel.</numerusform>
            <numerusform>%n de rezultate exprimate în cuvinte, nu în cifre: doar în tabel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in another unit ({units}): in the table only. The chart shows {unit}.</source>
        <translation>
            <numerusform>%n rezultat în altă unitate ({units}): doar în tabel. Graficul arată {unit}.</numerusform>
            <numerusform>%n rezultate în altă unitate ({units}): doar în tabel. Graficul arată {unit}.</numerusform>
            <numerusform>%n de rezultate în altă unitate ({units}): doar în tabel. Graficul arată {unit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) without a date: in the table only.</source>
        <translation>
            <numerusform>%n rezultat fără dată: doar în tabel.</numerusform>
            <numerusform>%n rezultate fără dată: doar în tabel.</numerusform>
            <numerusform>%n de rezultate fără dată: doar în tabel.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart for this test: its results are not numbers on a date. They are all in the table below.</source>
        <translation>Nu există grafic pentru această analiză: rezultatele ei nu sunt numere cu dată. Toate se află în tabelul de mai jos.</translation>
    </message>
    <message>
        <source>Chart of {name}</source>
        <translation>Graficul pentru {name}</translation>
    </message>
    <message>
        <source>Table of {name}: the values of the chart</source>
        <translation>Tabelul pentru {name}: valorile din grafic</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultate</translation>
    </message>
    <message>
        <source>Your test results over time. Choose a test to see its chart; the shaded bands show its normal range and your cancer treatment.</source>
        <translation>Rezultatele analizelor dumneavoastră în timp. Alegeți o analiză ca să vedeți graficul ei; zonele umbrite arată intervalul normal și tratamentul oncologic.</translation>
    </message>
    <message>
        <source>Search tests</source>
        <translation>Căutați analize</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Analize</translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation>Încă niciun rezultat de analize</translation>
    </message>
    <message>
        <source>Import a summary from your centre to see your blood tests and other results here.</source>
        <translation>Importați un rezumat de la centrul dumneavoastră ca să vedeți aici analizele de sânge și alte rezultate.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importați un rezumat</translation>
    </message>
</context>
<context>
    <name>SelectionTree</name>
    <message>
        <source>Nothing recorded</source>
        <translation>Nimic înregistrat</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclus</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n sursă</numerusform>
            <numerusform>%n surse</numerusform>
            <numerusform>%n de surse</numerusform>
        </translation>
    </message>
    <message>
        <source>{included} of {total}</source>
        <translation>{included} din {total}</translation>
    </message>
    <message numerus="yes">
        <source>{included} of %n item(s) included</source>
        <translation>
            <numerusform>Incluse: {included} din %n element</numerusform>
            <numerusform>Incluse: {included} din %n elemente</numerusform>
            <numerusform>Incluse: {included} din %n de elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Ce se include</translation>
    </message>
    <message>
        <source>Sections of the summary, emergency information first, with their items. Space turns the selected one on or off.</source>
        <translation>Secțiunile rezumatului, începând cu informațiile de urgență, cu elementele lor. Tasta Spațiu include sau exclude elementul selectat.</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>Secțiune sau element</translation>
    </message>
    <message>
        <source>Date or count</source>
        <translation>Dată sau număr</translation>
    </message>
    <message>
        <source>What you leave out is also left out of the emergency card and of the IPS file, inside the PDF and exported. The IPS file then says that information was withheld.</source>
        <translation>Ce excludeți este exclus și din cardul de urgență și din fișierul IPS, atât din cel din PDF, cât și din cel exportat. Fișierul IPS menționează atunci că unele informații nu au fost incluse.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Revenire la setările implicite</translation>
    </message>
    <message>
        <source>Include everything again, except what the sources marked as an error</source>
        <translation>Includeți din nou totul, cu excepția a ceea ce sursele au marcat ca eroare</translation>
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
    <name>SourceChips</name>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>încă %n sursă</numerusform>
            <numerusform>încă %n surse</numerusform>
            <numerusform>încă %n de surse</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by you</source>
        <translation>Raportat de dumneavoastră</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Sursă fără nume</translation>
    </message>
    <message>
        <source>You entered this yourself (My entries).</source>
        <translation>Ați introdus chiar dumneavoastră (Însemnările mele).</translation>
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
        <source>you</source>
        <translation>dumneavoastră</translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation>Sursă necunoscută</translation>
    </message>
    <message>
        <source>Reported by {a}</source>
        <translation>Raportat de {a}</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}</source>
        <translation>Raportat de {list} și {last}</translation>
    </message>
</context>
<context>
    <name>SourceDetails</name>
    <message>
        <source>{added} new, {updated} updated, {unchanged} already in your record, {linked} also reported by another source</source>
        <translation>noi: {added}, actualizate: {updated}, deja în dosar: {unchanged}, raportate și de altă sursă: {linked}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more that were not kept.</source>
        <translation>
            <numerusform>…și încă %n problemă, care nu a fost păstrată.</numerusform>
            <numerusform>…și încă %n probleme, care nu au fost păstrate.</numerusform>
            <numerusform>…și încă %n de probleme, care nu au fost păstrate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centru</translation>
    </message>
    <message>
        <source>Not named in the file</source>
        <translation>Nedenumit în fișier</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Data importului</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Ce a adus</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>Amprenta fișierului (SHA-256)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file</source>
        <translation>
            <numerusform>%n problemă găsită în fișier</numerusform>
            <numerusform>%n probleme găsite în fișier</numerusform>
            <numerusform>%n de probleme găsite în fișier</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found in the file</source>
        <translation>Nu s-au găsit probleme în fișier</translation>
    </message>
    <message>
        <source>Details of this import</source>
        <translation>Detaliile acestui import</translation>
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
    <message numerus="yes">
        <source>⚠ %n problem(s) found in the file: see the details</source>
        <translation>
            <numerusform>⚠ %n problemă găsită în fișier: vedeți detaliile</numerusform>
            <numerusform>⚠ %n probleme găsite în fișier: vedeți detaliile</numerusform>
            <numerusform>⚠ %n de probleme găsite în fișier: vedeți detaliile</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ascundeți detaliile</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Details of the import from {source}</source>
        <translation>Detaliile importului de la {source}</translation>
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
    <name>SymptomDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Alegeți…</translation>
    </message>
    <message>
        <source>Change a symptom or side effect</source>
        <translation>Modificați un simptom sau un efect secundar</translation>
    </message>
    <message>
        <source>Add a symptom or side effect</source>
        <translation>Adăugați un simptom sau un efect secundar</translation>
    </message>
    <message>
        <source>What did you have?</source>
        <translation>Ce ați avut?</translation>
    </message>
    <message>
        <source>Describe it</source>
        <translation>Descrieți</translation>
    </message>
    <message>
        <source>A few words, for example: cramps in my legs.</source>
        <translation>Câteva cuvinte, de exemplu: crampe la picioare.</translation>
    </message>
    <message>
        <source>How bad was it?</source>
        <translation>Cât de grav a fost?</translation>
    </message>
    <message>
        <source>The grades are those doctors use for side effects of cancer treatment.</source>
        <translation>Gradele sunt cele folosite de medici pentru efectele secundare ale tratamentului oncologic.</translation>
    </message>
    <message>
        <source>When did you have it?</source>
        <translation>Când a apărut?</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Alte informații (opțional)</translation>
    </message>
    <message>
        <source>For example: how long it lasted, or what helped.</source>
        <translation>De exemplu: cât a durat sau ce v-a ajutat.</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Text of the document</source>
        <translation>Textul documentului</translation>
    </message>
</context>
<context>
    <name>TreatmentText</name>
    <message>
        <source>to {date}</source>
        <translation>până la {date}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>din {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>până la {date}</translation>
    </message>
    <message>
        <source>stated by the centre</source>
        <translation>indicat de centru</translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s)</source>
        <translation>
            <numerusform>însumat din %n doză</numerusform>
            <numerusform>însumat din %n doze</numerusform>
            <numerusform>însumat din %n de doze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s), per m²</source>
        <translation>
            <numerusform>însumat din %n doză, pe m²</numerusform>
            <numerusform>însumat din %n doze, pe m²</numerusform>
            <numerusform>însumat din %n de doze, pe m²</numerusform>
        </translation>
    </message>
    <message>
        <source>some doses could not be counted</source>
        <translation>unele doze nu au putut fi numărate</translation>
    </message>
    <message>
        <source>{dose} in total</source>
        <translation>{dose} în total</translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n administrare</numerusform>
            <numerusform>%n administrări</numerusform>
            <numerusform>%n de administrări</numerusform>
        </translation>
    </message>
    <message>
        <source>{given} of {planned} cycles</source>
        <translation>{given} din {planned} cicluri</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n ciclu</numerusform>
            <numerusform>%n cicluri</numerusform>
            <numerusform>%n de cicluri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n ciclu planificat</numerusform>
            <numerusform>%n cicluri planificate</numerusform>
            <numerusform>%n de cicluri planificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>la fiecare %n zi</numerusform>
            <numerusform>la fiecare %n zile</numerusform>
            <numerusform>la fiecare %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Current</source>
        <translation>În curs</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Încheiat</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Oprit</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>linia {number}</translation>
    </message>
    <message>
        <source>Site not stated</source>
        <translation>Localizare neprecizată</translation>
    </message>
    <message numerus="yes">
        <source>%n fraction(s)</source>
        <translation>
            <numerusform>%n fracție</numerusform>
            <numerusform>%n fracții</numerusform>
            <numerusform>%n de fracții</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose} Gy in %n fraction(s)</source>
        <translation>
            <numerusform>{dose} Gy în %n fracție</numerusform>
            <numerusform>{dose} Gy în %n fracții</numerusform>
            <numerusform>{dose} Gy în %n de fracții</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message>
        <source>boost {dose}</source>
        <translation>doză suplimentară (boost) {dose}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n ședință</numerusform>
            <numerusform>%n ședințe</numerusform>
            <numerusform>%n de ședințe</numerusform>
        </translation>
    </message>
    <message>
        <source>{doses}, {total} Gy in total</source>
        <translation>{doses}, {total} Gy în total</translation>
    </message>
    <message>
        <source>autologous (your own stem cells)</source>
        <translation>autolog (cu propriile celule stem)</translation>
    </message>
    <message>
        <source>allogeneic (from a donor)</source>
        <translation>alogen (de la un donator)</translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>Reported by</source>
        <translation>Raportat de</translation>
    </message>
    <message>
        <source>Anthracyclines were given ({agents}), but no dose of them is recorded, so no total can be worked out.</source>
        <translation>S-au administrat antracicline ({agents}), dar nu este înregistrată nicio doză, așa că nu se poate calcula un total.</translation>
    </message>
    <message>
        <source>No anthracyclines in your record.</source>
        <translation>Nicio antraciclină în dosarul dumneavoastră.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Transplant</source>
        <translation>Transplant</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedură</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Localizare</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicament</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Perioada</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cicluri</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Doză cumulată</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Mod de calcul</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Acum</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>neînregistrat</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Protocol de tratament</translation>
    </message>
    <message>
        <source>{protocol}, ended {date}</source>
        <translation>{protocol}, încheiat pe {date}</translation>
    </message>
    <message>
        <source>Treatment protocols: {list}</source>
        <translation>Protocoale de tratament: {list}</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Doză</translation>
    </message>
    <message>
        <source>Fractions</source>
        <translation>Fracțiuni</translation>
    </message>
    <message>
        <source>Course total</source>
        <translation>Doza totală a cursului</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Tehnică</translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n ședință</numerusform>
            <numerusform>%n ședințe</numerusform>
            <numerusform>%n de ședințe</numerusform>
        </translation>
    </message>
    <message>
        <source>{site} (boost)</source>
        <translation>{site} (doză suplimentară)</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamente</translation>
    </message>
    <message>
        <source>What you were treated with, as a survivorship clinic asks for it: the medicines with their cumulative doses, the anthracycline total, radiotherapy by site. Choose a row to see its details and where it came from.</source>
        <translation>Tratamentele primite, așa cum le cere o clinică de monitorizare după cancer: medicamentele cu dozele lor cumulate, totalul de antracicline, radioterapia pe zone. Alegeți un rând ca să vedeți detaliile și proveniența.</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operație</translation>
    </message>
    <message>
        <source>No surgery in your record.</source>
        <translation>Nicio operație în dosarul dumneavoastră.</translation>
    </message>
    <message>
        <source>Cancer medicines (systemic therapy)</source>
        <translation>Medicamente oncologice (tratament sistemic)</translation>
    </message>
    <message>
        <source>No cancer medicines in your record.</source>
        <translation>Niciun medicament oncologic în dosarul dumneavoastră.</translation>
    </message>
    <message>
        <source>Anthracyclines and the heart</source>
        <translation>Antraciclinele și inima</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapie</translation>
    </message>
    <message>
        <source>No radiotherapy in your record.</source>
        <translation>Nicio radioterapie în dosarul dumneavoastră.</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Transplanturi de celule stem</translation>
    </message>
    <message>
        <source>No stem-cell transplant in your record.</source>
        <translation>Niciun transplant de celule stem în dosarul dumneavoastră.</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent</source>
        <translation>Antracicline în echivalent de doxorubicină</translation>
    </message>
    <message>
        <source>No treatments yet</source>
        <translation>Încă niciun tratament</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your operations, cancer medicines with their doses, radiotherapy and transplants then appear here.</source>
        <translation>Importați un rezumat de la centrul dumneavoastră oncologic. Operațiile, medicamentele oncologice cu dozele lor, radioterapia și transplanturile vor apărea apoi aici.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importați un rezumat</translation>
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
