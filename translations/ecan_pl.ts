<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AllergiesView</name>
    <message>
        <source>Alerts</source>
        <translation>Alerty</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Alergie i nietolerancje</translation>
    </message>
    <message>
        <source>Implants and devices</source>
        <translation>Implanty i wyroby medyczne</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Nie podano substancji</translation>
    </message>
    <message>
        <source>Not an allergy: a statement that none is known</source>
        <translation>To nie alergia: informacja, że nie są znane żadne alergie</translation>
    </message>
    <message>
        <source>recorded {date}</source>
        <translation>zapisano {date}</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>od {date}</translation>
    </message>
    <message>
        <source>Reactions: {reactions}</source>
        <translation>Reakcje: {reactions}</translation>
    </message>
    <message>
        <source>Reaction: {reaction}</source>
        <translation>Reakcja: {reaction}</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Wyrób medyczny</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Wszczepiony port naczyniowy</translation>
    </message>
    <message>
        <source>Alert from your centre</source>
        <translation>Alert z Twojego ośrodka</translation>
    </message>
    <message>
        <source>Warning about a treatment</source>
        <translation>Ostrzeżenie dotyczące leczenia</translation>
    </message>
    <message>
        <source>Open it to read what the source says.</source>
        <translation>Otwórz, aby przeczytać, co podaje źródło.</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Alergie i alerty</translation>
    </message>
    <message>
        <source>What a doctor must know first: allergies, alerts from your centres, and implants such as a port.</source>
        <translation>Co lekarz musi wiedzieć w pierwszej kolejności: alergie, alerty z Twoich ośrodków i implanty, takie jak port naczyniowy.</translation>
    </message>
    <message>
        <source>Search allergies, alerts and devices</source>
        <translation>Szukaj alergii, alertów i wyrobów medycznych</translation>
    </message>
    <message>
        <source>No allergies, alerts or implants recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnych alergii, alertów ani implantów.</translation>
    </message>
    <message>
        <source>This does not mean you have none: tell every doctor about your allergies. Import a summary from your centre to see them here.</source>
        <translation>Nie oznacza to, że ich nie masz: informuj każdego lekarza o swoich alergiach. Zaimportuj podsumowanie ze swojego ośrodka, aby zobaczyć je tutaj.</translation>
    </message>
</context>
<context>
    <name>AnthracyclineCard</name>
    <message>
        <source>{dose} {unit} doxorubicin-equivalent</source>
        <translation>{dose} {unit} w przeliczeniu na doksorubicynę</translation>
    </message>
    <message>
        <source>{dose} mg in total (not divided by body surface area)</source>
        <translation>{dose} mg łącznie (bez przeliczenia na powierzchnię ciała)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Dawka kumulacyjna</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Współczynnik</translation>
    </message>
    <message>
        <source>Doxorubicin-equivalent</source>
        <translation>Równoważnik doksorubicyny</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Zgłoszone przez</translation>
    </message>
    <message>
        <source>Not counted in this total, because the conversion table gives no factor or the dose is not known in {unit}: {agents}.</source>
        <translation>Nie wliczono do tej sumy, ponieważ tabela przeliczeniowa nie podaje współczynnika lub dawka nie jest znana w {unit}: {agents}.</translation>
    </message>
    <message>
        <source>Converted with the table “{table}”, {version}.</source>
        <translation>Przeliczono według tabeli „{table}”, {version}.</translation>
    </message>
    <message>
        <source>At or above the high-dose threshold of {threshold} mg/m²</source>
        <translation>Na poziomie progu wysokiej dawki {threshold} mg/m² lub powyżej</translation>
    </message>
    <message>
        <source>This means a high risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Oznacza to wysokie ryzyko późniejszych problemów z sercem (dysfunkcji serca). Przed każdym leczeniem, które może obciążać serce, należy je zbadać (echokardiografia).</translation>
    </message>
    <message>
        <source>Below {threshold} mg/m², with radiotherapy near the heart</source>
        <translation>Poniżej {threshold} mg/m², z radioterapią w okolicy serca</translation>
    </message>
    <message>
        <source>Radiotherapy near the heart ({site}) adds to the risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Radioterapia w okolicy serca ({site}) zwiększa ryzyko późniejszych problemów z sercem (dysfunkcji serca). Przed każdym leczeniem, które może obciążać serce, należy je zbadać (echokardiografia).</translation>
    </message>
    <message>
        <source>Cannot be compared with the threshold of {threshold} mg/m²</source>
        <translation>Nie można porównać z progiem {threshold} mg/m²</translation>
    </message>
    <message>
        <source>Your body surface area is not in the record, so the total in mg cannot be compared with the high-dose threshold. The risk to the heart lasts for life.</source>
        <translation>W dokumentacji nie ma Twojej powierzchni ciała, więc sumy w mg nie można porównać z progiem wysokiej dawki. Ryzyko dla serca utrzymuje się przez całe życie.</translation>
    </message>
    <message>
        <source>Below the high-dose threshold of {threshold} mg/m²</source>
        <translation>Poniżej progu wysokiej dawki {threshold} mg/m²</translation>
    </message>
    <message>
        <source>The risk to the heart lasts for life. Tell any doctor who plans more anthracyclines or radiotherapy to the chest about this total.</source>
        <translation>Ryzyko dla serca utrzymuje się przez całe życie. Poinformuj o tej sumie każdego lekarza, który planuje kolejne antracykliny lub radioterapię klatki piersiowej.</translation>
    </message>
    <message>
        <source>Threshold from: {source}</source>
        <translation>Źródło progu: {source}</translation>
    </message>
</context>
<context>
    <name>BirthDateInput</name>
    <message>
        <source>The birth date is not a real date. Type the day and the year in numbers and choose the month, or leave all three empty.</source>
        <translation>Data urodzenia jest nieprawidłowa. Wpisz dzień i rok cyframi i wybierz miesiąc albo zostaw wszystkie trzy pola puste.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Dzień urodzenia</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Miesiąc urodzenia</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Najpierw wpisz obecne hasło.</translation>
    </message>
    <message>
        <source>Saving the new passphrase…</source>
        <translation>Zapisywanie nowego hasła…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Zapisywanie</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Zmiana hasła</translation>
    </message>
    <message>
        <source>Your recovery code keeps working. If this computer remembers the profile, it goes on remembering it.</source>
        <translation>Kod odzyskiwania nadal działa. Jeśli ten komputer pamięta profil, nadal będzie go pamiętał.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ChartTableLink</name>
    <message>
        <source>Choose a result in the table to circle it in the chart, or click a point.</source>
        <translation>Wybierz wynik w tabeli, aby zaznaczyć go kółkiem na wykresie, albo kliknij punkt.</translation>
    </message>
    <message>
        <source>Circled in the chart: {result}</source>
        <translation>Zaznaczone na wykresie: {result}</translation>
    </message>
    <message>
        <source>Not in the chart: {result}</source>
        <translation>Nie ma na wykresie: {result}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A passphrase is needed. Run this in a terminal to be asked for it, or set the environment variable {env}.</source>
        <translation>Potrzebne jest hasło. Uruchom polecenie w terminalu, aby zostać o nie zapytanym, albo ustaw zmienną środowiskową {env}.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was created.</source>
        <translation>Oba hasła nie są takie same. Nic nie zostało utworzone.</translation>
    </message>
    <message>
        <source>The name you typed is not “{label}”, so nothing was deleted.</source>
        <translation>Wpisana nazwa to nie „{label}”, więc nic nie zostało usunięte.</translation>
    </message>
    <message>
        <source>Profile “{label}” is damaged: {problem}. Restore it from your newest backup: {backup}</source>
        <translation>Profil „{label}” jest uszkodzony: {problem}. Przywróć go z najnowszej kopii zapasowej: {backup}</translation>
    </message>
    <message>
        <source>“{size}” is not a window size. Write it as 1280x800.</source>
        <translation>„{size}” to nie jest rozmiar okna. Zapisz go w postaci 1280x800.</translation>
    </message>
    <message>
        <source>“{view}” is not a view of the app. The views are: {views}.</source>
        <translation>„{view}” to nie jest widok aplikacji. Dostępne widoki: {views}.</translation>
    </message>
    <message>
        <source>“{code}” is not a language of the app. Use a code such as de, ro or el.</source>
        <translation>„{code}” to nie jest język aplikacji. Użyj kodu, np. de, ro lub el.</translation>
    </message>
</context>
<context>
    <name>ConditionsView</name>
    <message>
        <source>Cancer diagnoses</source>
        <translation>Rozpoznania nowotworu</translation>
    </message>
    <message>
        <source>Other conditions now</source>
        <translation>Inne obecne schorzenia</translation>
    </message>
    <message>
        <source>Resolved and past conditions</source>
        <translation>Schorzenia przebyte i te, które ustąpiły</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Rozpoznanie nowotworu</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stopień zaawansowania {stage}</translation>
    </message>
    <message>
        <source>side: {side}</source>
        <translation>strona: {side}</translation>
    </message>
    <message>
        <source>diagnosed {date}</source>
        <translation>rozpoznano {date}</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Schorzenie</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Schorzenia</translation>
    </message>
    <message>
        <source>Your cancer diagnoses and every other health problem your centres recorded.</source>
        <translation>Twoje rozpoznania nowotworu i wszystkie inne problemy zdrowotne zapisane przez Twoje ośrodki.</translation>
    </message>
    <message>
        <source>Search conditions, codes and notes</source>
        <translation>Szukaj schorzeń, kodów i uwag</translation>
    </message>
    <message>
        <source>No conditions recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnych schorzeń.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Zaimportuj podsumowanie ze swojego ośrodka.</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete profile</source>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <source>Delete “{label}” for good?</source>
        <translation>Usunąć „{label}” na zawsze?</translation>
    </message>
    <message>
        <source>Everything in this profile is erased from this computer and cannot be brought back, except from a backup you made. Files you imported stay where they are.</source>
        <translation>Wszystko w tym profilu zostanie usunięte z tego komputera i nie da się tego odzyskać, chyba że z utworzonej przez Ciebie kopii zapasowej. Zaimportowane pliki pozostaną na swoim miejscu.</translation>
    </message>
    <message>
        <source>To confirm, type the name of the profile: {label}</source>
        <translation>Aby potwierdzić, wpisz nazwę profilu: {label}</translation>
    </message>
    <message>
        <source>Name of the profile, to confirm</source>
        <translation>Nazwa profilu, aby potwierdzić</translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation>Zachowaj profil</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Usuń na zawsze</translation>
    </message>
</context>
<context>
    <name>DemoSection</name>
    <message>
        <source>See how it works with the record of a made-up patient. No real data.</source>
        <translation>Zobacz, jak to działa, na dokumentacji zmyślonej pacjentki. Bez prawdziwych danych.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Wypróbuj wersję demo</translation>
    </message>
    <message>
        <source>Create a demo profile with a made-up cancer history</source>
        <translation>Utwórz profil demonstracyjny ze zmyśloną historią choroby nowotworowej</translation>
    </message>
    <message>
        <source>Stopping and removing the demo profile…</source>
        <translation>Zatrzymywanie i usuwanie profilu demonstracyjnego…</translation>
    </message>
    <message>
        <source>Creating the demo profile…</source>
        <translation>Tworzenie profilu demonstracyjnego…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Progress of creating the demo profile</source>
        <translation>Postęp tworzenia profilu demonstracyjnego</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Opening the document…</source>
        <translation>Otwieranie dokumentu…</translation>
    </message>
    <message>
        <source>This document could not be opened: its data is missing or damaged in the summary your centre sent.</source>
        <translation>Nie udało się otworzyć tego dokumentu: w podsumowaniu przesłanym przez Twój ośrodek brakuje jego danych lub są one uszkodzone.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Zapisano kopię w {path}.</translation>
    </message>
    <message>
        <source>This is the summary document your centre sent. What it holds is shown in the other parts of your record.</source>
        <translation>To dokument podsumowania przesłany przez Twój ośrodek. Jego zawartość jest widoczna w innych częściach Twojej dokumentacji.</translation>
    </message>
    <message>
        <source>Its sections: {sections}.</source>
        <translation>Jego sekcje: {sections}.</translation>
    </message>
    <message>
        <source>This document has no file attached.</source>
        <translation>Do tego dokumentu nie dołączono pliku.</translation>
    </message>
    <message>
        <source>The file is not in the summary: your centre keeps it at {url}. Ask your centre for a copy.</source>
        <translation>Pliku nie ma w podsumowaniu: Twój ośrodek przechowuje go pod adresem {url}. Poproś ośrodek o kopię.</translation>
    </message>
    <message>
        <source>The file is not in the summary. Ask your centre for a copy.</source>
        <translation>Pliku nie ma w podsumowaniu. Poproś swój ośrodek o kopię.</translation>
    </message>
    <message>
        <source>This kind of file ({type}) cannot be shown here. Save a copy to open it with another program.</source>
        <translation>Tego rodzaju pliku ({type}) nie można tu wyświetlić. Zapisz kopię, aby otworzyć ją w innym programie.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>typ nieznany</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Zapisz kopię…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Wersja:</translation>
    </message>
    <message>
        <source>Version of the document</source>
        <translation>Wersja dokumentu</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Lab report (PDF)</source>
        <translation>Wynik laboratoryjny (PDF)</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Wynik laboratoryjny</translation>
    </message>
    <message>
        <source>Pathology report (PDF)</source>
        <translation>Wynik histopatologiczny (PDF)</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Wynik histopatologiczny</translation>
    </message>
    <message>
        <source>Scan or X-ray report (PDF)</source>
        <translation>Opis badania obrazowego (PDF)</translation>
    </message>
    <message>
        <source>Scan or X-ray report</source>
        <translation>Opis badania obrazowego</translation>
    </message>
    <message>
        <source>Test report (PDF)</source>
        <translation>Opis badania (PDF)</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Opis badania</translation>
    </message>
    <message>
        <source>Summary document</source>
        <translation>Dokument podsumowania</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Link to a document</source>
        <translation>Odnośnik do dokumentu</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>Letter or report (text)</source>
        <translation>Pismo lub raport (tekst)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>File {number}</source>
        <translation>Plik {number}</translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation>Dokument bez tytułu</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Letters, reports and files your centres sent with their summaries.</source>
        <translation>Pisma, raporty i pliki przesłane przez Twoje ośrodki wraz z podsumowaniami.</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Nie ma jeszcze dokumentów</translation>
    </message>
    <message>
        <source>Letters, reports and other files come with the summaries your centres send. Import a summary to see them here.</source>
        <translation>Pisma, raporty i inne pliki przychodzą razem z podsumowaniami z Twoich ośrodków. Zaimportuj podsumowanie, aby zobaczyć je tutaj.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importuj podsumowanie</translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <source>This is a backup</source>
        <translation>To jest kopia zapasowa</translation>
    </message>
    <message>
        <source>Backups are restored from Settings, not imported. Drop it to see how.</source>
        <translation>Kopii zapasowych nie importuje się, tylko przywraca w Ustawieniach. Upuść plik, aby zobaczyć, jak to zrobić.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n file(s)</source>
        <translation>
            <numerusform>Upuść, aby zaimportować %n plik</numerusform>
            <numerusform>Upuść, aby zaimportować %n pliki</numerusform>
            <numerusform>Upuść, aby zaimportować %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>You will see what they bring before anything is added to your record.</source>
        <translation>Zanim cokolwiek zostanie dodane do Twojej dokumentacji, zobaczysz, co zawierają.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>Tiredness (fatigue)</source>
        <translation>Zmęczenie (znużenie)</translation>
    </message>
    <message>
        <source>Feeling sick (nausea)</source>
        <translation>Mdłości (nudności)</translation>
    </message>
    <message>
        <source>Being sick (vomiting)</source>
        <translation>Wymiotowanie (wymioty)</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Biegunka</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Zaparcie</translation>
    </message>
    <message>
        <source>Numbness or tingling in hands or feet (neuropathy)</source>
        <translation>Drętwienie lub mrowienie dłoni lub stóp (neuropatia)</translation>
    </message>
    <message>
        <source>Sore mouth (mucositis)</source>
        <translation>Ból jamy ustnej (zapalenie błony śluzowej)</translation>
    </message>
    <message>
        <source>Fever (high temperature)</source>
        <translation>Gorączka (wysoka temperatura)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Ból</translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation>Utrata włosów</translation>
    </message>
    <message>
        <source>Skin rash</source>
        <translation>Wysypka skórna</translation>
    </message>
    <message>
        <source>Loss of appetite</source>
        <translation>Utrata apetytu</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>Duszność</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Ból głowy</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Coś innego</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Łagodne</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Umiarkowane</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Ciężkie</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Zagrażające życiu</translation>
    </message>
    <message>
        <source>You did not have it.</source>
        <translation>Objaw nie wystąpił.</translation>
    </message>
    <message>
        <source>You noticed it, but you could do your usual things.</source>
        <translation>Objaw był zauważalny, ale można było wykonywać zwykłe czynności.</translation>
    </message>
    <message>
        <source>It got in the way of everyday things like cooking, shopping or work.</source>
        <translation>Objaw utrudniał codzienne czynności, takie jak gotowanie, zakupy czy praca.</translation>
    </message>
    <message>
        <source>You could not wash, dress or eat without help, or you went to hospital.</source>
        <translation>Mycie się, ubieranie lub jedzenie nie były możliwe bez pomocy albo potrzebny był pobyt w szpitalu.</translation>
    </message>
    <message>
        <source>You needed urgent treatment straight away.</source>
        <translation>Konieczne było natychmiastowe pilne leczenie.</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>Wpisz nazwę leku.</translation>
    </message>
    <message>
        <source>Choose a symptom or side effect from the list, or choose “Something else”.</source>
        <translation>Wybierz objaw lub działanie niepożądane z listy albo wybierz „Coś innego”.</translation>
    </message>
    <message>
        <source>Describe the symptom or side effect in a few words.</source>
        <translation>Opisz objaw lub działanie niepożądane w kilku słowach.</translation>
    </message>
    <message>
        <source>Choose how bad it was, from 0 (none) to 4 (life-threatening).</source>
        <translation>Wybierz, jak bardzo był nasilony: od 0 (brak) do 4 (zagrażający życiu).</translation>
    </message>
    <message>
        <source>Write your note before you save it.</source>
        <translation>Wpisz notatkę przed zapisaniem.</translation>
    </message>
    <message>
        <source>Choose a date that is today or earlier.</source>
        <translation>Wybierz dzisiejszą lub wcześniejszą datę.</translation>
    </message>
    <message>
        <source>The date you stopped must be the same as or after the date you started.</source>
        <translation>Data zakończenia musi być taka sama jak data rozpoczęcia lub późniejsza.</translation>
    </message>
    <message>
        <source>This is too long: use at most {max} characters.</source>
        <translation>To jest za długie: użyj najwyżej {max} znaków.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>Grade {grade}: {word}</source>
        <translation>Stopień {grade}: {word}</translation>
    </message>
</context>
<context>
    <name>EntryGroup</name>
    <message numerus="yes">
        <source>Show all %n entries</source>
        <translation>
            <numerusform>Pokaż wszystkie wpisy (%n)</numerusform>
            <numerusform>Pokaż wszystkie wpisy (%n)</numerusform>
            <numerusform>Pokaż wszystkie wpisy (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryRows</name>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Lek bez nazwy</translation>
    </message>
    <message>
        <source>Unnamed symptom</source>
        <translation>Objaw bez nazwy</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>nie podano daty</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Od {date}</translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation>Przyjmowany obecnie</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Od {start} do {end}</translation>
    </message>
    <message>
        <source>Stopped {date}</source>
        <translation>Odstawiony {date}</translation>
    </message>
    <message>
        <source>Started {date}, stopped</source>
        <translation>Rozpoczęty {date}, odstawiony</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Odstawiony</translation>
    </message>
    <message>
        <source>For: {reason}</source>
        <translation>Powód: {reason}</translation>
    </message>
    <message>
        <source>This came back with an imported file: remove that import in Sources to remove it.</source>
        <translation>Ten wpis wrócił wraz z zaimportowanym plikiem: aby go usunąć, cofnij ten import w Źródłach.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Edit “{entry}”</source>
        <translation>Edytuj „{entry}”</translation>
    </message>
    <message>
        <source>Delete “{entry}”</source>
        <translation>Usuń „{entry}”</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing was changed. Please try again; if it happens again, report it.</source>
        <translation>Wystąpił nieoczekiwany błąd ({kind}). Nic nie zostało zmienione. Spróbuj ponownie; jeśli błąd się powtórzy, zgłoś go.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading your record…</source>
        <translation>Odczytywanie dokumentacji…</translation>
    </message>
    <message>
        <source>Preparing the summary</source>
        <translation>Przygotowywanie podsumowania</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Tworzenie podglądu…</translation>
    </message>
    <message>
        <source>Rendering the preview</source>
        <translation>Tworzenie podglądu</translation>
    </message>
    <message>
        <source>{label} summary</source>
        <translation>{label} podsumowanie</translation>
    </message>
    <message>
        <source>{label} emergency card</source>
        <translation>{label} karta ratunkowa</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Zapisano w {path}.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Eksportuj podsumowanie</translation>
    </message>
    <message>
        <source>A summary for a doctor abroad: labels in the doctor&apos;s language, optionally with a second language beneath. The IPS file is attached to the PDF.</source>
        <translation>Podsumowanie dla lekarza za granicą: etykiety w języku lekarza, opcjonalnie z drugim językiem poniżej. Plik IPS jest dołączony do PDF.</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>D&amp;okument:</translation>
    </message>
    <message>
        <source>Full summary</source>
        <translation>Pełne podsumowanie</translation>
    </message>
    <message>
        <source>Emergency card (wallet size)</source>
        <translation>Karta ratunkowa (do portfela)</translation>
    </message>
    <message>
        <source>&amp;Doctor&apos;s language:</source>
        <translation>Język &amp;lekarza:</translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation>&amp;Drugi język:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (USA)</translation>
    </message>
    <message>
        <source>&amp;QR code with the emergency data on page 1</source>
        <translation>Kod &amp;QR z danymi ratunkowymi na stronie 1</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <source>Save card…</source>
        <translation>Zapisz kartę…</translation>
    </message>
    <message>
        <source>Export IPS (.json)…</source>
        <translation>Eksportuj IPS (.json)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Podgląd podsumowania</translation>
    </message>
    <message>
        <source>Preview of the emergency card</source>
        <translation>Podgląd karty ratunkowej</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n strona.</numerusform>
            <numerusform>%n strony.</numerusform>
            <numerusform>%n stron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportItems</name>
    <message>
        <source>Warnings and alerts</source>
        <translation>Ostrzeżenia i alerty</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Obecnie przyjmowane leki</translation>
    </message>
    <message>
        <source>Active cancer</source>
        <translation>Aktywna choroba nowotworowa</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Wyroby medyczne</translation>
    </message>
    <message>
        <source>Cancer history and treatment</source>
        <translation>Przebieg choroby nowotworowej i leczenie</translation>
    </message>
    <message>
        <source>Other health problems</source>
        <translation>Inne problemy zdrowotne</translation>
    </message>
    <message>
        <source>Earlier medicines</source>
        <translation>Wcześniej przyjmowane leki</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Szczepienia</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Wyniki badań</translation>
    </message>
    <message>
        <source>Care plan and follow-up</source>
        <translation>Plan opieki i obserwacja</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Warning: fever on chemotherapy can mean sepsis</source>
        <translation>Ostrzeżenie: gorączka w trakcie chemioterapii może oznaczać sepsę</translation>
    </message>
    <message>
        <source>Warning: high anthracycline dose, risk to the heart</source>
        <translation>Ostrzeżenie: wysoka dawka antracyklin, ryzyko dla serca</translation>
    </message>
    <message>
        <source>Warning: anthracycline and chest radiotherapy, risk to the heart</source>
        <translation>Ostrzeżenie: antracykliny i radioterapia klatki piersiowej, ryzyko dla serca</translation>
    </message>
    <message>
        <source>Warning: anthracycline, risk to the heart</source>
        <translation>Ostrzeżenie: antracykliny, ryzyko dla serca</translation>
    </message>
    <message>
        <source>Warning: immunotherapy side effects can appear late</source>
        <translation>Ostrzeżenie: działania niepożądane immunoterapii mogą wystąpić późno</translation>
    </message>
    <message>
        <source>Warning: implanted venous access port</source>
        <translation>Ostrzeżenie: wszczepiony port naczyniowy (dostęp żylny)</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Rozpoznanie</translation>
    </message>
    <message>
        <source>Health problem</source>
        <translation>Problem zdrowotny</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Lek przeciwnowotworowy</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Wyrób medyczny</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operacja</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Przeszczep komórek macierzystych</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapia</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Schemat leczenia</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Marker nowotworowy</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Szczepienie</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Wynik badania</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan opieki</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Brak znanych alergii</translation>
    </message>
    <message>
        <source>Stage {stage} ({system})</source>
        <translation>Stopień zaawansowania {stage} ({system})</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stopień zaawansowania {stage}</translation>
    </message>
    <message>
        <source>Disease status: {status}</source>
        <translation>Stan choroby: {status}</translation>
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
        <translation>Pokaż szczegóły i pochodzenie danych</translation>
    </message>
</context>
<context>
    <name>FactWords</name>
    <message>
        <source>Since {date}</source>
        <translation>Od {date}</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Lek bez nazwy</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Brak znanych alergii</translation>
    </message>
    <message>
        <source>As your centre recorded it.</source>
        <translation>Tak, jak zapisał to Twój ośrodek.</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Reaction: {reactions}</source>
        <translation>Reakcja: {reactions}</translation>
    </message>
    <message>
        <source>An intolerance, not an allergy</source>
        <translation>Nietolerancja, nie alergia</translation>
    </message>
    <message>
        <source>Recorded {date}</source>
        <translation>Zapisano {date}</translation>
    </message>
    <message>
        <source>Allergy (substance not named)</source>
        <translation>Alergia (nie podano substancji)</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>łagodna</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>umiarkowana</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>ciężka</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Wysokie ryzyko</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as high.</source>
        <translation>Twój ośrodek ocenia ryzyko ciężkiej reakcji jako wysokie.</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Niskie ryzyko</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as low.</source>
        <translation>Twój ośrodek ocenia ryzyko ciężkiej reakcji jako niskie.</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Ryzyka nie oceniono</translation>
    </message>
    <message>
        <source>Risk not stated</source>
        <translation>Nie podano ryzyka</translation>
    </message>
    <message>
        <source>Your centre did not say how severe a reaction could be.</source>
        <translation>Twój ośrodek nie podał, jak ciężka mogłaby być reakcja.</translation>
    </message>
    <message>
        <source>Line {number}: {agents}</source>
        <translation>Linia {number}: {agents}</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapia</translation>
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
        <translation>Nowotwór wtórny (przerzut)</translation>
    </message>
    <message>
        <source>It has come back (recurrence).</source>
        <translation>Choroba powróciła (wznowa).</translation>
    </message>
    <message>
        <source>Stage not recorded</source>
        <translation>Nie zapisano stopnia zaawansowania</translation>
    </message>
    <message>
        <source>Diagnosed {date}</source>
        <translation>Rozpoznano {date}</translation>
    </message>
    <message>
        <source>Cancer (name not recorded)</source>
        <translation>Nowotwór (nie zapisano nazwy)</translation>
    </message>
    <message>
        <source>Device (not named)</source>
        <translation>Wyrób medyczny (bez nazwy)</translation>
    </message>
    <message>
        <source>Where: {site}</source>
        <translation>Umiejscowienie: {site}</translation>
    </message>
    <message>
        <source>Risk of a serious infection after chemotherapy</source>
        <translation>Ryzyko ciężkiego zakażenia po chemioterapii</translation>
    </message>
    <message>
        <source>Immunotherapy side effects can start late</source>
        <translation>Działania niepożądane immunoterapii mogą pojawić się późno</translation>
    </message>
    <message>
        <source>Heart: a high dose of anthracyclines</source>
        <translation>Serce: wysoka dawka antracyklin</translation>
    </message>
    <message>
        <source>Heart: anthracyclines and radiotherapy near it</source>
        <translation>Serce: antracykliny i radioterapia w jego okolicy</translation>
    </message>
    <message>
        <source>Heart: anthracyclines given</source>
        <translation>Serce: podano antracykliny</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Wszczepiony port naczyniowy</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Pilne</translation>
    </message>
    <message>
        <source>Act at once if you feel unwell.</source>
        <translation>Jeśli poczujesz się źle, działaj od razu.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Ważne</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>An alert your centre set.</source>
        <translation>Alert ustawiony przez Twój ośrodek.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nazwa pliku:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Typ plików:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>ecan-desktop backups (*{suffix})</source>
        <translation>Kopie zapasowe ecan-desktop (*{suffix})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose the summaries to import</source>
        <translation>Wybierz podsumowania do zaimportowania</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>FHIR summaries (*.json *.xml *.ndjson)</source>
        <translation>Podsumowania FHIR (*.json *.xml *.ndjson)</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Wybierz kopię zapasową do przywrócenia</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Zapisz kopię zapasową</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Zapisz kod odzyskiwania</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Zapisz podsumowanie</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the IPS file</source>
        <translation>Zapisz plik IPS</translation>
    </message>
    <message>
        <source>FHIR documents (*.json)</source>
        <translation>Dokumenty FHIR (*.json)</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Zapisz kopię dokumentu</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>This is a backup, not a summary</source>
        <translation>To jest kopia zapasowa, a nie podsumowanie</translation>
    </message>
    <message>
        <source>{file} is a backup of a whole profile. It is not imported into this record: it is restored as a profile of its own. To restore it, choose Restore from backup in Settings, or drop it on the start screen.</source>
        <translation>{file} to kopia zapasowa całego profilu. Nie importuje się jej do tej dokumentacji: przywraca się ją jako osobny profil. Aby ją przywrócić, wybierz „Przywróć z kopii zapasowej” w Ustawieniach albo upuść plik na ekranie startowym.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Otwórz Ustawienia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>FileResult</name>
    <message numerus="yes">
        <source>Imported: %n new item(s)</source>
        <translation>
            <numerusform>Zaimportowano: %n nowy element</numerusform>
            <numerusform>Zaimportowano: %n nowe elementy</numerusform>
            <numerusform>Zaimportowano: %n nowych elementów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n zaktualizowany</numerusform>
            <numerusform>%n zaktualizowane</numerusform>
            <numerusform>%n zaktualizowanych</numerusform>
        </translation>
    </message>
    <message>
        <source>From {centre} · {country}</source>
        <translation>Źródło: {centre} · {country}</translation>
    </message>
    <message>
        <source>From {centre}</source>
        <translation>Źródło: {centre}</translation>
    </message>
    <message numerus="yes">
        <source>%n already in your record</source>
        <translation>
            <numerusform>%n element już jest w Twojej dokumentacji</numerusform>
            <numerusform>%n elementy już są w Twojej dokumentacji</numerusform>
            <numerusform>%n elementów już jest w Twojej dokumentacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n zgłoszony też przez inne źródło</numerusform>
            <numerusform>%n zgłoszone też przez inne źródło</numerusform>
            <numerusform>%n zgłoszonych też przez inne źródło</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To import: %n new item(s)</source>
        <translation>
            <numerusform>Do zaimportowania: %n nowy element</numerusform>
            <numerusform>Do zaimportowania: %n nowe elementy</numerusform>
            <numerusform>Do zaimportowania: %n nowych elementów</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Już jest w Twojej dokumentacji: w tym pliku nie ma nic nowego.</translation>
    </message>
    <message>
        <source>Will not be imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Nie zostanie zaimportowany: ten plik dotyczy osoby {file_patient}, a nie {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Nie zaimportowano: ten plik dotyczy osoby {file_patient}, a nie {profile_patient}.</translation>
    </message>
    <message>
        <source>Cannot be imported: {reason}</source>
        <translation>Nie można zaimportować: {reason}</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Nie zaimportowano.</translation>
    </message>
</context>
<context>
    <name>ImmunisationsView</name>
    <message>
        <source>Date not stated</source>
        <translation>Nie podano daty</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Szczepienie</translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>dawka {number}</translation>
    </message>
    <message>
        <source>batch {lot}</source>
        <translation>seria {lot}</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Szczepienia</translation>
    </message>
    <message>
        <source>Your vaccinations. After cancer treatment some may need to be given again: ask your centre.</source>
        <translation>Twoje szczepienia. Po leczeniu przeciwnowotworowym niektóre może trzeba będzie powtórzyć: zapytaj w swoim ośrodku.</translation>
    </message>
    <message>
        <source>Search vaccines</source>
        <translation>Szukaj szczepionek</translation>
    </message>
    <message>
        <source>No immunisations recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnych szczepień.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Zaimportuj podsumowanie ze swojego ośrodka.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Is this the same person?</source>
        <translation>Czy to ta sama osoba?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importuj mimo to</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nie importuj</translation>
    </message>
    <message>
        <source>{file} is about {file_patient}, but this profile is about {profile_patient}. Import it into this profile only if it is the same person, for example with the name written differently.</source>
        <translation>{file} dotyczy osoby {file_patient}, a ten profil dotyczy osoby {profile_patient}. Zaimportuj go do tego profilu tylko wtedy, gdy to ta sama osoba, na przykład z inaczej zapisanym nazwiskiem.</translation>
    </message>
    <message>
        <source>Nothing is added to your record until you choose Import.</source>
        <translation>Nic nie zostanie dodane do Twojej dokumentacji, dopóki nie wybierzesz „Importuj”.</translation>
    </message>
    <message>
        <source>There is nothing new to import: your record stays as it is.</source>
        <translation>Nie ma nic nowego do zaimportowania: Twoja dokumentacja pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Nothing has been added yet. Check what each file brings, then choose Import.</source>
        <translation>Jeszcze nic nie zostało dodane. Sprawdź, co zawiera każdy plik, a potem wybierz „Importuj”.</translation>
    </message>
    <message>
        <source>You cancelled: nothing was imported. Your record is as it was.</source>
        <translation>Anulowano: nic nie zostało zaimportowane. Twoja dokumentacja jest taka jak wcześniej.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>Plik został zaimportowany.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Plik nie został zaimportowany.</translation>
    </message>
    <message>
        <source>All {total} files were imported.</source>
        <translation>Zaimportowano wszystkie pliki ({total}).</translation>
    </message>
    <message>
        <source>Files imported: {imported} of {total}.</source>
        <translation>Zaimportowane pliki: {imported} z {total}.</translation>
    </message>
    <message>
        <source>Add what the files bring to your record</source>
        <translation>Dodaj zawartość plików do swojej dokumentacji</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Importowanie %n pliku</numerusform>
            <numerusform>Importowanie %n plików</numerusform>
            <numerusform>Importowanie %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>Importowanie pliku {file} ({number} z {total})…</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s) and {updated} updated.</source>
        <translation>
            <numerusform>Łącznie: %n nowy element, zaktualizowane: {updated}.</numerusform>
            <numerusform>Łącznie: %n nowe elementy, zaktualizowane: {updated}.</numerusform>
            <numerusform>Łącznie: %n nowych elementów, zaktualizowane: {updated}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s).</source>
        <translation>
            <numerusform>Łącznie: %n nowy element.</numerusform>
            <numerusform>Łącznie: %n nowe elementy.</numerusform>
            <numerusform>Łącznie: %n nowych elementów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)</source>
        <translation>
            <numerusform>Sprawdzanie %n pliku</numerusform>
            <numerusform>Sprawdzanie %n plików</numerusform>
            <numerusform>Sprawdzanie %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Sprawdź przed zaimportowaniem</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import anulowany</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>Reading {file} ({number} of {total})…</source>
        <translation>Odczytywanie pliku {file} ({number} z {total})…</translation>
    </message>
    <message>
        <source>Checking the files</source>
        <translation>Sprawdzanie plików</translation>
    </message>
    <message>
        <source>Stopping: nothing will be kept…</source>
        <translation>Zatrzymywanie: nic nie zostanie zachowane…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>Plik {file} nie został zaimportowany: {reason}</translation>
    </message>
    <message>
        <source>this file is about {file_patient}, but this profile is about {profile_patient}. Nothing was imported. If it is the same person, import it again and confirm.</source>
        <translation>ten plik dotyczy osoby {file_patient}, a ten profil dotyczy osoby {profile_patient}. Nic nie zostało zaimportowane. Jeśli to ta sama osoba, zaimportuj plik ponownie i potwierdź.</translation>
    </message>
    <message>
        <source>{name} (born {birth_date})</source>
        <translation>{name} (ur. {birth_date})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>plik jest pusty.</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB, the most ecan-desktop accepts.</source>
        <translation>plik jest większy niż {limit} MB, czyli więcej, niż przyjmuje ecan-desktop.</translation>
    </message>
    <message>
        <source>it is a PDF document, not a FHIR summary. Ask your centre for the summary as a FHIR file (JSON or XML).</source>
        <translation>to dokument PDF, a nie podsumowanie FHIR. Poproś swój ośrodek o podsumowanie w pliku FHIR (JSON lub XML).</translation>
    </message>
    <message>
        <source>it is a ZIP archive. Unpack it first, then import the FHIR files inside.</source>
        <translation>to archiwum ZIP. Najpierw je rozpakuj, a potem zaimportuj znajdujące się w nim pliki FHIR.</translation>
    </message>
    <message>
        <source>it is not a text file, so it cannot be a FHIR summary. Check that you chose the right file.</source>
        <translation>to nie jest plik tekstowy, więc nie może być podsumowaniem FHIR. Sprawdź, czy wybrano właściwy plik.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8, which FHIR files must be. Ask your centre for a new copy.</source>
        <translation>tekst nie jest poprawnym UTF-8, a takie muszą być pliki FHIR. Poproś swój ośrodek o nową kopię.</translation>
    </message>
    <message>
        <source>it is a web page (HTML), perhaps an error page saved by the browser, not a FHIR summary. Download the summary again.</source>
        <translation>to strona internetowa (HTML), może zapisana przez przeglądarkę strona błędu, a nie podsumowanie FHIR. Pobierz podsumowanie ponownie.</translation>
    </message>
    <message>
        <source>it is a CDA document (HL7 version 3 XML), which this version of ecan-desktop cannot read yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>to dokument CDA (XML HL7 w wersji 3), którego ta wersja ecan-desktop jeszcze nie odczytuje. Poproś swój ośrodek o podsumowanie w pliku FHIR.</translation>
    </message>
    <message>
        <source>it is an XML file, but not FHIR XML. Check that you chose the right file.</source>
        <translation>to plik XML, ale nie XML FHIR. Sprawdź, czy wybrano właściwy plik.</translation>
    </message>
    <message>
        <source>the file is damaged: its XML is not well formed (line {line}).</source>
        <translation>plik jest uszkodzony: jego XML ma nieprawidłową budowę (wiersz {line}).</translation>
    </message>
    <message>
        <source>it declares XML entities or a DTD, which FHIR files never need. For your safety it was not read; ask your centre for a new copy.</source>
        <translation>deklaruje encje XML lub DTD, których pliki FHIR nigdy nie potrzebują. Dla Twojego bezpieczeństwa nie został odczytany; poproś swój ośrodek o nową kopię.</translation>
    </message>
    <message>
        <source>it is a SMART Health Link (a link to a summary kept elsewhere), which this version of ecan-desktop cannot open yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>to SMART Health Link (odnośnik do podsumowania przechowywanego gdzie indziej), którego ta wersja ecan-desktop jeszcze nie otwiera. Poproś swój ośrodek o podsumowanie w pliku FHIR.</translation>
    </message>
    <message>
        <source>it is part of a SMART Health Link (its address, key or list of files), not the summary itself. This version of ecan-desktop cannot open SMART Health Links yet; ask your centre for the summary as a FHIR file.</source>
        <translation>to część SMART Health Link (adres, klucz lub lista plików), a nie samo podsumowanie. Ta wersja ecan-desktop nie otwiera jeszcze SMART Health Links; poproś swój ośrodek o podsumowanie w pliku FHIR.</translation>
    </message>
    <message>
        <source>it is encrypted (a SMART Health Link&apos;s content) and can only be read with the key of its link. Ask your centre for the summary as a FHIR file.</source>
        <translation>jest zaszyfrowany (zawartość SMART Health Link) i można go odczytać tylko kluczem z jego odnośnika. Poproś swój ośrodek o podsumowanie w pliku FHIR.</translation>
    </message>
    <message>
        <source>it is a SMART Health Card (a signed card, such as a vaccination certificate), which this version of ecan-desktop cannot read yet.</source>
        <translation>to SMART Health Card (podpisana karta, np. zaświadczenie o szczepieniu), której ta wersja ecan-desktop jeszcze nie odczytuje.</translation>
    </message>
    <message>
        <source>a part of the XML was read as well as possible: {detail}</source>
        <translation>część XML została odczytana najlepiej, jak się dało: {detail}</translation>
    </message>
    <message>
        <source>the file is damaged: its JSON is not valid (line {line}, column {column}: {detail}).</source>
        <translation>plik jest uszkodzony: jego JSON jest nieprawidłowy (wiersz {line}, kolumna {column}: {detail}).</translation>
    </message>
    <message>
        <source>it is not a FHIR resource (it has no resourceType). Check that you chose the right file.</source>
        <translation>to nie jest zasób FHIR (brak resourceType). Sprawdź, czy wybrano właściwy plik.</translation>
    </message>
    <message>
        <source>the bundle contains no usable resources.</source>
        <translation>pakiet nie zawiera żadnych użytecznych zasobów.</translation>
    </message>
    <message>
        <source>its structure is nested too deeply to be a real FHIR summary.</source>
        <translation>jego struktura jest zbyt głęboko zagnieżdżona jak na prawdziwe podsumowanie FHIR.</translation>
    </message>
    <message>
        <source>the file could not be read ({detail}). Check that it exists and that you may open it.</source>
        <translation>nie udało się odczytać pliku ({detail}). Sprawdź, czy istnieje i czy masz prawo go otworzyć.</translation>
    </message>
    <message>
        <source>a line that is not valid JSON was skipped</source>
        <translation>pominięto wiersz, który nie jest poprawnym JSON</translation>
    </message>
    <message>
        <source>an empty entry (null) was skipped</source>
        <translation>pominięto pusty wpis (null)</translation>
    </message>
    <message>
        <source>an entry that is not an object was skipped</source>
        <translation>pominięto wpis, który nie jest obiektem</translation>
    </message>
    <message>
        <source>an entry without a resource was skipped</source>
        <translation>pominięto wpis bez zasobu</translation>
    </message>
    <message>
        <source>a resource without a resourceType was skipped</source>
        <translation>pominięto zasób bez resourceType</translation>
    </message>
    <message>
        <source>a resource without an id or usable fullUrl was given the id {id}</source>
        <translation>zasób bez id ani użytecznego fullUrl otrzymał id {id}</translation>
    </message>
    <message>
        <source>its readable text (narrative) is missing (no div); everything else was imported</source>
        <translation>brakuje czytelnego tekstu (narracji, brak div); wszystko inne zostało zaimportowane</translation>
    </message>
    <message>
        <source>{resource} is in the file more than once; the last copy was kept</source>
        <translation>{resource} występuje w pliku więcej niż raz; zachowano ostatnią kopię</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record</source>
        <translation>odwołuje się do {target}, którego nie ma ani w pliku, ani w Twojej dokumentacji</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record (other parts of the file refer to it too)</source>
        <translation>odwołuje się do {target}, którego nie ma ani w pliku, ani w Twojej dokumentacji (odwołują się do niego też inne części pliku)</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as}</source>
        <translation>odwołuje się do {target}, zapisanego w sposób niedozwolony w FHIR; odczytano jako {read_as}</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as} (other parts of the file write it the same way)</source>
        <translation>odwołuje się do {target}, zapisanego w sposób niedozwolony w FHIR; odczytano jako {read_as} (inne części pliku zapisują to tak samo)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message numerus="yes">
        <source>{records} and %n more</source>
        <translation>
            <numerusform>{records} i %n inny</numerusform>
            <numerusform>{records} i %n inne</numerusform>
            <numerusform>{records} i %n innych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it refers to %n records that are neither in the file nor in your record ({records})</source>
        <translation>
            <numerusform>odwołuje się do %n rekordu, którego nie ma ani w pliku, ani w Twojej dokumentacji ({records})</numerusform>
            <numerusform>odwołuje się do %n rekordów, których nie ma ani w pliku, ani w Twojej dokumentacji ({records})</numerusform>
            <numerusform>odwołuje się do %n rekordów, których nie ma ani w pliku, ani w Twojej dokumentacji ({records})</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry {number}: {reason}.</source>
        <translation>Wpis {number}: {reason}.</translation>
    </message>
    <message>
        <source>Line {number}: {reason}.</source>
        <translation>Wiersz {number}: {reason}.</translation>
    </message>
    <message>
        <source>In the file: {reason}.</source>
        <translation>W pliku: {reason}.</translation>
    </message>
    <message>
        <source>At {place}: {reason}.</source>
        <translation>W miejscu {place}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file:</source>
        <translation>
            <numerusform>W pliku znaleziono %n problem:</numerusform>
            <numerusform>W pliku znaleziono %n problemy:</numerusform>
            <numerusform>W pliku znaleziono %n problemów:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…i jeszcze %n.</numerusform>
            <numerusform>…i jeszcze %n.</numerusform>
            <numerusform>…i jeszcze %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetailsDialog</name>
    <message>
        <source>you</source>
        <translation>Ciebie</translation>
    </message>
    <message>
        <source>Where this came from is not known.</source>
        <translation>Nie wiadomo, skąd pochodzą te dane.</translation>
    </message>
    <message>
        <source>Reported by {a}.</source>
        <translation>Zgłoszone przez {a}.</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}.</source>
        <translation>Zgłoszone przez {list} i {last}.</translation>
    </message>
    <message>
        <source>Notes from the source</source>
        <translation>Uwagi ze źródła</translation>
    </message>
    <message>
        <source>Original records</source>
        <translation>Oryginalne wpisy</translation>
    </message>
    <message>
        <source>As stored in your record: the first {shown} of {total}.</source>
        <translation>Tak jak zapisano w Twojej dokumentacji: pierwsze {shown} z {total}.</translation>
    </message>
    <message numerus="yes">
        <source>As stored in your record: %n record(s) from your sources.</source>
        <translation>
            <numerusform>Tak jak zapisano w Twojej dokumentacji: %n wpis z Twoich źródeł.</numerusform>
            <numerusform>Tak jak zapisano w Twojej dokumentacji: %n wpisy z Twoich źródeł.</numerusform>
            <numerusform>Tak jak zapisano w Twojej dokumentacji: %n wpisów z Twoich źródeł.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is built from other items; it has no record of its own.</source>
        <translation>Ten element powstał z innych elementów; nie ma własnego wpisu.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message>
        <source>Hide the original data</source>
        <translation>Ukryj oryginalne dane</translation>
    </message>
    <message>
        <source>Show the original data</source>
        <translation>Pokaż oryginalne dane</translation>
    </message>
    <message>
        <source>The original data (FHIR JSON)</source>
        <translation>Oryginalne dane (FHIR JSON)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>This item is no longer in your record.</source>
        <translation>Tego elementu nie ma już w Twojej dokumentacji.</translation>
    </message>
</context>
<context>
    <name>ItemFacts</name>
    <message>
        <source>{words}, as written: {source}</source>
        <translation>{words}, w oryginale: {source}</translation>
    </message>
    <message>
        <source>Your personal details</source>
        <translation>Twoje dane osobowe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Wystąpienie</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ustąpienie</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Umiejscowienie w ciele</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Zakres normy</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretacja</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stopień zaawansowania</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Wydanie</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktacja</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Stopień</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation>Obszary napromieniane</translation>
    </message>
    <message>
        <source>Kind of radiotherapy</source>
        <translation>Rodzaj radioterapii</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technika</translation>
    </message>
    <message>
        <source>Kind of transplant</source>
        <translation>Rodzaj przeszczepu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Osiągnięcie celu</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Rodzaj wizyty</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Schematy leczenia</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Leki</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation>Zapisane wartości</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Załączone pliki</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Planned activities</source>
        <translation>Zaplanowane działania</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Marker nowotworowy</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Stosowany obecnie</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Rodzaj wpisu</translation>
    </message>
    <message>
        <source>Identifier in the file</source>
        <translation>Identyfikator w pliku</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Na podstawie</translation>
    </message>
    <message>
        <source>Mentioned by</source>
        <translation>Wspomniane w</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Item of your record</source>
        <translation>Element Twojej dokumentacji</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stopień zaawansowania {stage}</translation>
    </message>
    <message>
        <source>Tumour size and extent (T): {stage}</source>
        <translation>Wielkość i zasięg guza (T): {stage}</translation>
    </message>
    <message>
        <source>Lymph nodes (N): {stage}</source>
        <translation>Węzły chłonne (N): {stage}</translation>
    </message>
    <message>
        <source>Spread to other organs (M): {stage}</source>
        <translation>Przerzuty do innych narządów (M): {stage}</translation>
    </message>
    <message>
        <source>clinical (from examinations and scans)</source>
        <translation>kliniczny (na podstawie badań i obrazowania)</translation>
    </message>
    <message>
        <source>pathological (from the tissue removed)</source>
        <translation>patologiczny (na podstawie usuniętej tkanki)</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operacja</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Przeszczep komórek macierzystych</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>with your own stem cells (autologous)</source>
        <translation>z Twoich własnych komórek macierzystych (autologiczny)</translation>
    </message>
    <message>
        <source>with a donor&apos;s stem cells (allogeneic)</source>
        <translation>z komórek macierzystych dawcy (allogeniczny)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>dodatni</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>ujemny</translation>
    </message>
    <message>
        <source>uncertain (equivocal)</source>
        <translation>niejednoznaczny (wątpliwy)</translation>
    </message>
    <message>
        <source>edition {n}</source>
        <translation>wydanie {n}</translation>
    </message>
    <message>
        <source>Staging system</source>
        <translation>System oceny zaawansowania</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>boost</source>
        <translation>dawka uzupełniająca (boost)</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapia</translation>
    </message>
    <message>
        <source>Highest total dose</source>
        <translation>Najwyższa dawka całkowita</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Badanie</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Wyniki badań</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ostatni</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Pierwszy</translation>
    </message>
    <message>
        <source>Treatment line {number}</source>
        <translation>Linia leczenia {number}</translation>
    </message>
    <message>
        <source>Line of cancer medicines</source>
        <translation>Linia leczenia przeciwnowotworowego</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Stan choroby</translation>
    </message>
    <message>
        <source>Performance status</source>
        <translation>Stan sprawności</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Schemat leczenia</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan opieki</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Visit or stay</source>
        <translation>Wizyta lub pobyt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>co {days} dni</translation>
    </message>
    <message>
        <source>{dose} (some doses could not be counted)</source>
        <translation>{dose} (niektórych dawek nie udało się zliczyć)</translation>
    </message>
    <message>
        <source>As the source names it</source>
        <translation>Nazwa w źródle</translation>
    </message>
    <message>
        <source>Treatment line</source>
        <translation>Linia leczenia</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cykle</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Dawka kumulacyjna</translation>
    </message>
    <message>
        <source>Prescribed dose</source>
        <translation>Dawka przepisana</translation>
    </message>
    <message>
        <source>Doses given</source>
        <translation>Podane dawki</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Sposób stosowania</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Zapisano jako</translation>
    </message>
    <message>
        <source>Taken now</source>
        <translation>Przyjmowany obecnie</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reakcja</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Nie podano substancji</translation>
    </message>
    <message>
        <source>Statement: no known allergy</source>
        <translation>Informacja: brak znanych alergii</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substancja</translation>
    </message>
    <message>
        <source>Risk of a serious reaction</source>
        <translation>Ryzyko ciężkiej reakcji</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reakcje</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Wyrób medyczny</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Wszczepiony port naczyniowy</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Rozpoznanie nowotworu</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kody</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Charakter</translation>
    </message>
    <message>
        <source>Kind of cell (morphology)</source>
        <translation>Typ komórek (morfologia)</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Data rozpoznania</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Schorzenie</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Szczepienie</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Szczepionka</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>Numer dawki</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Symptom or side effect you noted</source>
        <translation>Objaw lub działanie niepożądane zanotowane przez Ciebie</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Twoja notatka</translation>
    </message>
    <message>
        <source>Medicine you noted</source>
        <translation>Lek zanotowany przez Ciebie</translation>
    </message>
    <message>
        <source>In My entries, where you can change or delete it.</source>
        <translation>W „Moich wpisach”, gdzie możesz go zmienić lub usunąć.</translation>
    </message>
    <message>
        <source>How bad it was</source>
        <translation>Jak silne było</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Gdzie jest przechowywane</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>All events</source>
        <translation>Wszystkie zdarzenia</translation>
    </message>
    <message>
        <source>All cancer treatments</source>
        <translation>Całe leczenie przeciwnowotworowe</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Wszystkie źródła</translation>
    </message>
    <message>
        <source>You (My entries)</source>
        <translation>Ty (Moje wpisy)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n zdarzenie</numerusform>
            <numerusform>%n zdarzenia</numerusform>
            <numerusform>%n zdarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} events shown</source>
        <translation>
            <numerusform>Wyświetlane zdarzenia: %n z {total}</numerusform>
            <numerusform>Wyświetlane zdarzenia: %n z {total}</numerusform>
            <numerusform>Wyświetlane zdarzenia: %n z {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer journey</source>
        <translation>Przebieg choroby</translation>
    </message>
    <message>
        <source>Everything in your record that has a date, oldest first. Choose an event to see its details and where it came from.</source>
        <translation>Wszystko z Twojej dokumentacji, co ma datę, od najstarszych. Wybierz zdarzenie, aby zobaczyć szczegóły i jego pochodzenie.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Kind of event to show</source>
        <translation>Rodzaj zdarzeń do pokazania</translation>
    </message>
    <message>
        <source>Source to show</source>
        <translation>Źródło do pokazania</translation>
    </message>
    <message>
        <source>Events in your cancer journey</source>
        <translation>Zdarzenia w przebiegu Twojej choroby</translation>
    </message>
    <message>
        <source>No events match these choices.</source>
        <translation>Żadne zdarzenie nie pasuje do tych wyborów.</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Pokaż wszystkie zdarzenia</translation>
    </message>
    <message>
        <source>No cancer journey yet</source>
        <translation>Przebieg choroby jest jeszcze pusty</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your diagnosis, treatments, tests and check-ups then appear here in date order, each with where it came from.</source>
        <translation>Zaimportuj podsumowanie ze swojego ośrodka onkologicznego. Twoje rozpoznanie, leczenie, badania i wizyty kontrolne pojawią się tu w kolejności dat, każde z informacją o pochodzeniu.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importuj podsumowanie</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Data nieznana</translation>
    </message>
    <message>
        <source>Diagnosis and stage</source>
        <translation>Rozpoznanie i stopień zaawansowania</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Leczenie operacyjne</translation>
    </message>
    <message>
        <source>Cancer medicines</source>
        <translation>Leki przeciwnowotworowe</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapia</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Przeszczepy komórek macierzystych</translation>
    </message>
    <message>
        <source>Tests and scans</source>
        <translation>Badania i obrazowanie</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Stan choroby</translation>
    </message>
    <message>
        <source>Check-ups and plans</source>
        <translation>Wizyty kontrolne i plany</translation>
    </message>
    <message>
        <source>Side effects you noted</source>
        <translation>Działania niepożądane zanotowane przez Ciebie</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Twoje notatki</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Inne zdarzenia</translation>
    </message>
    <message>
        <source>Line {number} of cancer medicines</source>
        <translation>{number}. linia leczenia przeciwnowotworowego</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Lek przeciwnowotworowy</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Schemat leczenia</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan opieki</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Wynik laboratoryjny</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Wynik histopatologiczny</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Opis badania</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stopień zaawansowania {stage}</translation>
    </message>
    <message>
        <source>stage {stage}</source>
        <translation>stopień zaawansowania {stage}</translation>
    </message>
    <message>
        <source>clinical</source>
        <translation>kliniczny</translation>
    </message>
    <message>
        <source>pathological</source>
        <translation>patologiczny</translation>
    </message>
    <message>
        <source>{system}, edition {edition}</source>
        <translation>{system}, wydanie {edition}</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>dodatni</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>ujemny</translation>
    </message>
    <message>
        <source>equivocal</source>
        <translation>niejednoznaczny</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>dawka {number}</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>do {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>do {date}</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>trwa</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Język aplikacji</translation>
    </message>
    <message>
        <source>{language} (partly in English)</source>
        <translation>{language} (częściowo po angielsku)</translation>
    </message>
</context>
<context>
    <name>ListRecordView</name>
    <message>
        <source>Import summary</source>
        <translation>Importuj podsumowanie</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Odczytywanie dokumentacji…</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Nic nie pasuje do „{text}”.</translation>
    </message>
    <message>
        <source>Try fewer or other words.</source>
        <translation>Spróbuj użyć mniej słów lub innych słów.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Recognised as {medicine} (ATC code {code}).</source>
        <translation>Rozpoznano jako {medicine} (kod ATC {code}).</translation>
    </message>
    <message>
        <source>As it is written on the box, for example: Paracetamol 500 mg.</source>
        <translation>Tak jak na opakowaniu, na przykład: Paracetamol 500 mg.</translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation>Nazwa leku</translation>
    </message>
    <message>
        <source>Change a medicine</source>
        <translation>Zmień lek</translation>
    </message>
    <message>
        <source>Add a medicine you take</source>
        <translation>Dodaj przyjmowany lek</translation>
    </message>
    <message>
        <source>How much and how often (optional)</source>
        <translation>Ile i jak często (opcjonalnie)</translation>
    </message>
    <message>
        <source>For example: 1 tablet twice a day.</source>
        <translation>Na przykład: 1 tabletka dwa razy dziennie.</translation>
    </message>
    <message>
        <source>What you take it for (optional)</source>
        <translation>Z jakiego powodu go przyjmujesz (opcjonalnie)</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>I still take it</source>
        <translation>Nadal go przyjmuję</translation>
    </message>
    <message>
        <source>When you stopped</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Inne uwagi (opcjonalnie)</translation>
    </message>
</context>
<context>
    <name>MedicationsView</name>
    <message>
        <source>Current medicines</source>
        <translation>Obecnie przyjmowane leki</translation>
    </message>
    <message>
        <source>Past medicines</source>
        <translation>Wcześniej przyjmowane leki</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Lek bez nazwy</translation>
    </message>
    <message>
        <source>treatment line {number}</source>
        <translation>linia leczenia {number}</translation>
    </message>
    <message>
        <source>Cumulative dose {dose}</source>
        <translation>Dawka kumulacyjna {dose}</translation>
    </message>
    <message>
        <source>Cumulative dose at least {dose}</source>
        <translation>Dawka kumulacyjna co najmniej {dose}</translation>
    </message>
    <message numerus="yes">
        <source>{given} of %n cycle(s)</source>
        <translation>
            <numerusform>{given} z %n cyklu</numerusform>
            <numerusform>{given} z %n cykli</numerusform>
            <numerusform>{given} z %n cykli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n cykl</numerusform>
            <numerusform>%n cykle</numerusform>
            <numerusform>%n cykli</numerusform>
        </translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Inny lek</translation>
    </message>
    <message>
        <source>for {reasons}</source>
        <translation>z powodu: {reasons}</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Leki</translation>
    </message>
    <message>
        <source>The medicines you take now and took before: cancer medicines and all others.</source>
        <translation>Leki przyjmowane obecnie i wcześniej: przeciwnowotworowe i wszystkie inne.</translation>
    </message>
    <message>
        <source>Search medicines</source>
        <translation>Szukaj leków</translation>
    </message>
    <message>
        <source>No medicines recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnych leków.</translation>
    </message>
    <message>
        <source>Import a summary from your centre. You can also add what you take in My entries.</source>
        <translation>Zaimportuj podsumowanie ze swojego ośrodka. Przyjmowane leki możesz też dodać w sekcji „Moje wpisy”.</translation>
    </message>
</context>
<context>
    <name>MyEntriesView</name>
    <message>
        <source>Delete this entry?</source>
        <translation>Usunąć ten wpis?</translation>
    </message>
    <message>
        <source>“{entry}” ({date}) is deleted from your record. What your centres sent stays as it is. You can undo this straight away.</source>
        <translation>Wpis „{entry}” ({date}) zostanie usunięty z Twojej dokumentacji. To, co przesłały Twoje ośrodki, pozostanie bez zmian. Możesz to od razu cofnąć.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Usuń wpis</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>“{entry}” was deleted.</source>
        <translation>Wpis „{entry}” został usunięty.</translation>
    </message>
    <message>
        <source>Your entries could not be changed</source>
        <translation>Nie udało się zmienić Twoich wpisów</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>My entries</source>
        <translation>Moje wpisy</translation>
    </message>
    <message>
        <source>What you write down yourself: medicines you take, side effects and notes for your next visit. They are marked as reported by you wherever they appear, also in the summaries you export.</source>
        <translation>To, co zapisujesz samodzielnie: przyjmowane leki, działania niepożądane i notatki na następną wizytę. Wszędzie, gdzie się pojawiają, także w eksportowanych podsumowaniach, są oznaczone jako zgłoszone przez Ciebie.</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Dodaj lek</translation>
    </message>
    <message>
        <source>Add symptom or side effect</source>
        <translation>Dodaj objaw lub działanie niepożądane</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Nothing written down yet</source>
        <translation>Nie ma jeszcze żadnych wpisów</translation>
    </message>
    <message>
        <source>Write down medicines you take, side effects and notes for your next visit. They stay on this computer, marked as reported by you.</source>
        <translation>Zapisuj przyjmowane leki, działania niepożądane i notatki na następną wizytę. Pozostają na tym komputerze, oznaczone jako zgłoszone przez Ciebie.</translation>
    </message>
    <message>
        <source>Medications I take</source>
        <translation>Leki, które przyjmuję</translation>
    </message>
    <message>
        <source>Symptoms and side effects</source>
        <translation>Objawy i działania niepożądane</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Too short: use at least {minimum} characters.</source>
        <translation>Za krótkie: użyj co najmniej {minimum} znaków.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a word or two.</source>
        <translation>Słabe: łatwe do odgadnięcia. Dodaj słowo lub dwa.</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it much harder to guess.</source>
        <translation>Średnie: jedno lub dwa słowa więcej sprawią, że będzie dużo trudniejsze do odgadnięcia.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Dobre: trudne do odgadnięcia.</translation>
    </message>
    <message>
        <source>Strong: very hard to guess.</source>
        <translation>Silne: bardzo trudne do odgadnięcia.</translation>
    </message>
    <message>
        <source>A few words you can remember work well.</source>
        <translation>Kilka słów, które łatwo zapamiętasz, sprawdzi się dobrze.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>Hasła nie są takie same. Wpisz dwa razy to samo.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Wpisz je ponownie</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Nowe hasło, ponownie</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Pokaż hasło</translation>
    </message>
</context>
<context>
    <name>NewProfilePage</name>
    <message>
        <source>Creating the profile and its keys… This takes a few seconds.</source>
        <translation>Tworzenie profilu i jego kluczy… To potrwa kilka sekund.</translation>
    </message>
    <message>
        <source>Creating the profile</source>
        <translation>Tworzenie profilu</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history on this computer, locked with a passphrase that only you know.</source>
        <translation>Profil przechowuje historię choroby nowotworowej jednej osoby na tym komputerze, zabezpieczoną hasłem, które znasz tylko Ty.</translation>
    </message>
    <message>
        <source>&amp;Name of the profile</source>
        <translation>&amp;Nazwa profilu</translation>
    </message>
    <message>
        <source>Shown on the start screen, e.g. your first name or “Mum”.</source>
        <translation>Widoczna na ekranie startowym, np. Twoje imię albo „Mama”.</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>Nazwa profilu</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;full name</source>
        <translation>&amp;Imię i nazwisko pacjenta</translation>
    </message>
    <message>
        <source>As it is written on hospital papers. Used to check imported files.</source>
        <translation>Tak jak w dokumentach ze szpitala. Służy do sprawdzania importowanych plików.</translation>
    </message>
    <message>
        <source>Patient&apos;s full name</source>
        <translation>Imię i nazwisko pacjenta</translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth</source>
        <translation>Data urodzenia pacjenta</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation>Zapamiętaj hasło na tym komputerze</translation>
    </message>
    <message>
        <source>The profile then opens without the passphrase for anyone who uses your account on this computer. Leave it off on a shared computer.</source>
        <translation>Profil będzie się wtedy otwierał bez hasła dla każdego, kto korzysta z Twojego konta na tym komputerze. Na komputerze współdzielonym nie włączaj tej opcji.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Utwórz profil</translation>
    </message>
</context>
<context>
    <name>NextWords</name>
    <message>
        <source>Appointment booked</source>
        <translation>Umówiona wizyta</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Asked for by your care team</source>
        <translation>Zlecone przez Twój zespół opieki</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Za %n dzień</numerusform>
            <numerusform>Za %n dni</numerusform>
            <numerusform>Za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s)</source>
        <translation>
            <numerusform>Za %n tydzień</numerusform>
            <numerusform>Za %n tygodnie</numerusform>
            <numerusform>Za %n tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>Za %n miesiąc</numerusform>
            <numerusform>Za %n miesiące</numerusform>
            <numerusform>Za %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan opieki</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation>Do {date}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Od {date}</translation>
    </message>
    <message>
        <source>{activity}: {schedule}</source>
        <translation>{activity}: {schedule}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>codziennie</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>co %n dzień</numerusform>
            <numerusform>co %n dni</numerusform>
            <numerusform>co %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>every week</source>
        <translation>co tydzień</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>co %n tydzień</numerusform>
            <numerusform>co %n tygodnie</numerusform>
            <numerusform>co %n tygodni</numerusform>
        </translation>
    </message>
    <message>
        <source>every month</source>
        <translation>co miesiąc</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>co %n miesiąc</numerusform>
            <numerusform>co %n miesiące</numerusform>
            <numerusform>co %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>every year</source>
        <translation>co roku</translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>co %n rok</numerusform>
            <numerusform>co %n lata</numerusform>
            <numerusform>co %n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>Normal range: {range}</source>
        <translation>Zakres normy: {range}</translation>
    </message>
    <message>
        <source>Unnamed test</source>
        <translation>Badanie bez nazwy</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Above the normal range</source>
        <translation>Powyżej zakresu normy</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Below the normal range</source>
        <translation>Poniżej zakresu normy</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Nieprawidłowy</translation>
    </message>
    <message>
        <source>Outside the normal range</source>
        <translation>Poza zakresem normy</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Prawidłowy</translation>
    </message>
    <message>
        <source>Within the normal range</source>
        <translation>W zakresie normy</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Brak wartości</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Change a note</source>
        <translation>Zmień notatkę</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Twoja notatka</translation>
    </message>
    <message>
        <source>For example: questions for your next visit, or how you have been.</source>
        <translation>Na przykład: pytania na następną wizytę albo jak się czujesz.</translation>
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
        <translation>Identyfikator w pliku</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>You entered this yourself</source>
        <translation>Wprowadzone samodzielnie przez Ciebie</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>(The rest is not shown.)</source>
        <translation>(Reszta nie jest wyświetlana.)</translation>
    </message>
</context>
<context>
    <name>OtherRecordsView</name>
    <message>
        <source>No title</source>
        <translation>Bez tytułu</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Bez daty</translation>
    </message>
    <message>
        <source>{type} in the file</source>
        <translation>{type} w pliku</translation>
    </message>
    <message>
        <source>Identifier: {id}</source>
        <translation>Identyfikator: {id}</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Bez nazwy</translation>
    </message>
    <message numerus="yes">
        <source>mentioned by %n item(s) of your record</source>
        <translation>
            <numerusform>wspomniany w %n elemencie Twojej dokumentacji</numerusform>
            <numerusform>wspomniany w %n elementach Twojej dokumentacji</numerusform>
            <numerusform>wspomniany w %n elementach Twojej dokumentacji</numerusform>
        </translation>
    </message>
    <message>
        <source>not mentioned by any item of your record</source>
        <translation>niewspomniany w żadnym elemencie Twojej dokumentacji</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Inne wpisy</translation>
    </message>
    <message>
        <source>Everything else your summaries contain. The app does not interpret these records, but nothing is hidden: open one to see what it says.</source>
        <translation>Wszystko inne, co zawierają Twoje podsumowania. Aplikacja nie interpretuje tych wpisów, ale niczego nie ukrywa: otwórz wpis, aby zobaczyć jego treść.</translation>
    </message>
    <message>
        <source>Search other records</source>
        <translation>Szukaj w innych wpisach</translation>
    </message>
    <message>
        <source>No other records.</source>
        <translation>Brak innych wpisów.</translation>
    </message>
    <message>
        <source>Everything your summaries contain is shown in the other parts of your record. Import a summary from your centre to add more.</source>
        <translation>Cała zawartość Twoich podsumowań jest widoczna w innych częściach dokumentacji. Zaimportuj podsumowanie ze swojego ośrodka, aby dodać więcej.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>See all %n</source>
        <translation>
            <numerusform>Zobacz wszystkie (%n)</numerusform>
            <numerusform>Zobacz wszystkie (%n)</numerusform>
            <numerusform>Zobacz wszystkie (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Zobacz wszystkie</translation>
    </message>
    <message>
        <source>No allergies recorded. Tell every doctor about any you have.</source>
        <translation>Nie zapisano alergii. Informuj każdego lekarza o wszystkich swoich alergiach.</translation>
    </message>
    <message>
        <source>No current medicines recorded. Tell every doctor what you take.</source>
        <translation>Nie zapisano obecnie przyjmowanych leków. Informuj każdego lekarza o lekach, które przyjmujesz.</translation>
    </message>
    <message>
        <source>No active cancer recorded.</source>
        <translation>Nie zapisano aktywnej choroby nowotworowej.</translation>
    </message>
    <message>
        <source>No current cancer treatment recorded.</source>
        <translation>Nie zapisano obecnego leczenia przeciwnowotworowego.</translation>
    </message>
    <message>
        <source>No devices recorded, such as a port.</source>
        <translation>Nie zapisano wyrobów medycznych, takich jak port naczyniowy.</translation>
    </message>
    <message>
        <source>No alerts follow from what your record holds.</source>
        <translation>Z zawartości Twojej dokumentacji nie wynikają żadne alerty.</translation>
    </message>
    <message>
        <source>No upcoming appointments are recorded. Ask your centre when your next check-up is.</source>
        <translation>Nie zapisano nadchodzących wizyt. Zapytaj w swoim ośrodku o termin następnej wizyty kontrolnej.</translation>
    </message>
    <message>
        <source>No lab results or measurements are recorded yet.</source>
        <translation>Nie zapisano jeszcze wyników badań laboratoryjnych ani pomiarów.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n element łącznie</numerusform>
            <numerusform>%n elementy łącznie</numerusform>
            <numerusform>%n elementów łącznie</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>Imported from: {sources}</source>
        <translation>Zaimportowano z: {sources}</translation>
    </message>
    <message>
        <source>Conditions (diagnoses)</source>
        <translation>Schorzenia (rozpoznania)</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Podane leki</translation>
    </message>
    <message>
        <source>Medicines prescribed or taken</source>
        <translation>Leki przepisane lub przyjmowane</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Wyniki badań</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Szczepienia</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Inne wpisy</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Odczytywanie dokumentacji…</translation>
    </message>
    <message>
        <source>Reading your record</source>
        <translation>Odczytywanie dokumentacji</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Twoja dokumentacja jest pusta</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Import a summary from your centre to see your allergies, medicines, diagnosis and results here.</source>
        <translation>Do tego profilu nie zaimportowano jeszcze niczego. Zaimportuj podsumowanie ze swojego ośrodka, aby zobaczyć tu swoje alergie, leki, rozpoznanie i wyniki.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importuj podsumowanie</translation>
    </message>
    <message>
        <source>For any doctor</source>
        <translation>Dla każdego lekarza</translation>
    </message>
    <message>
        <source>See all allergies and alerts</source>
        <translation>Zobacz wszystkie alergie i alerty</translation>
    </message>
    <message>
        <source>Medicines you take now</source>
        <translation>Leki przyjmowane obecnie</translation>
    </message>
    <message>
        <source>See all medicines</source>
        <translation>Zobacz wszystkie leki</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Nowotwór</translation>
    </message>
    <message>
        <source>See your cancer journey</source>
        <translation>Zobacz przebieg choroby</translation>
    </message>
    <message>
        <source>Cancer treatment now</source>
        <translation>Obecne leczenie przeciwnowotworowe</translation>
    </message>
    <message>
        <source>See all treatments</source>
        <translation>Zobacz całe leczenie</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Wyroby medyczne</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerty</translation>
    </message>
    <message>
        <source>Next follow-ups</source>
        <translation>Najbliższe wizyty kontrolne</translation>
    </message>
    <message>
        <source>Latest results</source>
        <translation>Najnowsze wyniki</translation>
    </message>
    <message>
        <source>See all results</source>
        <translation>Zobacz wszystkie wyniki</translation>
    </message>
    <message>
        <source>What is in your record</source>
        <translation>Co jest w Twojej dokumentacji</translation>
    </message>
    <message>
        <source>See all sources</source>
        <translation>Zobacz wszystkie źródła</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>ur. {date}</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>brak daty urodzenia</translation>
    </message>
    <message>
        <source>profile “{label}”</source>
        <translation>profil „{label}”</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Brak imienia i nazwiska</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Strona {page} z {count}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Następna strona</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz widok</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ widok</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Never opened</source>
        <translation>Nigdy nie otwierano</translation>
    </message>
    <message>
        <source>Last opened {date}</source>
        <translation>Ostatnio otwarty {date}</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Open it to check it.</source>
        <translation>Kopia zapasowa została przywrócona jako profil „{label}”. Otwórz go, aby go sprawdzić.</translation>
    </message>
    <message>
        <source>Profile “{label}” and everything in it were deleted.</source>
        <translation>Profil „{label}” i cała jego zawartość zostały usunięte.</translation>
    </message>
    <message>
        <source>The demo profile is ready. Its passphrase is “{passphrase}”: choose Open to see the record.</source>
        <translation>Profil demonstracyjny jest gotowy. Jego hasło to „{passphrase}”: wybierz „Otwórz”, aby zobaczyć dokumentację.</translation>
    </message>
    <message>
        <source>Your cancer history, encrypted and kept on this computer.</source>
        <translation>Twoja historia choroby nowotworowej, zaszyfrowana i przechowywana na tym komputerze.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Choose whose record to open.</source>
        <translation>Wybierz, czyją dokumentację otworzyć.</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Profile na tym komputerze</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Nie ma jeszcze profili</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history, locked with a passphrase, on this computer only.</source>
        <translation>Profil przechowuje historię choroby nowotworowej jednej osoby, zabezpieczoną hasłem, tylko na tym komputerze.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open the selected profile (Enter)</source>
        <translation>Otwórz wybrany profil (Enter)</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nowy profil…</translation>
    </message>
    <message>
        <source>Create a profile for another person (Ctrl+N)</source>
        <translation>Utwórz profil dla innej osoby (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>Utwórz profil…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Make a profile from a backup file (.ecanbackup)</source>
        <translation>Utwórz profil z pliku kopii zapasowej (.ecanbackup)</translation>
    </message>
    <message>
        <source>You can also drop a backup file (.ecanbackup) on this window to restore it.</source>
        <translation>Możesz też przeciągnąć plik kopii zapasowej (.ecanbackup) na to okno, aby go przywrócić.</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Kontrola zadania</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Planowane drukowanie:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Informacje o &amp;rozliczeniu:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>&amp;Priorytet zadania:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Strony oddzielające</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Wydrukuj natychmiast</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dzień (06:00 to 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Noc (18:00 to 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Druga zmiana (16:00 to 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Trzecia zmiana (00:00 to 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Weekend (od soboty do niedzieli)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Konkretny czas</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder nadrzędny</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Utwórz nowy folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Widok listy</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Widok szczegółowy</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nowy folder</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nowy folder</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Pokaż &amp;ukryte pliki</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Pokaż ukryte pliki</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 już istnieje.
Czy chcesz go zastąpić?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Czy na pewno usunąć „%1”?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data modyfikacji</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Wytnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Wk&amp;lej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
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
        <translation>Rozmiar strony:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Szerokość:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Wysokość:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Źródło papieru:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Położenie</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portret</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Pejzaż</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Odwrócony pejzaż</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Odwrócony portret</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marginesy</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>Górny margines</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>Lewy margines</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>Prawy margines</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>Dolny margines</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Rozmieszczenie stron</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Kolejność stron:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Stron na &amp;arkusz:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetry (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Cale (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Punkty (pt)</translation>
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
        <translation>Cycero (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Własny</translation>
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
        <translation>Envelope C5</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Envelope US 10</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Envelope DL</translation>
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
        <translation>Postcard</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Double Postcard</translation>
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
        <translation>Fan-fold US (14.875 x 11 in)</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Fan-fold German (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Fan-fold German Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Envelope B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Envelope B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Envelope B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Envelope C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Envelope C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Envelope C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Envelope C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Envelope C4</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Envelope C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Envelope C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Envelope C7</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Envelope US 9</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Envelope US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Envelope US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Envelope US 14</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Envelope Monarch</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Envelope Personal</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Envelope Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Envelope Chou 4</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Envelope Invite</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Envelope Italian</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Envelope Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Envelope Kaku 3</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Envelope PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Envelope PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Envelope PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Envelope PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Envelope PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Envelope PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Envelope PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Envelope PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Envelope PRC 9</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Envelope PRC 10</translation>
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
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Wy&amp;drukuj</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opcje &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opcje &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Drukuj do pliku (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Plik lokalny</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Zapisz do pliku PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Drukuj do pliku ...</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Wszystkie strony</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Nieparzyste strony</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Parzyste strony</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Od lewej do prawej, z góry do dołu</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Od lewej do prawej, z dołu do góry</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Od prawej do lewej, z dołu do góry</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Od prawej do lewej, z góry do dołu</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Z dołu do góry, od lewej do prawej</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Z dołu do góry, od prawej do lewej</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Z góry do dołu, od lewej do prawej</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Z góry do dołu, od prawej do lewej</translation>
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
        <translation>Nieprawidłowy zakres stron</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>„%1” ma niepoprawną składnię. Użyj „,” do oddzielania zakresów i stron, „-” do określania zakresów i upewnij się, że zakresy się nie nakładają.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Konflikt ustawień druku dwustronnego</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Ustawienia druku dwustronnego są ze sobą w konflikcie. Czy chcesz je poprawić?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 jest katalogiem.
Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Plik %1 jest plikiem tylko do odczytu.
Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 już istnieje.
Czy chcesz go zastąpić?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Opcje &quot;Ilość stron na kartce&quot; i &quot;Zestaw stron&quot; nie mogą być używane jednocześnie.
Wyłącz jedną z tych opcji.</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Właściwości drukarki</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Opcje zadania</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Zaawansowane</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Niektóre opcje są ze sobą w konflikcie. Popraw je.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <translation>Zakres wydruku</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Drukuj wszystko</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Strony od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Podaj strony lub zakresy oddzielone przecinkami. Zakres to dwie liczby oddzielone łącznikiem. Np. 3,5-7,9 drukuje strony 3, 5, 6, 7 i 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Bieżąca strona</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Wybrane strony</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Zestaw stron:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Ustawienia wyjściowe</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Liczba kopii:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Parami</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Odwróć</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Tryb koloru</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Skala szarości</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Druk dwustronny</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączony</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Oprawa wzdłuż dłuższej krawędzi</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Oprawa wzdłuż krótszej krawędzi</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Właściwości</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Położenie:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Plik wyjściowy:</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>stated by the source</source>
        <translation>podane przez źródło</translation>
    </message>
    <message>
        <source>summed from {count} administrations</source>
        <translation>suma z {count} podań</translation>
    </message>
    <message>
        <source>summed from {count} administrations, per m² of body surface area</source>
        <translation>suma z {count} podań, na m² powierzchni ciała</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Rozpoznanie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stopień zaawansowania</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Badanie</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Badania obrazowe</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Stan choroby</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operacja</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Line of cancer medicines</source>
        <translation>Linia leczenia przeciwnowotworowego</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapia</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Przeszczep komórek macierzystych</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Wyrób medyczny</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Szczepienie</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <source>Symptom or side effect</source>
        <translation>Objaw lub działanie niepożądane</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Twoja notatka</translation>
    </message>
    <message>
        <source>Primary cancer</source>
        <translation>Nowotwór pierwotny</translation>
    </message>
    <message>
        <source>Secondary (metastatic) cancer</source>
        <translation>Nowotwór wtórny (przerzutowy)</translation>
    </message>
    <message>
        <source>malignant</source>
        <translation>złośliwy</translation>
    </message>
    <message>
        <source>metastatic</source>
        <translation>przerzutowy</translation>
    </message>
    <message>
        <source>in situ</source>
        <translation>in situ</translation>
    </message>
    <message>
        <source>uncertain behaviour</source>
        <translation>niepewny charakter</translation>
    </message>
    <message>
        <source>behaviour not stated</source>
        <translation>charakter nieokreślony</translation>
    </message>
    <message>
        <source>ECOG performance status</source>
        <translation>Stan sprawności wg ECOG</translation>
    </message>
    <message>
        <source>Karnofsky performance status</source>
        <translation>Stan sprawności wg Karnofsky’ego</translation>
    </message>
    <message>
        <source>Lansky play-performance scale</source>
        <translation>Skala sprawności Lansky’ego</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent dose ({table})</source>
        <translation>Antracykliny jako dawka równoważna doksorubicyny ({table})</translation>
    </message>
    <message>
        <source>{agent}: not converted, {table} gives no factor for it</source>
        <translation>{agent}: nie przeliczono, {table} nie podaje dla niego współczynnika</translation>
    </message>
    <message>
        <source>Reported by {sources}</source>
        <translation>Zgłoszone przez: {sources}</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elementy</numerusform>
            <numerusform>%n elementów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>jeszcze %n źródło</numerusform>
            <numerusform>jeszcze %n źródła</numerusform>
            <numerusform>jeszcze %n źródeł</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) given</source>
        <translation>
            <numerusform>%n cykl podany</numerusform>
            <numerusform>%n cykle podane</numerusform>
            <numerusform>%n cykli podanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n cykl zaplanowany</numerusform>
            <numerusform>%n cykle zaplanowane</numerusform>
            <numerusform>%n cykli zaplanowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n podanie</numerusform>
            <numerusform>%n podania</numerusform>
            <numerusform>%n podań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n fraction(s)</source>
        <translation>
            <numerusform>w %n frakcji</numerusform>
            <numerusform>w %n frakcjach</numerusform>
            <numerusform>w %n frakcjach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n wartość</numerusform>
            <numerusform>%n wartości</numerusform>
            <numerusform>%n wartości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n time(s) by later imports</source>
        <translation>
            <numerusform>zaktualizowano %n raz przez późniejsze importy</numerusform>
            <numerusform>zaktualizowano %n razy przez późniejsze importy</numerusform>
            <numerusform>zaktualizowano %n razy przez późniejsze importy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation>
            <numerusform>jeszcze %n znak</numerusform>
            <numerusform>jeszcze %n znaki</numerusform>
            <numerusform>jeszcze %n znaków</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordFrame</name>
    <message>
        <source>Your new passphrase is saved. Use it from now on.</source>
        <translation>Nowe hasło zostało zapisane. Używaj go od teraz.</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Lock this one to open it.</source>
        <translation>Kopia zapasowa została przywrócona jako profil „{label}”. Zablokuj ten profil, aby go otworzyć.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Cofnąć ten import?</translation>
    </message>
    <message>
        <source>Everything that came from {source} in this import is removed from your record, and what it changed goes back to how it was before. The file itself is not touched; you can import it again later.</source>
        <translation>Wszystko, co pochodziło z {source} w tym imporcie, zostanie usunięte z Twojej dokumentacji, a to, co import zmienił, wróci do poprzedniego stanu. Sam plik pozostanie nietknięty; możesz go później zaimportować ponownie.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Import undone: {removed} removed, {restored} put back as before.</source>
        <translation>Cofnięto import: usunięto {removed}, przywrócono do poprzedniego stanu {restored}.</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n item(s) removed.</source>
        <translation>
            <numerusform>Cofnięto import: usunięto %n element.</numerusform>
            <numerusform>Cofnięto import: usunięto %n elementy.</numerusform>
            <numerusform>Cofnięto import: usunięto %n elementów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Import summaries from your centres (Ctrl+I)</source>
        <translation>Importuj podsumowania ze swoich ośrodków (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>Eksportuj podsumowanie…</translation>
    </message>
    <message>
        <source>Save or print the summary for a doctor abroad (Ctrl+E)</source>
        <translation>Zapisz lub wydrukuj podsumowanie dla lekarza za granicą (Ctrl+E)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Zablokuj teraz</translation>
    </message>
    <message>
        <source>Hide the record and forget the key (Ctrl+L)</source>
        <translation>Ukryj dokumentację i zapomnij klucz (Ctrl+L)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Cancer journey</source>
        <translation>Przebieg choroby</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Leczenie</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Leki</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Alergie i alerty</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Schorzenia</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Szczepienia</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Inne wpisy</translation>
    </message>
    <message>
        <source>My entries</source>
        <translation>Moje wpisy</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation>Części dokumentacji</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use</source>
        <translation>
            <numerusform>Blokuje się po %n minucie bez użycia</numerusform>
            <numerusform>Blokuje się po %n minutach bez użycia</numerusform>
            <numerusform>Blokuje się po %n minutach bez użycia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>{start} to {end}</source>
        <translation>od {start} do {end}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>od {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>do {date}</translation>
    </message>
    <message>
        <source>No value: {reason}</source>
        <translation>Brak wartości: {reason}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>od {low} do {high}</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>do {high}</translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation>od {low}</translation>
    </message>
    <message>
        <source>Chemotherapy (anthracycline)</source>
        <translation>Chemioterapia (antracyklina)</translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation>Immunoterapia</translation>
    </message>
    <message>
        <source>Hormone therapy</source>
        <translation>Hormonoterapia</translation>
    </message>
    <message>
        <source>Targeted therapy</source>
        <translation>Terapia celowana</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Chemioterapia</translation>
    </message>
    <message>
        <source>Supportive medicine</source>
        <translation>Lek wspomagający</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Lek przeciwnowotworowy</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywne</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>przerwane</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>wstrzymane</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>zaplanowane</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>wersja robocza</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wycofane</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>w przygotowaniu</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>niewykonane</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>nieprzyjęte</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>odmówiono</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>wprowadzone omyłkowo</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>status nieznany</translation>
    </message>
    <message>
        <source>final</source>
        <translation>ostateczne</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>wstępne</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>zmienione</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>poprawione</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>zarejestrowane</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktualne</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>zastąpione nowszą wersją</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nieaktywne</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>umówione</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>odbyte</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>nieodbyte</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>zaproponowane</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>oczekujące</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>na liście oczekujących</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>zlecone</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>przyjęte</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odrzucone</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>pacjent na miejscu</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <source>available</source>
        <translation>dostępne</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niedostępne</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>nawrót</translation>
    </message>
    <message>
        <source>relapse</source>
        <translation>wznowa</translation>
    </message>
    <message>
        <source>in remission</source>
        <translation>w remisji</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>ustąpiło</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>potwierdzone</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>niepotwierdzone</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>tymczasowe</translation>
    </message>
    <message>
        <source>one of several possibilities</source>
        <translation>jedna z kilku możliwości</translation>
    </message>
    <message>
        <source>presumed</source>
        <translation>przypuszczalne</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>wykluczone</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Wysokie ryzyko</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Niskie ryzyko</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Ryzyka nie oceniono</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Intolerance</source>
        <translation>Nietolerancja</translation>
    </message>
    <message>
        <source>food</source>
        <translation>pokarm</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>lek</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>środowisko</translation>
    </message>
    <message>
        <source>biological product</source>
        <translation>produkt biologiczny</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>łagodna</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>umiarkowana</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>ciężka</translation>
    </message>
    <message>
        <source>reported as taken</source>
        <translation>zgłoszone jako przyjmowane</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>przepisane</translation>
    </message>
    <message>
        <source>given</source>
        <translation>podane</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>wydane</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niepodane</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>w użyciu</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięte</translation>
    </message>
    <message>
        <source>no longer in use</source>
        <translation>już nieużywane</translation>
    </message>
    <message>
        <source>not in use for now</source>
        <translation>chwilowo nieużywane</translation>
    </message>
    <message>
        <source>Insurance claims</source>
        <translation>Wnioski do ubezpieczyciela</translation>
    </message>
    <message>
        <source>Insurance statements</source>
        <translation>Rozliczenia z ubezpieczycielem</translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation>Ubezpieczenie</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerty</translation>
    </message>
    <message>
        <source>Warnings about treatment</source>
        <translation>Ostrzeżenia dotyczące leczenia</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Pomiary i obserwacje</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Kwestionariusze</translation>
    </message>
    <message>
        <source>Answered questionnaires</source>
        <translation>Wypełnione kwestionariusze</translation>
    </message>
    <message>
        <source>Imaging studies</source>
        <translation>Badania obrazowe</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Wywiad rodzinny</translation>
    </message>
    <message>
        <source>Clinical assessments</source>
        <translation>Oceny kliniczne</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Oceny ryzyka</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Zdarzenia niepożądane</translation>
    </message>
    <message>
        <source>Nutrition orders</source>
        <translation>Zalecenia żywieniowe</translation>
    </message>
    <message>
        <source>Treatment protocols</source>
        <translation>Schematy leczenia</translation>
    </message>
    <message>
        <source>Research studies</source>
        <translation>Badania kliniczne</translation>
    </message>
    <message>
        <source>Research participation</source>
        <translation>Udział w badaniach klinicznych</translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation>Epizody opieki</translation>
    </message>
    <message>
        <source>Visits and stays</source>
        <translation>Wizyty i pobyty</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Schorzenia</translation>
    </message>
    <message>
        <source>Medicine statements</source>
        <translation>Informacje o przyjmowanych lekach</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Recepty i zlecenia leków</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Podane leki</translation>
    </message>
    <message>
        <source>Medicines dispensed</source>
        <translation>Wydane leki</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Podsumowania</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Szczepienia</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Wyroby medyczne</translation>
    </message>
    <message>
        <source>Device use</source>
        <translation>Stosowanie wyrobów medycznych</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Plany opieki</translation>
    </message>
    <message>
        <source>Requests for care</source>
        <translation>Skierowania i zlecenia</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Dane pacjenta</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Health professionals</source>
        <translation>Personel medyczny</translation>
    </message>
    <message>
        <source>Roles of health professionals</source>
        <translation>Role personelu medycznego</translation>
    </message>
    <message>
        <source>Medicines as products</source>
        <translation>Produkty lecznicze</translation>
    </message>
    <message>
        <source>Where records came from</source>
        <translation>Pochodzenie wpisów</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Body structures</source>
        <translation>Struktury ciała</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Próbki</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Substancje</translation>
    </message>
    <message>
        <source>Relatives and carers</source>
        <translation>Bliscy i opiekunowie</translation>
    </message>
    <message>
        <source>Care teams</source>
        <translation>Zespoły opieki</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pakiety</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>The profile is created, but this computer could not remember its passphrase. {reason}</source>
        <translation>Profil został utworzony, ale ten komputer nie mógł zapamiętać jego hasła. {reason}</translation>
    </message>
    <message>
        <source>Recovery code for profile “{label}”</source>
        <translation>Kod odzyskiwania profilu „{label}”</translation>
    </message>
    <message>
        <source>Made on {date} by ecan-desktop.</source>
        <translation>Utworzono {date} w ecan-desktop.</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep this paper somewhere safe, away from the computer.</source>
        <translation>Jeśli zapomnisz hasła do tego profilu, ten kod będzie jedynym sposobem, aby go otworzyć. Przechowuj tę kartkę w bezpiecznym miejscu, z dala od komputera.</translation>
    </message>
    <message>
        <source>recovery code {label}.txt</source>
        <translation>kod odzyskiwania {label}.txt</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep a copy somewhere safe, away from the computer.</source>
        <translation>Jeśli zapomnisz hasła do tego profilu, ten kod będzie jedynym sposobem, aby go otworzyć. Przechowuj kopię w bezpiecznym miejscu, z dala od komputera.</translation>
    </message>
    <message>
        <source>The file could not be saved ({detail}). Choose another place.</source>
        <translation>Nie udało się zapisać pliku ({detail}). Wybierz inne miejsce.</translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation>Kod odzyskiwania został wysłany do drukarki.</translation>
    </message>
    <message>
        <source>The recovery code was saved in {path}.</source>
        <translation>Kod odzyskiwania został zapisany w {path}.</translation>
    </message>
    <message>
        <source>That is not what your copy of the code says. Look at it again, or go back to see the code.</source>
        <translation>To nie zgadza się z Twoją kopią kodu. Spójrz na nią jeszcze raz albo wróć, aby zobaczyć kod.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Twój kod odzyskiwania</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way into the record: nobody else can open it for you. It is shown only now.</source>
        <translation>Jeśli kiedyś zapomnisz hasła, ten kod będzie jedynym sposobem dostępu do dokumentacji: nikt inny nie otworzy jej za Ciebie. Jest wyświetlany tylko teraz.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>Print it or save it, and keep it somewhere safe, not only on this computer.</source>
        <translation>Wydrukuj go lub zapisz i przechowuj w bezpiecznym miejscu, nie tylko na tym komputerze.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the code to a file (on a USB stick, for example) and print it later, or copy it onto paper.</source>
        <translation>Na tym komputerze nie skonfigurowano drukarki: zapisz kod w pliku (na przykład na pendrivie) i wydrukuj go później albo przepisz go na kartkę.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Zapisz do pliku…</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Kod jest zachowany</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Sprawdź swoją kopię</translation>
    </message>
    <message>
        <source>To make sure you can use the code later, type group {first} and group {second} of it, from your copy.</source>
        <translation>Aby mieć pewność, że później użyjesz kodu, wpisz z kopii grupę {first} i grupę {second}.</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>Grupa {number}</translation>
    </message>
    <message>
        <source>‹ Show the code again</source>
        <translation>‹ Pokaż kod ponownie</translation>
    </message>
    <message>
        <source>Check and open the profile</source>
        <translation>Sprawdź i otwórz profil</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockPage</name>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation>Odblokowywanie i ustawianie nowego hasła…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Odblokowywanie</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Najpierw wpisz kod odzyskiwania.</translation>
    </message>
    <message>
        <source>‹ Back to the passphrase</source>
        <translation>‹ Wróć do hasła</translation>
    </message>
    <message>
        <source>Unlock “{label}” with the recovery code</source>
        <translation>Odblokuj „{label}” kodem odzyskiwania</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or saved when you created this profile, then choose a new passphrase. The old passphrase will stop working.</source>
        <translation>Wpisz kod odzyskiwania, który wydrukowano lub zapisano podczas tworzenia tego profilu, a potem wybierz nowe hasło. Stare hasło przestanie działać.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Kod odzyskiwania</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>Unlock and save the new passphrase</source>
        <translation>Odblokuj i zapisz nowe hasło</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>Przywracanie i sprawdzanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>Type the recovery code of the backup first.</source>
        <translation>Najpierw wpisz kod odzyskiwania kopii zapasowej.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup first.</source>
        <translation>Najpierw wpisz hasło kopii zapasowej.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <source>Restore “{file}”</source>
        <translation>Przywróć „{file}”</translation>
    </message>
    <message>
        <source>The backup becomes a new profile on this computer; nothing you have now is replaced. Unlock it as it was when the backup was made.</source>
        <translation>Kopia zapasowa stanie się nowym profilem na tym komputerze; nic z tego, co już masz, nie zostanie zastąpione. Odblokuj ją tak, jak w chwili tworzenia kopii.</translation>
    </message>
    <message>
        <source>I know the passphrase of the backup</source>
        <translation>Znam hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>I have its recovery code (then choose a new passphrase)</source>
        <translation>Mam jej kod odzyskiwania (potem wybiorę nowe hasło)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Kod odzyskiwania</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>{low} to {high}</source>
        <translation>od {low} do {high}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>od {start} do {end}</translation>
    </message>
    <message>
        <source>No value ({reason})</source>
        <translation>Brak wartości ({reason})</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Brak wartości</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Składowa</translation>
    </message>
    <message>
        <source>below {value}</source>
        <translation>poniżej {value}</translation>
    </message>
    <message>
        <source>above {value}</source>
        <translation>powyżej {value}</translation>
    </message>
    <message>
        <source>↑ High</source>
        <translation>↑ Wysoki</translation>
    </message>
    <message>
        <source>↓ Low</source>
        <translation>↓ Niski</translation>
    </message>
    <message>
        <source>! Outside the normal range</source>
        <translation>! Poza zakresem normy</translation>
    </message>
    <message>
        <source>Date not given</source>
        <translation>Nie podano daty</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Zakres normy</translation>
    </message>
    <message>
        <source>High or low</source>
        <translation>Odchylenie od normy</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Not in the chart: not a number</source>
        <translation>Nie na wykresie: wartość nie jest liczbą</translation>
    </message>
    <message>
        <source>Not in the chart: another unit</source>
        <translation>Nie na wykresie: inna jednostka</translation>
    </message>
    <message>
        <source>Not in the chart: no date</source>
        <translation>Nie na wykresie: brak daty</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>No test matches “{words}”.</source>
        <translation>Żadne badanie nie pasuje do „{words}”.</translation>
    </message>
    <message>
        <source>Normal range ({range})</source>
        <translation>Zakres normy ({range})</translation>
    </message>
    <message>
        <source>Given as a limit (such as “&lt; 5”)</source>
        <translation>Podane jako granica (np. „&lt; 5”)</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapia</translation>
    </message>
    <message numerus="yes">
        <source>{agents} and %n more</source>
        <translation>
            <numerusform>{agents} i jeszcze %n</numerusform>
            <numerusform>{agents} i jeszcze %n</numerusform>
            <numerusform>{agents} i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer medicines, line {number}: {agents}</source>
        <translation>Leki przeciwnowotworowe, linia {number}: {agents}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n wynik od {first} do {last}</numerusform>
            <numerusform>%n wyniki od {first} do {last}</numerusform>
            <numerusform>%n wyników od {first} do {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>normal range {range}</source>
        <translation>zakres normy {range}</translation>
    </message>
    <message>
        <source>tumour marker</source>
        <translation>marker nowotworowy</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in words, not numbers: in the table only.</source>
        <translation>
            <numerusform>%n wynik w postaci słów, a nie liczb: tylko w tabeli.</numerusform>
            <numerusform>%n wyniki w postaci słów, a nie liczb: tylko w tabeli.</numerusform>
            <numerusform>%n wyników w postaci słów, a nie liczb: tylko w tabeli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in another unit ({units}): in the table only. The chart shows {unit}.</source>
        <translation>
            <numerusform>%n wynik w innej jednostce ({units}): tylko w tabeli. Wykres pokazuje {unit}.</numerusform>
            <numerusform>%n wyniki w innej jednostce ({units}): tylko w tabeli. Wykres pokazuje {unit}.</numerusform>
            <numerusform>%n wyników w innej jednostce ({units}): tylko w tabeli. Wykres pokazuje {unit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) without a date: in the table only.</source>
        <translation>
            <numerusform>%n wynik bez daty: tylko w tabeli.</numerusform>
            <numerusform>%n wyniki bez daty: tylko w tabeli.</numerusform>
            <numerusform>%n wyników bez daty: tylko w tabeli.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart for this test: its results are not numbers on a date. They are all in the table below.</source>
        <translation>Dla tego badania nie ma wykresu: jego wyniki nie są liczbami z datą. Wszystkie są w tabeli poniżej.</translation>
    </message>
    <message>
        <source>Chart of {name}</source>
        <translation>Wykres: {name}</translation>
    </message>
    <message>
        <source>Table of {name}: the values of the chart</source>
        <translation>Tabela: {name} – wartości z wykresu</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Your test results over time. Choose a test to see its chart; the shaded bands show its normal range and your cancer treatment.</source>
        <translation>Twoje wyniki badań w czasie. Wybierz badanie, aby zobaczyć jego wykres; zacienione pasy pokazują zakres normy i Twoje leczenie przeciwnowotworowe.</translation>
    </message>
    <message>
        <source>Search tests</source>
        <translation>Szukaj badań</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Badania</translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation>Nie ma jeszcze wyników badań</translation>
    </message>
    <message>
        <source>Import a summary from your centre to see your blood tests and other results here.</source>
        <translation>Zaimportuj podsumowanie ze swojego ośrodka, aby zobaczyć tu badania krwi i inne wyniki.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importuj podsumowanie</translation>
    </message>
</context>
<context>
    <name>SelectionTree</name>
    <message>
        <source>Nothing recorded</source>
        <translation>Nic nie zapisano</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Pominięte</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n źródło</numerusform>
            <numerusform>%n źródła</numerusform>
            <numerusform>%n źródeł</numerusform>
        </translation>
    </message>
    <message>
        <source>{included} of {total}</source>
        <translation>{included} z {total}</translation>
    </message>
    <message numerus="yes">
        <source>{included} of %n item(s) included</source>
        <translation>
            <numerusform>Uwzględniono {included} z %n elementu</numerusform>
            <numerusform>Uwzględniono {included} z %n elementów</numerusform>
            <numerusform>Uwzględniono {included} z %n elementów</numerusform>
        </translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Co uwzględnić</translation>
    </message>
    <message>
        <source>Sections of the summary, emergency information first, with their items. Space turns the selected one on or off.</source>
        <translation>Sekcje podsumowania wraz z ich elementami, najpierw informacje ratunkowe. Spacja włącza lub wyłącza zaznaczoną pozycję.</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>Sekcja lub element</translation>
    </message>
    <message>
        <source>Date or count</source>
        <translation>Data lub liczba</translation>
    </message>
    <message>
        <source>What you leave out is also left out of the emergency card and of the IPS file, inside the PDF and exported. The IPS file then says that information was withheld.</source>
        <translation>To, co pominiesz, zostanie też pominięte na karcie ratunkowej i w pliku IPS, zarówno dołączonym do PDF, jak i eksportowanym. Plik IPS informuje wtedy, że część informacji nie została udostępniona.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>P&amp;rzywróć domyślne</translation>
    </message>
    <message>
        <source>Include everything again, except what the sources marked as an error</source>
        <translation>Ponownie uwzględnij wszystko oprócz tego, co źródła oznaczyły jako błąd</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This computer now remembers this profile.</source>
        <translation>Ten komputer pamięta teraz ten profil.</translation>
    </message>
    <message>
        <source>This computer no longer remembers this profile.</source>
        <translation>Ten komputer nie pamięta już tego profilu.</translation>
    </message>
    <message>
        <source>Backup saved in {path}.</source>
        <translation>Kopię zapasową zapisano w {path}.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Tworzenie kopii zapasowej</translation>
    </message>
    <message>
        <source>Not offered on a shared computer (kiosk mode).</source>
        <translation>Niedostępne na komputerze współdzielonym (tryb kiosku).</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use, so it cannot remember the passphrase. You unlock with your passphrase.</source>
        <translation>Ten komputer nie ma magazynu haseł, z którego może korzystać ecan-desktop, więc nie może zapamiętać hasła. Odblokowujesz swoim hasłem.</translation>
    </message>
    <message>
        <source>Opens this profile without the passphrase for anyone using your account on this computer. Leave it off on a shared computer.</source>
        <translation>Otwiera ten profil bez hasła dla każdego, kto korzysta z Twojego konta na tym komputerze. Na komputerze współdzielonym nie włączaj tej opcji.</translation>
    </message>
    <message>
        <source>No backup yet. A backup is one encrypted file: keep it on a USB stick or another disk to restore the record on any computer.</source>
        <translation>Nie ma jeszcze kopii zapasowej. Kopia zapasowa to jeden zaszyfrowany plik: przechowuj go na pendrivie lub innym dysku, aby przywrócić dokumentację na dowolnym komputerze.</translation>
    </message>
    <message>
        <source>Last backup {date}: {path}</source>
        <translation>Ostatnia kopia zapasowa {date}: {path}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Język i wygląd</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>For everything in the app. Applies at once.</source>
        <translation>Dla całej aplikacji. Działa od razu.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Jak w komputerze</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasne</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemne</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <source>Everything grows with the text.</source>
        <translation>Wszystko rośnie razem z tekstem.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Blokuj automatycznie</translation>
    </message>
    <message>
        <source>After this long without use, the record locks and needs the passphrase.</source>
        <translation>Po takim czasie bez użycia dokumentacja się blokuje i wymaga hasła.</translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s)</source>
        <translation>
            <numerusform>po %n minucie</numerusform>
            <numerusform>po %n minutach</numerusform>
            <numerusform>po %n minutach</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Włączone</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this profile.</source>
        <translation>Wybierz nowe hasło do tego profilu.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Zmień hasło…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Back up this profile</source>
        <translation>Utwórz kopię zapasową tego profilu</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Utwórz kopię teraz…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Adds the profile in a backup file to this computer, next to this one.</source>
        <translation>Dodaje profil z pliku kopii zapasowej na tym komputerze, obok tego profilu.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete profile “{label}”</source>
        <translation>Usuń profil „{label}”</translation>
    </message>
    <message>
        <source>Erases this profile and everything in it from this computer.</source>
        <translation>Usuwa ten profil i całą jego zawartość z tego komputera.</translation>
    </message>
    <message>
        <source>Delete profile…</source>
        <translation>Usuń profil…</translation>
    </message>
</context>
<context>
    <name>SourceChips</name>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>jeszcze %n źródło</numerusform>
            <numerusform>jeszcze %n źródła</numerusform>
            <numerusform>jeszcze %n źródeł</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by you</source>
        <translation>Zgłoszone przez Ciebie</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Źródło bez nazwy</translation>
    </message>
    <message>
        <source>You entered this yourself (My entries).</source>
        <translation>Wprowadzone samodzielnie przez Ciebie (Moje wpisy).</translation>
    </message>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Zaimportowano {date} z pliku {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Zaimportowano {date}</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ciebie</translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation>Źródło nieznane</translation>
    </message>
    <message>
        <source>Reported by {a}</source>
        <translation>Zgłoszone przez {a}</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}</source>
        <translation>Zgłoszone przez {list} i {last}</translation>
    </message>
</context>
<context>
    <name>SourceDetails</name>
    <message>
        <source>{added} new, {updated} updated, {unchanged} already in your record, {linked} also reported by another source</source>
        <translation>nowe: {added}, zaktualizowane: {updated}, już w Twojej dokumentacji: {unchanged}, zgłoszone też przez inne źródło: {linked}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more that were not kept.</source>
        <translation>
            <numerusform>…i jeszcze %n, którego nie zachowano.</numerusform>
            <numerusform>…i jeszcze %n, których nie zachowano.</numerusform>
            <numerusform>…i jeszcze %n, których nie zachowano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Ośrodek</translation>
    </message>
    <message>
        <source>Not named in the file</source>
        <translation>Brak nazwy w pliku</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Co zawierał</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>Odcisk pliku (SHA-256)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file</source>
        <translation>
            <numerusform>W pliku znaleziono %n problem</numerusform>
            <numerusform>W pliku znaleziono %n problemy</numerusform>
            <numerusform>W pliku znaleziono %n problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found in the file</source>
        <translation>W pliku nie znaleziono problemów</translation>
    </message>
    <message>
        <source>Details of this import</source>
        <translation>Szczegóły tego importu</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Zaimportowano {date} z pliku {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Zaimportowano {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n nowy element</numerusform>
            <numerusform>%n nowe elementy</numerusform>
            <numerusform>%n nowych elementów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n zaktualizowany</numerusform>
            <numerusform>%n zaktualizowane</numerusform>
            <numerusform>%n zaktualizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n zgłoszony też przez inne źródło</numerusform>
            <numerusform>%n zgłoszone też przez inne źródło</numerusform>
            <numerusform>%n zgłoszonych też przez inne źródło</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found in the file: see the details</source>
        <translation>
            <numerusform>⚠ W pliku znaleziono %n problem: zobacz szczegóły</numerusform>
            <numerusform>⚠ W pliku znaleziono %n problemy: zobacz szczegóły</numerusform>
            <numerusform>⚠ W pliku znaleziono %n problemów: zobacz szczegóły</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ukryj szczegóły</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Details of the import from {source}</source>
        <translation>Szczegóły importu z {source}</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Cofnij ten import…</translation>
    </message>
    <message>
        <source>Undo the import from {source}</source>
        <translation>Cofnij import z {source}</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Unnamed source</source>
        <translation>Źródło bez nazwy</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s). Each one can be undone: what it brought is removed, what it changed goes back to how it was.</source>
        <translation>
            <numerusform>%n import. Każdy można cofnąć: to, co przyniósł, zostanie usunięte, a to, co zmienił, wróci do poprzedniego stanu.</numerusform>
            <numerusform>%n importy. Każdy można cofnąć: to, co przyniósł, zostanie usunięte, a to, co zmienił, wróci do poprzedniego stanu.</numerusform>
            <numerusform>%n importów. Każdy można cofnąć: to, co przyniósł, zostanie usunięte, a to, co zmienił, wróci do poprzedniego stanu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Brak importów</translation>
    </message>
    <message>
        <source>Import a summary from your centre (a FHIR file) to fill your record.</source>
        <translation>Zaimportuj podsumowanie ze swojego ośrodka (plik FHIR), aby uzupełnić dokumentację.</translation>
    </message>
    <message>
        <source>Import a summary…</source>
        <translation>Importuj podsumowanie…</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>“{code}” is not a language the summary can be printed in. Choose one or two of: {available}.</source>
        <translation>„{code}” to nie język, w którym można wydrukować podsumowanie. Wybierz jeden lub dwa spośród: {available}.</translation>
    </message>
    <message>
        <source>The summary cannot be printed in {name} yet. Choose one or two of: {available}.</source>
        <translation>Podsumowania nie można jeszcze wydrukować w języku: {name}. Wybierz jeden lub dwa spośród: {available}.</translation>
    </message>
    <message>
        <source>A summary is printed in one language or two (the doctor&apos;s, then the patient&apos;s), not {count}.</source>
        <translation>Podsumowanie drukuje się w jednym lub dwóch językach (lekarza, a potem pacjenta), a nie w {count}.</translation>
    </message>
    <message>
        <source>Making the summary was cancelled. Nothing was saved.</source>
        <translation>Tworzenie podsumowania zostało anulowane. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}). Check that the folder exists and that you may write there. Nothing else was changed.</source>
        <translation>Nie udało się zapisać pliku {path} ({reason}). Sprawdź, czy folder istnieje i czy możesz w nim zapisywać. Nic innego nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Change a symptom or side effect</source>
        <translation>Zmień objaw lub działanie niepożądane</translation>
    </message>
    <message>
        <source>Add a symptom or side effect</source>
        <translation>Dodaj objaw lub działanie niepożądane</translation>
    </message>
    <message>
        <source>What did you have?</source>
        <translation>Co wystąpiło?</translation>
    </message>
    <message>
        <source>Describe it</source>
        <translation>Opisz objaw</translation>
    </message>
    <message>
        <source>A few words, for example: cramps in my legs.</source>
        <translation>Kilka słów, na przykład: skurcze w nogach.</translation>
    </message>
    <message>
        <source>How bad was it?</source>
        <translation>Jak bardzo było nasilone?</translation>
    </message>
    <message>
        <source>The grades are those doctors use for side effects of cancer treatment.</source>
        <translation>To stopnie, których lekarze używają do oceny działań niepożądanych leczenia przeciwnowotworowego.</translation>
    </message>
    <message>
        <source>When did you have it?</source>
        <translation>Kiedy wystąpiło?</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Inne uwagi (opcjonalnie)</translation>
    </message>
    <message>
        <source>For example: how long it lasted, or what helped.</source>
        <translation>Na przykład: jak długo trwało albo co pomogło.</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Text of the document</source>
        <translation>Tekst dokumentu</translation>
    </message>
</context>
<context>
    <name>TreatmentText</name>
    <message>
        <source>to {date}</source>
        <translation>do {date}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>od {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>do {date}</translation>
    </message>
    <message>
        <source>stated by the centre</source>
        <translation>podane przez ośrodek</translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s)</source>
        <translation>
            <numerusform>suma z %n dawki</numerusform>
            <numerusform>suma z %n dawek</numerusform>
            <numerusform>suma z %n dawek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s), per m²</source>
        <translation>
            <numerusform>suma z %n dawki, na m²</numerusform>
            <numerusform>suma z %n dawek, na m²</numerusform>
            <numerusform>suma z %n dawek, na m²</numerusform>
        </translation>
    </message>
    <message>
        <source>some doses could not be counted</source>
        <translation>niektórych dawek nie udało się zliczyć</translation>
    </message>
    <message>
        <source>{dose} in total</source>
        <translation>{dose} łącznie</translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n podanie</numerusform>
            <numerusform>%n podania</numerusform>
            <numerusform>%n podań</numerusform>
        </translation>
    </message>
    <message>
        <source>{given} of {planned} cycles</source>
        <translation>{given} z {planned} cykli</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n cykl</numerusform>
            <numerusform>%n cykle</numerusform>
            <numerusform>%n cykli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n cykl zaplanowany</numerusform>
            <numerusform>%n cykle zaplanowane</numerusform>
            <numerusform>%n cykli zaplanowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>co %n dzień</numerusform>
            <numerusform>co %n dni</numerusform>
            <numerusform>co %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Current</source>
        <translation>W trakcie</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Przerwane</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>linia {number}</translation>
    </message>
    <message>
        <source>Site not stated</source>
        <translation>Nie podano miejsca</translation>
    </message>
    <message numerus="yes">
        <source>%n fraction(s)</source>
        <translation>
            <numerusform>%n frakcja</numerusform>
            <numerusform>%n frakcje</numerusform>
            <numerusform>%n frakcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose} Gy in %n fraction(s)</source>
        <translation>
            <numerusform>{dose} Gy w %n frakcji</numerusform>
            <numerusform>{dose} Gy w %n frakcjach</numerusform>
            <numerusform>{dose} Gy w %n frakcjach</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message>
        <source>boost {dose}</source>
        <translation>dawka uzupełniająca {dose}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesja</numerusform>
            <numerusform>%n sesje</numerusform>
            <numerusform>%n sesji</numerusform>
        </translation>
    </message>
    <message>
        <source>{doses}, {total} Gy in total</source>
        <translation>{doses}, łącznie {total} Gy</translation>
    </message>
    <message>
        <source>autologous (your own stem cells)</source>
        <translation>autologiczny (Twoje własne komórki macierzyste)</translation>
    </message>
    <message>
        <source>allogeneic (from a donor)</source>
        <translation>allogeniczny (od dawcy)</translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>Reported by</source>
        <translation>Zgłoszone przez</translation>
    </message>
    <message>
        <source>Anthracyclines were given ({agents}), but no dose of them is recorded, so no total can be worked out.</source>
        <translation>Podano antracykliny ({agents}), ale nie zapisano ich dawki, więc nie można obliczyć sumy.</translation>
    </message>
    <message>
        <source>No anthracyclines in your record.</source>
        <translation>W Twojej dokumentacji nie ma antracyklin.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Transplant</source>
        <translation>Przeszczep</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cykle</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Dawka kumulacyjna</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Sposób ustalenia</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Schemat leczenia</translation>
    </message>
    <message>
        <source>{protocol}, ended {date}</source>
        <translation>{protocol}, zakończony {date}</translation>
    </message>
    <message>
        <source>Treatment protocols: {list}</source>
        <translation>Schematy leczenia: {list}</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <source>Fractions</source>
        <translation>Frakcje</translation>
    </message>
    <message>
        <source>Course total</source>
        <translation>Dawka całkowita</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technika</translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesja</numerusform>
            <numerusform>%n sesje</numerusform>
            <numerusform>%n sesji</numerusform>
        </translation>
    </message>
    <message>
        <source>{site} (boost)</source>
        <translation>{site} (dawka uzupełniająca)</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Leczenie</translation>
    </message>
    <message>
        <source>What you were treated with, as a survivorship clinic asks for it: the medicines with their cumulative doses, the anthracycline total, radiotherapy by site. Choose a row to see its details and where it came from.</source>
        <translation>Przebyte leczenie w postaci, o jaką prosi poradnia opieki po leczeniu onkologicznym: leki z dawkami kumulacyjnymi, suma antracyklin, radioterapia według okolicy ciała. Wybierz wiersz, aby zobaczyć szczegóły i pochodzenie danych.</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Leczenie operacyjne</translation>
    </message>
    <message>
        <source>No surgery in your record.</source>
        <translation>W Twojej dokumentacji nie ma operacji.</translation>
    </message>
    <message>
        <source>Cancer medicines (systemic therapy)</source>
        <translation>Leki przeciwnowotworowe (leczenie systemowe)</translation>
    </message>
    <message>
        <source>No cancer medicines in your record.</source>
        <translation>W Twojej dokumentacji nie ma leków przeciwnowotworowych.</translation>
    </message>
    <message>
        <source>Anthracyclines and the heart</source>
        <translation>Antracykliny a serce</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radioterapia</translation>
    </message>
    <message>
        <source>No radiotherapy in your record.</source>
        <translation>W Twojej dokumentacji nie ma radioterapii.</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Przeszczepy komórek macierzystych</translation>
    </message>
    <message>
        <source>No stem-cell transplant in your record.</source>
        <translation>W Twojej dokumentacji nie ma przeszczepu komórek macierzystych.</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent</source>
        <translation>Antracykliny w przeliczeniu na doksorubicynę</translation>
    </message>
    <message>
        <source>No treatments yet</source>
        <translation>Nie ma jeszcze informacji o leczeniu</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your operations, cancer medicines with their doses, radiotherapy and transplants then appear here.</source>
        <translation>Zaimportuj podsumowanie ze swojego ośrodka onkologicznego. Pojawią się tu wtedy Twoje operacje, leki przeciwnowotworowe z dawkami, radioterapia i przeszczepy.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importuj podsumowanie</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Type the passphrase of this profile first.</source>
        <translation>Najpierw wpisz hasło do tego profilu.</translation>
    </message>
    <message>
        <source>‹ Back to profiles</source>
        <translation>‹ Wróć do profili</translation>
    </message>
    <message>
        <source>Back to the list of profiles (Esc)</source>
        <translation>Wróć do listy profili (Esc)</translation>
    </message>
    <message>
        <source>“{label}” is locked</source>
        <translation>„{label}” jest zablokowany</translation>
    </message>
    <message>
        <source>Type your passphrase to continue where you were.</source>
        <translation>Wpisz hasło, aby kontynuować tam, gdzie przerwano.</translation>
    </message>
    <message>
        <source>Unlock “{label}”</source>
        <translation>Odblokuj „{label}”</translation>
    </message>
    <message>
        <source>Type the passphrase you chose for this profile.</source>
        <translation>Wpisz hasło wybrane dla tego profilu.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Pokaż hasło</translation>
    </message>
    <message>
        <source>This is the demo profile. Its passphrase is “{passphrase}”.</source>
        <translation>To jest profil demonstracyjny. Jego hasło to „{passphrase}”.</translation>
    </message>
    <message>
        <source>Unlocking… This takes a moment.</source>
        <translation>Odblokowywanie… To chwilę potrwa.</translation>
    </message>
    <message>
        <source>Unlocking with the key this computer remembers…</source>
        <translation>Odblokowywanie kluczem zapamiętanym przez ten komputer…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Odblokowywanie</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Nie pamiętasz? Użyj kodu odzyskiwania</translation>
    </message>
    <message>
        <source>Unlock with the recovery code you kept, then choose a new passphrase</source>
        <translation>Odblokuj zachowanym kodem odzyskiwania, a potem wybierz nowe hasło</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
</context>
<context>
    <name>UnlockWait</name>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Zbyt wiele błędnych prób. Możesz spróbować ponownie za %n minutę.</numerusform>
            <numerusform>Zbyt wiele błędnych prób. Możesz spróbować ponownie za %n minuty.</numerusform>
            <numerusform>Zbyt wiele błędnych prób. Możesz spróbować ponownie za %n minut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Zbyt wiele błędnych prób. Możesz spróbować ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele błędnych prób. Możesz spróbować ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele błędnych prób. Możesz spróbować ponownie za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>The passphrase is not right. Check that Caps Lock is off and try again, or unlock with your recovery code.</source>
        <translation>Hasło jest nieprawidłowe. Sprawdź, czy Caps Lock jest wyłączony, i spróbuj ponownie albo odblokuj kodem odzyskiwania.</translation>
    </message>
    <message>
        <source>The recovery code is not right. It has 25 letters and digits in groups of five; check each group and try again.</source>
        <translation>Kod odzyskiwania jest nieprawidłowy. Ma 25 liter i cyfr w grupach po pięć; sprawdź każdą grupę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This does not look like a recovery code: it should have 25 letters and digits, like ABCDE-FGHJK-MNPQR-STVWX-YZ234. Type it again as it was printed.</source>
        <translation>To nie wygląda na kod odzyskiwania: powinien mieć 25 liter i cyfr, np. ABCDE-FGHJK-MNPQR-STVWX-YZ234. Wpisz go ponownie tak, jak został wydrukowany.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least {minimum} characters; a few words you can remember work well.</source>
        <translation>Hasło jest za krótkie. Użyj co najmniej {minimum} znaków; kilka słów, które łatwo zapamiętasz, sprawdzi się dobrze.</translation>
    </message>
    <message>
        <source>The record of profile “{label}” is damaged and cannot be opened ({detail}). Nothing has been changed. Restore it from your newest backup: {backup}</source>
        <translation>Dokumentacja profilu „{label}” jest uszkodzona i nie można jej otworzyć ({detail}). Nic nie zostało zmienione. Przywróć ją z najnowszej kopii zapasowej: {backup}</translation>
    </message>
    <message>
        <source>The key file of profile “{label}” is missing or damaged ({detail}), so the record cannot be unlocked. Nothing has been changed. Restore the profile from your newest backup: {backup}</source>
        <translation>Brakuje pliku kluczy profilu „{label}” lub jest on uszkodzony ({detail}), więc nie można odblokować dokumentacji. Nic nie zostało zmienione. Przywróć profil z najnowszej kopii zapasowej: {backup}</translation>
    </message>
    <message>
        <source>Profile “{label}” was saved by a newer version of ecan-desktop (record format {found}; this version reads up to {supported}). Nothing has been changed. Update ecan-desktop to open it.</source>
        <translation>Profil „{label}” został zapisany przez nowszą wersję ecan-desktop (format dokumentacji {found}; ta wersja odczytuje do {supported}). Nic nie zostało zmienione. Zaktualizuj ecan-desktop, aby go otworzyć.</translation>
    </message>
    <message>
        <source>Profile “{label}” is already open in another ecan-desktop window (process {pid}). Close it there first, then try again.</source>
        <translation>Profil „{label}” jest już otwarty w innym oknie ecan-desktop (proces {pid}). Najpierw go tam zamknij, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>There is no profile called “{label}”. Run “ecan-desktop profile list” to see your profiles.</source>
        <translation>Nie ma profilu o nazwie „{label}”. Uruchom „ecan-desktop profile list”, aby zobaczyć swoje profile.</translation>
    </message>
    <message>
        <source>A profile called “{label}” already exists. Choose another name.</source>
        <translation>Profil o nazwie „{label}” już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>There is no import number {source_id} in this profile. Run “ecan-desktop sources” to see the imports and their numbers.</source>
        <translation>W tym profilu nie ma importu o numerze {source_id}. Uruchom „ecan-desktop sources”, aby zobaczyć importy i ich numery.</translation>
    </message>
    <message>
        <source>A profile name needs 1 to {maximum} characters and cannot be only spaces.</source>
        <translation>Nazwa profilu musi mieć od 1 do {maximum} znaków i nie może składać się z samych spacji.</translation>
    </message>
    <message>
        <source>ecan-desktop could not write to {path} ({detail}). Nothing has been changed. Check that the disk has free space and that you may write to that folder, then try again.</source>
        <translation>ecan-desktop nie mógł zapisać w {path} ({detail}). Nic nie zostało zmienione. Sprawdź, czy na dysku jest wolne miejsce i czy możesz zapisywać w tym folderze, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use ({detail}), so it cannot remember your passphrase. You can still unlock with your passphrase.</source>
        <translation>Ten komputer nie ma magazynu haseł, z którego może korzystać ecan-desktop ({detail}), więc nie może zapamiętać Twojego hasła. Nadal możesz odblokowywać swoim hasłem.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store is locked. Unlock it (or log in again), or type your passphrase instead.</source>
        <translation>Magazyn haseł komputera jest zablokowany. Odblokuj go (lub zaloguj się ponownie) albo wpisz hasło.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase of profile “{label}”. Type your passphrase; you can turn “remember on this computer” on again in Settings.</source>
        <translation>Ten komputer nie pamięta już hasła profilu „{label}”. Wpisz hasło; opcję „Zapamiętaj na tym komputerze” możesz ponownie włączyć w Ustawieniach.</translation>
    </message>
    <message>
        <source>{path} is not an ecan-desktop backup, or it is damaged ({detail}). Nothing has been restored. Choose the backup file again.</source>
        <translation>{path} nie jest kopią zapasową ecan-desktop albo jest uszkodzony ({detail}). Nic nie zostało przywrócone. Wybierz plik kopii zapasowej ponownie.</translation>
    </message>
    <message>
        <source>no backup was found on this computer; if you keep one elsewhere, use “Restore from backup”</source>
        <translation>na tym komputerze nie znaleziono kopii zapasowej; jeśli przechowujesz ją gdzie indziej, użyj opcji „Przywróć z kopii zapasowej”</translation>
    </message>
</context>
</TS>
