<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
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
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n zgłoszony też przez inne źródło</numerusform>
            <numerusform>%n zgłoszone też przez inne źródło</numerusform>
            <numerusform>%n zgłoszonych też przez inne źródło</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Już jest w Twojej dokumentacji: w tym pliku nie ma nic nowego.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Nie zaimportowano: ten plik dotyczy osoby {file_patient}, a nie {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Nie zaimportowano.</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Pominięto {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more part(s) skipped.</source>
        <translation>
            <numerusform>…i jeszcze %n pominięta część.</numerusform>
            <numerusform>…i jeszcze %n pominięte części.</numerusform>
            <numerusform>…i jeszcze %n pominiętych części.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>You cancelled: %n file(s) were not imported. The others are in your record.</source>
        <translation>
            <numerusform>Anulowano: %n plik nie został zaimportowany. Pozostałe są w Twojej dokumentacji.</numerusform>
            <numerusform>Anulowano: %n pliki nie zostały zaimportowane. Pozostałe są w Twojej dokumentacji.</numerusform>
            <numerusform>Anulowano: %n plików nie zostało zaimportowanych. Pozostałe są w Twojej dokumentacji.</numerusform>
        </translation>
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
        <source>Stopping after the current file…</source>
        <translation>Zatrzymywanie po bieżącym pliku…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>Importowanie pliku {file} ({number} z {total})…</translation>
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
    <name>OverviewPage</name>
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
        <source>Unnamed source</source>
        <translation>Źródło bez nazwy</translation>
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
        <source>What is in your record</source>
        <translation>Co jest w Twojej dokumentacji</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Skąd pochodzi</translation>
    </message>
    <message>
        <source>The centres whose summaries you imported.</source>
        <translation>Ośrodki, których podsumowania zaimportowano.</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Twoja dokumentacja jest pusta</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Choose Import to add a summary from your centre.</source>
        <translation>Do tego profilu nic jeszcze nie zaimportowano. Wybierz „Importuj”, aby dodać podsumowanie ze swojego ośrodka.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Brak importów.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n element łącznie</numerusform>
            <numerusform>%n elementy łącznie</numerusform>
            <numerusform>%n elementów łącznie</numerusform>
        </translation>
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
