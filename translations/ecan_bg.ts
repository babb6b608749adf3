<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>BirthDateInput</name>
    <message>
        <source>The birth date is not a real date. Type the day and the year in numbers and choose the month, or leave all three empty.</source>
        <translation>Датата на раждане не е валидна. Въведете деня и годината с цифри и изберете месеца или оставете и трите полета празни.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ден</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Ден на раждане</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Месец на раждане</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Година на раждане</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Изберете…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Първо въведете сегашната си парола.</translation>
    </message>
    <message>
        <source>Saving the new passphrase…</source>
        <translation>Новата парола се запазва…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Смяна на паролата</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Смяна на паролата</translation>
    </message>
    <message>
        <source>Your recovery code keeps working. If this computer remembers the profile, it goes on remembering it.</source>
        <translation>Кодът ви за възстановяване продължава да важи. Ако този компютър помни профила, ще продължи да го помни.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Сегашна парола</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A passphrase is needed. Run this in a terminal to be asked for it, or set the environment variable {env}.</source>
        <translation>Нужна е парола. Изпълнете командата в терминал, за да ви бъде поискана, или задайте променливата на средата {env}.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was created.</source>
        <translation>Двете пароли не са еднакви. Нищо не е създадено.</translation>
    </message>
    <message>
        <source>The name you typed is not “{label}”, so nothing was deleted.</source>
        <translation>Въведеното име не е „{label}“, затова нищо не е изтрито.</translation>
    </message>
    <message>
        <source>Profile “{label}” is damaged: {problem}. Restore it from your newest backup: {backup}</source>
        <translation>Профилът „{label}“ е повреден: {problem}. Възстановете го от най-новото си резервно копие: {backup}</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete profile</source>
        <translation>Изтриване на профил</translation>
    </message>
    <message>
        <source>Delete “{label}” for good?</source>
        <translation>Да се изтрие ли „{label}“ завинаги?</translation>
    </message>
    <message>
        <source>Everything in this profile is erased from this computer and cannot be brought back, except from a backup you made. Files you imported stay where they are.</source>
        <translation>Всичко в този профил се изтрива от компютъра и не може да бъде върнато, освен от резервно копие, което сте направили. Файловете, които сте импортирали, остават на мястото си.</translation>
    </message>
    <message>
        <source>To confirm, type the name of the profile: {label}</source>
        <translation>За потвърждение въведете името на профила: {label}</translation>
    </message>
    <message>
        <source>Name of the profile, to confirm</source>
        <translation>Име на профила за потвърждение</translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation>Запазване на профила</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Изтриване завинаги</translation>
    </message>
</context>
<context>
    <name>DemoSection</name>
    <message>
        <source>See how it works with the record of a made-up patient. No real data.</source>
        <translation>Вижте как работи с досието на измислена пациентка. Без истински данни.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Опитайте демото</translation>
    </message>
    <message>
        <source>Create a demo profile with a made-up cancer history</source>
        <translation>Създаване на демонстрационен профил с измислена онкологична история</translation>
    </message>
    <message>
        <source>Stopping and removing the demo profile…</source>
        <translation>Спиране и премахване на демонстрационния профил…</translation>
    </message>
    <message>
        <source>Creating the demo profile…</source>
        <translation>Създаване на демонстрационния профил…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Progress of creating the demo profile</source>
        <translation>Напредък на създаването на демонстрационния профил</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing was changed. Please try again; if it happens again, report it.</source>
        <translation>Възникна неочаквана грешка ({kind}). Нищо не е променено. Опитайте отново; ако се повтори, моля, съобщете за нея.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading your record…</source>
        <translation>Четене на досието ви…</translation>
    </message>
    <message>
        <source>Preparing the summary</source>
        <translation>Подготвяне на резюмето</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Създаване на визуализацията…</translation>
    </message>
    <message>
        <source>Rendering the preview</source>
        <translation>Създаване на визуализацията</translation>
    </message>
    <message>
        <source>{label} summary</source>
        <translation>{label} резюме</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Записано в {path}.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Изпратено към принтера.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Експорт на резюмето</translation>
    </message>
    <message>
        <source>A summary for a doctor abroad: labels in the doctor&apos;s language, optionally with a second language beneath. The IPS file is attached to the PDF.</source>
        <translation>Резюме за лекар в чужбина: надписи на езика на лекаря, по желание с втори език отдолу. Файлът IPS е приложен към PDF.</translation>
    </message>
    <message>
        <source>&amp;Doctor&apos;s language:</source>
        <translation>Език на &amp;лекаря:</translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation>&amp;Втори език:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Хартия:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (САЩ)</translation>
    </message>
    <message>
        <source>&amp;QR code with the emergency data on page 1</source>
        <translation>&amp;QR код с данните за спешни случаи на страница 1</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Запиши PDF…</translation>
    </message>
    <message>
        <source>Export IPS (.json)…</source>
        <translation>Експорт на IPS (.json)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печат…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Визуализация на резюмето</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n страница.</numerusform>
            <numerusform>%n страници.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Търсене в:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Име на файла:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Вид на файловете:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>ecan-desktop backups (*{suffix})</source>
        <translation>Резервни копия на ecan-desktop (*{suffix})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Всички файлове (*)</translation>
    </message>
    <message>
        <source>Choose the summaries to import</source>
        <translation>Изберете обобщенията за импортиране</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <source>FHIR summaries (*.json *.xml *.ndjson)</source>
        <translation>FHIR обобщения (*.json *.xml *.ndjson)</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Изберете резервното копие за възстановяване</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Запазване на резервното копие</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Запазване на кода за възстановяване</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстови файлове (*.txt)</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Запис на резюмето</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
    <message>
        <source>Save the IPS file</source>
        <translation>Запис на файла IPS</translation>
    </message>
    <message>
        <source>FHIR documents (*.json)</source>
        <translation>FHIR документи (*.json)</translation>
    </message>
</context>
<context>
    <name>FileResult</name>
    <message numerus="yes">
        <source>Imported: %n new item(s)</source>
        <translation>
            <numerusform>Импортирано: %n нов запис</numerusform>
            <numerusform>Импортирано: %n нови записа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновен</numerusform>
            <numerusform>%n обновени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n съобщен и от друг източник</numerusform>
            <numerusform>%n съобщени и от друг източник</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Вече е в досието ви: нищо ново в този файл.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Не е импортиран: този файл се отнася за {file_patient}, а не за {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Не е импортиран.</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Пропуснато {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more part(s) skipped.</source>
        <translation>
            <numerusform>…и още %n пропусната част.</numerusform>
            <numerusform>…и още %n пропуснати части.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Is this the same person?</source>
        <translation>Същият човек ли е?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Импортиране въпреки това</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Без импортиране</translation>
    </message>
    <message>
        <source>{file} is about {file_patient}, but this profile is about {profile_patient}. Import it into this profile only if it is the same person, for example with the name written differently.</source>
        <translation>{file} се отнася за {file_patient}, но този профил е за {profile_patient}. Импортирайте го в този профил само ако е същият човек, например с различно изписано име.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>Файлът е импортиран.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Файлът не е импортиран.</translation>
    </message>
    <message>
        <source>All {total} files were imported.</source>
        <translation>Всички {total} файла са импортирани.</translation>
    </message>
    <message>
        <source>Files imported: {imported} of {total}.</source>
        <translation>Импортирани файлове: {imported} от {total}.</translation>
    </message>
    <message numerus="yes">
        <source>You cancelled: %n file(s) were not imported. The others are in your record.</source>
        <translation>
            <numerusform>Отказахте: %n файл не е импортиран. Останалите са в досието ви.</numerusform>
            <numerusform>Отказахте: %n файла не са импортирани. Останалите са в досието ви.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Импортиране на %n файл</numerusform>
            <numerusform>Импортиране на %n файла</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импортирането приключи</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Спиране след текущия файл…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>Импортиране на {file} ({number} от {total})…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} не е импортиран: {reason}</translation>
    </message>
    <message>
        <source>this file is about {file_patient}, but this profile is about {profile_patient}. Nothing was imported. If it is the same person, import it again and confirm.</source>
        <translation>този файл се отнася за {file_patient}, а този профил е за {profile_patient}. Нищо не е импортирано. Ако е същият човек, импортирайте го отново и потвърдете.</translation>
    </message>
    <message>
        <source>{name} (born {birth_date})</source>
        <translation>{name} (роден(а) на {birth_date})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>файлът е празен.</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB, the most ecan-desktop accepts.</source>
        <translation>файлът е по-голям от {limit} MB – най-много, колкото приема ecan-desktop.</translation>
    </message>
    <message>
        <source>it is a PDF document, not a FHIR summary. Ask your centre for the summary as a FHIR file (JSON or XML).</source>
        <translation>това е PDF документ, а не FHIR обобщение. Поискайте от центъра си обобщението като FHIR файл (JSON или XML).</translation>
    </message>
    <message>
        <source>it is a ZIP archive. Unpack it first, then import the FHIR files inside.</source>
        <translation>това е ZIP архив. Първо го разархивирайте, после импортирайте FHIR файловете в него.</translation>
    </message>
    <message>
        <source>it is not a text file, so it cannot be a FHIR summary. Check that you chose the right file.</source>
        <translation>това не е текстов файл, така че не може да е FHIR обобщение. Проверете дали сте избрали правилния файл.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8, which FHIR files must be. Ask your centre for a new copy.</source>
        <translation>текстът не е валиден UTF-8, какъвто трябва да са FHIR файловете. Поискайте ново копие от центъра си.</translation>
    </message>
    <message>
        <source>it is a web page (HTML), perhaps an error page saved by the browser, not a FHIR summary. Download the summary again.</source>
        <translation>това е уеб страница (HTML), може би страница за грешка, запазена от браузъра, а не FHIR обобщение. Изтеглете обобщението отново.</translation>
    </message>
    <message>
        <source>it is a CDA document (HL7 version 3 XML), which this version of ecan-desktop cannot read yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>това е CDA документ (HL7 версия 3, XML), който тази версия на ecan-desktop още не може да чете. Поискайте от центъра си обобщението като FHIR файл.</translation>
    </message>
    <message>
        <source>it is an XML file, but not FHIR XML. Check that you chose the right file.</source>
        <translation>това е XML файл, но не FHIR XML. Проверете дали сте избрали правилния файл.</translation>
    </message>
    <message>
        <source>the file is damaged: its XML is not well formed (line {line}).</source>
        <translation>файлът е повреден: XML съдържанието му не е правилно оформено (ред {line}).</translation>
    </message>
    <message>
        <source>it declares XML entities or a DTD, which FHIR files never need. For your safety it was not read; ask your centre for a new copy.</source>
        <translation>в него са декларирани XML обекти или DTD, които FHIR файловете никога не използват. За ваша безопасност не беше прочетен; поискайте ново копие от центъра си.</translation>
    </message>
    <message>
        <source>it is a SMART Health Link (a link to a summary kept elsewhere), which this version of ecan-desktop cannot open yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>това е SMART Health Link (връзка към обобщение, съхранявано другаде), която тази версия на ecan-desktop още не може да отвори. Поискайте от центъра си обобщението като FHIR файл.</translation>
    </message>
    <message>
        <source>it is part of a SMART Health Link (its address, key or list of files), not the summary itself. This version of ecan-desktop cannot open SMART Health Links yet; ask your centre for the summary as a FHIR file.</source>
        <translation>това е част от SMART Health Link (адресът, ключът или списъкът с файлове), а не самото обобщение. Тази версия на ecan-desktop още не може да отваря SMART Health Links; поискайте от центъра си обобщението като FHIR файл.</translation>
    </message>
    <message>
        <source>it is encrypted (a SMART Health Link&apos;s content) and can only be read with the key of its link. Ask your centre for the summary as a FHIR file.</source>
        <translation>той е шифрован (съдържание на SMART Health Link) и може да се прочете само с ключа на своята връзка. Поискайте от центъра си обобщението като FHIR файл.</translation>
    </message>
    <message>
        <source>it is a SMART Health Card (a signed card, such as a vaccination certificate), which this version of ecan-desktop cannot read yet.</source>
        <translation>това е SMART Health Card (подписана карта, например сертификат за ваксинация), която тази версия на ecan-desktop още не може да чете.</translation>
    </message>
    <message>
        <source>a part of the XML was read as well as possible: {detail}</source>
        <translation>част от XML беше прочетена доколкото беше възможно: {detail}</translation>
    </message>
    <message>
        <source>the file is damaged: its JSON is not valid (line {line}, column {column}: {detail}).</source>
        <translation>файлът е повреден: JSON съдържанието му не е валидно (ред {line}, колона {column}: {detail}).</translation>
    </message>
    <message>
        <source>it is not a FHIR resource (it has no resourceType). Check that you chose the right file.</source>
        <translation>това не е FHIR ресурс (няма resourceType). Проверете дали сте избрали правилния файл.</translation>
    </message>
    <message>
        <source>the bundle contains no usable resources.</source>
        <translation>пакетът не съдържа използваеми ресурси.</translation>
    </message>
    <message>
        <source>its structure is nested too deeply to be a real FHIR summary.</source>
        <translation>структурата му е прекалено дълбоко вложена, за да е истинско FHIR обобщение.</translation>
    </message>
    <message>
        <source>the file could not be read ({detail}). Check that it exists and that you may open it.</source>
        <translation>файлът не можа да бъде прочетен ({detail}). Проверете дали съществува и дали имате право да го отворите.</translation>
    </message>
    <message>
        <source>a line that is not valid JSON was skipped</source>
        <translation>пропуснат е ред, който не е валиден JSON</translation>
    </message>
    <message>
        <source>an empty entry (null) was skipped</source>
        <translation>пропуснат е празен запис (null)</translation>
    </message>
    <message>
        <source>an entry that is not an object was skipped</source>
        <translation>пропуснат е запис, който не е обект</translation>
    </message>
    <message>
        <source>an entry without a resource was skipped</source>
        <translation>пропуснат е запис без ресурс</translation>
    </message>
    <message>
        <source>a resource without a resourceType was skipped</source>
        <translation>пропуснат е ресурс без resourceType</translation>
    </message>
    <message>
        <source>a resource without an id or usable fullUrl was given the id {id}</source>
        <translation>ресурс без id или използваем fullUrl получи id {id}</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Език на приложението</translation>
    </message>
    <message>
        <source>{language} (partly in English)</source>
        <translation>{language} (отчасти на английски)</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Too short: use at least {minimum} characters.</source>
        <translation>Твърде кратка: използвайте поне {minimum} знака.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a word or two.</source>
        <translation>Слаба: лесна за отгатване. Добавете една-две думи.</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it much harder to guess.</source>
        <translation>Средна: още една-две думи я правят много по-трудна за отгатване.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Добра: трудна за отгатване.</translation>
    </message>
    <message>
        <source>Strong: very hard to guess.</source>
        <translation>Силна: много трудна за отгатване.</translation>
    </message>
    <message>
        <source>A few words you can remember work well.</source>
        <translation>Няколко думи, които можете да запомните, вършат добра работа.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Сила на паролата</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>Двете пароли не са еднакви. Въведете една и съща два пъти.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парола</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Въведете я отново</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Нова парола, повторно</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показване на паролата</translation>
    </message>
</context>
<context>
    <name>NewProfilePage</name>
    <message>
        <source>Creating the profile and its keys… This takes a few seconds.</source>
        <translation>Създаване на профила и ключовете му… Отнема няколко секунди.</translation>
    </message>
    <message>
        <source>Creating the profile</source>
        <translation>Създаване на профила</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Нов профил</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history on this computer, locked with a passphrase that only you know.</source>
        <translation>Профилът пази онкологичната история на един човек на този компютър, заключена с парола, която знаете само вие.</translation>
    </message>
    <message>
        <source>&amp;Name of the profile</source>
        <translation>&amp;Име на профила</translation>
    </message>
    <message>
        <source>Shown on the start screen, e.g. your first name or “Mum”.</source>
        <translation>Показва се на началния екран, напр. малкото ви име или „Мама“.</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>Име на профила</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;full name</source>
        <translation>&amp;Пълно име на пациента</translation>
    </message>
    <message>
        <source>As it is written on hospital papers. Used to check imported files.</source>
        <translation>Както е изписано в болничните документи. Използва се за проверка на импортираните файлове.</translation>
    </message>
    <message>
        <source>Patient&apos;s full name</source>
        <translation>Пълно име на пациента</translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth</source>
        <translation>Дата на раждане на пациента</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation>Запомняне на паролата на този компютър</translation>
    </message>
    <message>
        <source>The profile then opens without the passphrase for anyone who uses your account on this computer. Leave it off on a shared computer.</source>
        <translation>Тогава профилът се отваря без парола за всеки, който използва профила ви в този компютър. Оставете го изключено на споделен компютър.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Създаване на профил</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Conditions (diagnoses)</source>
        <translation>Заболявания (диагнози)</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Приложени лекарства</translation>
    </message>
    <message>
        <source>Medicines prescribed or taken</source>
        <translation>Предписани или приемани лекарства</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Резултати от изследвания</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Процедури</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Алергии</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Ваксинации</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Други записи</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Източник без име</translation>
    </message>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Импортирано на {date} от {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Импортирано на {date}</translation>
    </message>
    <message>
        <source>What is in your record</source>
        <translation>Какво има в досието ви</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>Откъде идва</translation>
    </message>
    <message>
        <source>The centres whose summaries you imported.</source>
        <translation>Центровете, чиито обобщения сте импортирали.</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Досието ви е празно</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Choose Import to add a summary from your centre.</source>
        <translation>В този профил още нищо не е импортирано. Изберете „Импортиране“, за да добавите обобщение от вашия център.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Още няма импортирания.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n запис общо</numerusform>
            <numerusform>%n записа общо</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>на %n година</numerusform>
            <numerusform>на %n години</numerusform>
        </translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>роден(а) на {date}</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>датата на раждане не е записана</translation>
    </message>
    <message>
        <source>profile “{label}”</source>
        <translation>профил „{label}“</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Името не е записано</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Never opened</source>
        <translation>Никога не е отварян</translation>
    </message>
    <message>
        <source>Last opened {date}</source>
        <translation>Последно отворен на {date}</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Open it to check it.</source>
        <translation>Резервното копие е възстановено като профил „{label}“. Отворете го, за да го проверите.</translation>
    </message>
    <message>
        <source>Profile “{label}” and everything in it were deleted.</source>
        <translation>Профилът „{label}“ и всичко в него бяха изтрити.</translation>
    </message>
    <message>
        <source>The demo profile is ready. Its passphrase is “{passphrase}”: choose Open to see the record.</source>
        <translation>Демонстрационният профил е готов. Паролата му е „{passphrase}“: изберете „Отваряне“, за да видите досието.</translation>
    </message>
    <message>
        <source>Your cancer history, encrypted and kept on this computer.</source>
        <translation>Вашата онкологична история, шифрована и съхранявана на този компютър.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Choose whose record to open.</source>
        <translation>Изберете чие досие да отворите.</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Профили на този компютър</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Още няма профили</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history, locked with a passphrase, on this computer only.</source>
        <translation>Профилът пази онкологичната история на един човек, заключена с парола, само на този компютър.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <source>Open the selected profile (Enter)</source>
        <translation>Отваряне на избрания профил (Enter)</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Нов профил…</translation>
    </message>
    <message>
        <source>Create a profile for another person (Ctrl+N)</source>
        <translation>Създаване на профил за друг човек (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>Създаване на профил…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Възстановяване от резервно копие…</translation>
    </message>
    <message>
        <source>Make a profile from a backup file (.ecanbackup)</source>
        <translation>Създаване на профил от файл с резервно копие (.ecanbackup)</translation>
    </message>
    <message>
        <source>You can also drop a backup file (.ecanbackup) on this window to restore it.</source>
        <translation>Можете също да пуснете файл с резервно копие (.ecanbackup) върху този прозорец, за да го възстановите.</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Управление на задачите</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Планиран печат:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Информация за &amp;таксуване:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>&amp;Приоритет на задачата:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Информационни страници</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Разпечатване веднага</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Отлагане за неопределено време</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ден (от 06:00 до 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Нощ (от 18:00 до 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Втора смяна (от 16:00 до 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Трета смяна (от 00:00 до 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Събота и неделя</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Конкретно време</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Напред</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родителска папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Създаване на нова папка</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Изглед списък</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробен изглед</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Нова папка</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Нова папка</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Преименуване</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Преименуване</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Изтриване</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показване на &amp;скритите файлове</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Показване на скритите файлове</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Всички файлове (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 вече съществува.
Искате ли да го замените?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Наистина ли искате да изтриете „%1“?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата на промяна</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмяна</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторение</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Изрязване</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копиране</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Поставяне</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избиране на всичко</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Хартия</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ширина:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Височина:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Касета с хартия:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Портрет</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Пейзаж</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Обърнат пейзаж</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Обърнат портрет</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Полета</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>отгоре</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>отляво</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>отдясно</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>отдолу</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Оформление на страниците</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Ред на страниците:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Страници на &amp;лист:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Милиметри (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Инчове (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пунктове (pt)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пики (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цицеро (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>По избор</translation>
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
        <translation>Писмо / ANSI A</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Правен</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translation>Изпълнителен (7.5 x 10 in)</translation>
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
        <translation>Плик – C5</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Плик – САЩ 10</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Плик – DL</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translation>Фолио (8.27 x 13 in)</translation>
    </message>
    <message>
        <source>Ledger / ANSI B</source>
        <translation>Счетоводна книга / ANSI B</translation>
    </message>
    <message>
        <source>Tabloid / ANSI B</source>
        <translation>Таблоид / ANSI B</translation>
    </message>
    <message>
        <source>A3 Extra</source>
        <translation>A3 – екстра</translation>
    </message>
    <message>
        <source>A4 Extra</source>
        <translation>A4 – екстра</translation>
    </message>
    <message>
        <source>A4 Plus</source>
        <translation>A4 – плюс</translation>
    </message>
    <message>
        <source>A4 Small</source>
        <translation>A4 – малък</translation>
    </message>
    <message>
        <source>A5 Extra</source>
        <translation>A5 – екстра</translation>
    </message>
    <message>
        <source>B5 Extra</source>
        <translation>B5 – екстра</translation>
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
        <translation>Правен – екстра</translation>
    </message>
    <message>
        <source>Letter Extra</source>
        <translation>Писмо – екстра</translation>
    </message>
    <message>
        <source>Letter Plus</source>
        <translation>Писмо – плюс</translation>
    </message>
    <message>
        <source>Letter Small</source>
        <translation>Писмо – малък</translation>
    </message>
    <message>
        <source>Tabloid Extra</source>
        <translation>Таблоид – екстра</translation>
    </message>
    <message>
        <source>Architect A</source>
        <translation>Архитект A</translation>
    </message>
    <message>
        <source>Architect B</source>
        <translation>Архитект B</translation>
    </message>
    <message>
        <source>Architect C</source>
        <translation>Архитект C</translation>
    </message>
    <message>
        <source>Architect D</source>
        <translation>Архитект D</translation>
    </message>
    <message>
        <source>Architect E</source>
        <translation>Архитект E</translation>
    </message>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 x %2 in</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>Изпълнителен (7.25 x 10.5 in)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Quarto</source>
        <translation>Кварто</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Изявление</translation>
    </message>
    <message>
        <source>Super A</source>
        <translation>Супер A</translation>
    </message>
    <message>
        <source>Super B</source>
        <translation>Супер B</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Пощенска картичка</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Двойна пощенска картичка</translation>
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
        <translation>PRC 32K – голям</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Безконечна хартия – САЩ (14.875 x 11 in)</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Безконечна хартия – Германия (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Безконечна хартия – Германия, правен формат (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Плик – B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Плик – B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Плик – B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Плик – C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Плик – C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Плик – C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Плик – C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Плик – C4</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Плик – C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Плик – C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Плик – C7</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Плик – САЩ 9</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Плик – САЩ 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Плик – САЩ 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Плик – САЩ 14</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Плик – монарх</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Плик – личен</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Плик – Чоу 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Плик – Чоу 4</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Плик – покана</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Плик – италиански</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Плик – Каку 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Плик – Каку 3</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Плик – PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Плик – PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Плик – PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Плик – PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Плик – PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Плик – PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Плик – PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Плик – PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Плик – PRC 9</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Плик – PRC 10</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Добре</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Печат</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печат</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Настройки &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Настройки &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Печат във файл (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Локален файл</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Записване на файл PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Печат във файл…</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Всички страници</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Само нечетните</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Само четните</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>От ляво надясно, от горе надолу</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>От ляво надясно, от долу нагоре</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>От дясно наляво, от долу нагоре</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>От дясно наляво, от горе надолу</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>От долу нагоре, от ляво надясно</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>От долу нагоре, от дясно наляво</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>От горе надолу, от ляво надясно</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>От горе надолу, от дясно наляво</translation>
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
        <translation>Неправилно зададени страници</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>„%1“ не следва правилния синтаксис. Използвайте „,“ за разделяне на диапазони и страници, „-“ за задаване на диапазон и се уверете, че диапазоните не се припокриват.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Конфликт в настройките за двустранен печат</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Настройките за двустранен печат са в конфликт. Искате ли да ги коригирате?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 е папка.
Моля, изберете друго име на файл.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Файлът %1 не позволява запис.
Моля, изберете друго име на файл.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 вече съществува.
Искате ли да го презапишете?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Настройките „страници на лист“ и „набор от страници“ не могат да бъдат използвани заедно.
Моля, изключете една от тези настройки.</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Настройки на принтера</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Настройки на задачата</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Разширени</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Някои опции са в конфликт. Моля, коригирайте ги.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <translation>Обхват</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Всички страници</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Страниците от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страници</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Посочете страници или диапазони, разделени със запетаи. Диапазонът се задава с две числа, разделени с тире. Например 3,5-7,9 отпечатва страници 3, 5, 6, 7 и 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Текуща страница</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Избраното</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Набор страници:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Настройки за извеждане</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Брой копия:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Подреждане</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Обратен ред</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Цветови режим</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Цвят</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Черно-бяло</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Двустранен печат</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Изключен</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Подвързване по дългата страна</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Подвързване по късата страна</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Местоположение:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Изходен &amp;файл:</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>stated by the source</source>
        <translation>посочено от източника</translation>
    </message>
    <message>
        <source>summed from {count} administrations</source>
        <translation>сбор от {count} приложения</translation>
    </message>
    <message>
        <source>summed from {count} administrations, per m² of body surface area</source>
        <translation>сбор от {count} приложения, на m² телесна повърхност</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Диагноза</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадий</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Изследване</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Състояние на заболяването</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Лекарство</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Лъчетерапия</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Трансплантация на стволови клетки</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Медицинско изделие</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Алергия</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Ваксинация</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Проследяване</translation>
    </message>
    <message>
        <source>Primary cancer</source>
        <translation>Първичен рак</translation>
    </message>
    <message>
        <source>Secondary (metastatic) cancer</source>
        <translation>Вторичен (метастатичен) рак</translation>
    </message>
    <message>
        <source>malignant</source>
        <translation>злокачествен</translation>
    </message>
    <message>
        <source>metastatic</source>
        <translation>метастатичен</translation>
    </message>
    <message>
        <source>in situ</source>
        <translation>in situ</translation>
    </message>
    <message>
        <source>uncertain behaviour</source>
        <translation>несигурно поведение</translation>
    </message>
    <message>
        <source>behaviour not stated</source>
        <translation>поведението не е посочено</translation>
    </message>
    <message>
        <source>ECOG performance status</source>
        <translation>Функционален статус по ECOG</translation>
    </message>
    <message>
        <source>Karnofsky performance status</source>
        <translation>Функционален статус по Карновски</translation>
    </message>
    <message>
        <source>Lansky play-performance scale</source>
        <translation>Скала на Лански за игрова активност</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent dose ({table})</source>
        <translation>Антрациклини като еквивалентна доза доксорубицин ({table})</translation>
    </message>
    <message>
        <source>{agent}: not converted, {table} gives no factor for it</source>
        <translation>{agent}: не е преизчислен, {table} не дава коефициент за него</translation>
    </message>
    <message>
        <source>Reported by {sources}</source>
        <translation>Съобщено от {sources}</translation>
    </message>
</context>
<context>
    <name>RecordFrame</name>
    <message>
        <source>Your new passphrase is saved. Use it from now on.</source>
        <translation>Новата ви парола е запазена. Използвайте нея отсега нататък.</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Lock this one to open it.</source>
        <translation>Резервното копие е възстановено като профил „{label}“. Заключете този профил, за да го отворите.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Нещо се обърка</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Да се отмени ли това импортиране?</translation>
    </message>
    <message>
        <source>Everything that came from {source} in this import is removed from your record, and what it changed goes back to how it was before. The file itself is not touched; you can import it again later.</source>
        <translation>Всичко, дошло от {source} с това импортиране, се премахва от досието ви, а каквото е променено, се връща както беше. Самият файл не се променя; можете да го импортирате отново по-късно.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Отмяна на импортирането</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <source>Import undone: {removed} removed, {restored} put back as before.</source>
        <translation>Импортирането е отменено: {removed} премахнати, {restored} върнати както преди.</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n item(s) removed.</source>
        <translation>
            <numerusform>Импортирането е отменено: премахнат е %n запис.</numerusform>
            <numerusform>Импортирането е отменено: премахнати са %n записа.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Паролата е сменена.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импортиране…</translation>
    </message>
    <message>
        <source>Import summaries from your centres (Ctrl+I)</source>
        <translation>Импортиране на обобщения от вашите центрове (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>Експорт на резюмето…</translation>
    </message>
    <message>
        <source>Save or print the summary for a doctor abroad (Ctrl+E)</source>
        <translation>Запишете или отпечатайте резюмето за лекар в чужбина (Ctrl+E)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Заключване сега</translation>
    </message>
    <message>
        <source>Hide the record and forget the key (Ctrl+L)</source>
        <translation>Скриване на досието и забравяне на ключа (Ctrl+L)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Източници</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation>Части на досието</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use</source>
        <translation>
            <numerusform>Заключва се след %n минута без използване</numerusform>
            <numerusform>Заключва се след %n минути без използване</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>The profile is created, but this computer could not remember its passphrase. {reason}</source>
        <translation>Профилът е създаден, но този компютър не успя да запомни паролата му. {reason}</translation>
    </message>
    <message>
        <source>Recovery code for profile “{label}”</source>
        <translation>Код за възстановяване на профила „{label}“</translation>
    </message>
    <message>
        <source>Made on {date} by ecan-desktop.</source>
        <translation>Създаден на {date} от ecan-desktop.</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep this paper somewhere safe, away from the computer.</source>
        <translation>Ако забравите паролата на този профил, този код е единственият начин да го отворите. Пазете този лист на сигурно място, далеч от компютъра.</translation>
    </message>
    <message>
        <source>recovery code {label}.txt</source>
        <translation>код за възстановяване {label}.txt</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep a copy somewhere safe, away from the computer.</source>
        <translation>Ако забравите паролата на този профил, този код е единственият начин да го отворите. Пазете копие на сигурно място, далеч от компютъра.</translation>
    </message>
    <message>
        <source>The file could not be saved ({detail}). Choose another place.</source>
        <translation>Файлът не можа да бъде запазен ({detail}). Изберете друго място.</translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation>Кодът за възстановяване е изпратен към принтера.</translation>
    </message>
    <message>
        <source>The recovery code was saved in {path}.</source>
        <translation>Кодът за възстановяване е запазен в {path}.</translation>
    </message>
    <message>
        <source>That is not what your copy of the code says. Look at it again, or go back to see the code.</source>
        <translation>Това не е написаното във вашето копие на кода. Погледнете го пак или се върнете, за да видите кода.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Вашият код за възстановяване</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way into the record: nobody else can open it for you. It is shown only now.</source>
        <translation>Ако някога забравите паролата си, този код е единственият начин да влезете в досието: никой друг не може да го отвори вместо вас. Показва се само сега.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код за възстановяване</translation>
    </message>
    <message>
        <source>Print it or save it, and keep it somewhere safe, not only on this computer.</source>
        <translation>Отпечатайте го или го запазете и го пазете на сигурно място, не само на този компютър.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the code to a file (on a USB stick, for example) and print it later, or copy it onto paper.</source>
        <translation>На този компютър няма настроен принтер: запазете кода във файл (например на USB памет) и го отпечатайте по-късно или го препишете на хартия.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печат…</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Запазване във файл…</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Запазих го</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Проверете копието си</translation>
    </message>
    <message>
        <source>To make sure you can use the code later, type group {first} and group {second} of it, from your copy.</source>
        <translation>За да сте сигурни, че ще можете да използвате кода по-късно, въведете група {first} и група {second} от копието си.</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>Група {number}</translation>
    </message>
    <message>
        <source>‹ Show the code again</source>
        <translation>‹ Показване на кода отново</translation>
    </message>
    <message>
        <source>Check and open the profile</source>
        <translation>Проверка и отваряне на профила</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockPage</name>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation>Отключване и задаване на новата парола…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Отключване</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Първо въведете кода си за възстановяване.</translation>
    </message>
    <message>
        <source>‹ Back to the passphrase</source>
        <translation>‹ Обратно към паролата</translation>
    </message>
    <message>
        <source>Unlock “{label}” with the recovery code</source>
        <translation>Отключване на „{label}“ с кода за възстановяване</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or saved when you created this profile, then choose a new passphrase. The old passphrase will stop working.</source>
        <translation>Въведете кода за възстановяване, който отпечатахте или запазихте при създаването на профила, и изберете нова парола. Старата парола ще спре да работи.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Код за възстановяване</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код за възстановяване</translation>
    </message>
    <message>
        <source>Unlock and save the new passphrase</source>
        <translation>Отключване и запазване на новата парола</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>Възстановяване и проверка на резервното копие…</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Възстановяване на резервното копие</translation>
    </message>
    <message>
        <source>Type the recovery code of the backup first.</source>
        <translation>Първо въведете кода за възстановяване на резервното копие.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup first.</source>
        <translation>Първо въведете паролата на резервното копие.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Възстановяване от резервно копие</translation>
    </message>
    <message>
        <source>Restore “{file}”</source>
        <translation>Възстановяване на „{file}“</translation>
    </message>
    <message>
        <source>The backup becomes a new profile on this computer; nothing you have now is replaced. Unlock it as it was when the backup was made.</source>
        <translation>Резервното копие става нов профил на този компютър; нищо от сегашното не се заменя. Отключете го така, както беше, когато е направено копието.</translation>
    </message>
    <message>
        <source>I know the passphrase of the backup</source>
        <translation>Знам паролата на резервното копие</translation>
    </message>
    <message>
        <source>I have its recovery code (then choose a new passphrase)</source>
        <translation>Имам кода му за възстановяване (след това избирам нова парола)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Парола на резервното копие</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парола</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Код за възстановяване</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код за възстановяване</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This computer now remembers this profile.</source>
        <translation>Този компютър вече помни този профил.</translation>
    </message>
    <message>
        <source>This computer no longer remembers this profile.</source>
        <translation>Този компютър вече не помни този профил.</translation>
    </message>
    <message>
        <source>Backup saved in {path}.</source>
        <translation>Резервното копие е запазено в {path}.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Правене на резервното копие…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Правене на резервното копие</translation>
    </message>
    <message>
        <source>Not offered on a shared computer (kiosk mode).</source>
        <translation>Не се предлага на споделен компютър (режим „киоск“).</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use, so it cannot remember the passphrase. You unlock with your passphrase.</source>
        <translation>Този компютър няма хранилище за пароли, което ecan-desktop да може да използва, затова не може да запомни паролата. Отключвате с паролата си.</translation>
    </message>
    <message>
        <source>Opens this profile without the passphrase for anyone using your account on this computer. Leave it off on a shared computer.</source>
        <translation>Отваря този профил без парола за всеки, който използва акаунта ви на този компютър. Оставете го изключено на споделен компютър.</translation>
    </message>
    <message>
        <source>No backup yet. A backup is one encrypted file: keep it on a USB stick or another disk to restore the record on any computer.</source>
        <translation>Още няма резервно копие. Резервното копие е един шифрован файл: пазете го на USB памет или друг диск, за да възстановите досието на всеки компютър.</translation>
    </message>
    <message>
        <source>Last backup {date}: {path}</source>
        <translation>Последно резервно копие на {date}: {path}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Език и изглед</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>For everything in the app. Applies at once.</source>
        <translation>За цялото приложение. Прилага се веднага.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Цветове</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Като компютъра</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светли</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тъмни</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Висок контраст</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер на текста</translation>
    </message>
    <message>
        <source>Everything grows with the text.</source>
        <translation>Всичко се уголемява заедно с текста.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Поверителност</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Автоматично заключване</translation>
    </message>
    <message>
        <source>After this long without use, the record locks and needs the passphrase.</source>
        <translation>След толкова време без използване досието се заключва и иска паролата.</translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s)</source>
        <translation>
            <numerusform>след %n минута</numerusform>
            <numerusform>след %n минути</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Запомняне на този компютър</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парола</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this profile.</source>
        <translation>Изберете нова парола за този профил.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Смяна на паролата…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервни копия</translation>
    </message>
    <message>
        <source>Back up this profile</source>
        <translation>Резервно копие на този профил</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Копие сега…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Възстановяване на резервно копие</translation>
    </message>
    <message>
        <source>Adds the profile in a backup file to this computer, next to this one.</source>
        <translation>Добавя профила от файл с резервно копие на този компютър, до този.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Възстановяване от резервно копие…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Delete profile “{label}”</source>
        <translation>Изтриване на профила „{label}“</translation>
    </message>
    <message>
        <source>Erases this profile and everything in it from this computer.</source>
        <translation>Изтрива този профил и всичко в него от компютъра.</translation>
    </message>
    <message>
        <source>Delete profile…</source>
        <translation>Изтриване на профила…</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Импортирано на {date} от {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Импортирано на {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n нов запис</numerusform>
            <numerusform>%n нови записа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновен</numerusform>
            <numerusform>%n обновени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n съобщен и от друг източник</numerusform>
            <numerusform>%n съобщени и от друг източник</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Отмяна на това импортиране…</translation>
    </message>
    <message>
        <source>Undo the import from {source}</source>
        <translation>Отмяна на импортирането от {source}</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Unnamed source</source>
        <translation>Източник без име</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Източници</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s). Each one can be undone: what it brought is removed, what it changed goes back to how it was.</source>
        <translation>
            <numerusform>%n импортиране. Всяко може да бъде отменено: донесеното се премахва, промененото се връща както беше.</numerusform>
            <numerusform>%n импортирания. Всяко може да бъде отменено: донесеното се премахва, промененото се връща както беше.</numerusform>
        </translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Още няма импортирания</translation>
    </message>
    <message>
        <source>Import a summary from your centre (a FHIR file) to fill your record.</source>
        <translation>Импортирайте обобщение от вашия център (FHIR файл), за да попълните досието си.</translation>
    </message>
    <message>
        <source>Import a summary…</source>
        <translation>Импортиране на обобщение…</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>“{code}” is not a language the summary can be printed in. Choose one or two of: {available}.</source>
        <translation>„{code}“ не е език, на който обобщението може да се отпечата. Изберете един или два от: {available}.</translation>
    </message>
    <message>
        <source>The summary cannot be printed in {name} yet. Choose one or two of: {available}.</source>
        <translation>Обобщението още не може да се отпечата на {name}. Изберете един или два от: {available}.</translation>
    </message>
    <message>
        <source>A summary is printed in one language or two (the doctor&apos;s, then the patient&apos;s), not {count}.</source>
        <translation>Обобщението се отпечатва на един или два езика (на лекаря, после на пациента), не на {count}.</translation>
    </message>
    <message>
        <source>Making the summary was cancelled. Nothing was saved.</source>
        <translation>Създаването на обобщението е отменено. Нищо не е запазено.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}). Check that the folder exists and that you may write there. Nothing else was changed.</source>
        <translation>Файлът {path} не можа да бъде записан ({reason}). Проверете дали папката съществува и дали имате право да записвате в нея. Нищо друго не е променено.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Type the passphrase of this profile first.</source>
        <translation>Първо въведете паролата на този профил.</translation>
    </message>
    <message>
        <source>‹ Back to profiles</source>
        <translation>‹ Обратно към профилите</translation>
    </message>
    <message>
        <source>Back to the list of profiles (Esc)</source>
        <translation>Обратно към списъка с профили (Esc)</translation>
    </message>
    <message>
        <source>“{label}” is locked</source>
        <translation>„{label}“ е заключен</translation>
    </message>
    <message>
        <source>Type your passphrase to continue where you were.</source>
        <translation>Въведете паролата си, за да продължите оттам, където бяхте.</translation>
    </message>
    <message>
        <source>Unlock “{label}”</source>
        <translation>Отключване на „{label}“</translation>
    </message>
    <message>
        <source>Type the passphrase you chose for this profile.</source>
        <translation>Въведете паролата, която избрахте за този профил.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парола</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парола</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Показване на паролата</translation>
    </message>
    <message>
        <source>This is the demo profile. Its passphrase is “{passphrase}”.</source>
        <translation>Това е демонстрационният профил. Паролата му е „{passphrase}“.</translation>
    </message>
    <message>
        <source>Unlocking… This takes a moment.</source>
        <translation>Отключване… Отнема малко време.</translation>
    </message>
    <message>
        <source>Unlocking with the key this computer remembers…</source>
        <translation>Отключване с ключа, който този компютър помни…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Отключване</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Забравихте я? Използвайте кода за възстановяване</translation>
    </message>
    <message>
        <source>Unlock with the recovery code you kept, then choose a new passphrase</source>
        <translation>Отключване с пазения код за възстановяване, след това избор на нова парола</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Отключване</translation>
    </message>
</context>
<context>
    <name>UnlockWait</name>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Твърде много грешни опити. Можете да опитате отново след %n минута.</numerusform>
            <numerusform>Твърде много грешни опити. Можете да опитате отново след %n минути.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Твърде много грешни опити. Можете да опитате отново след %n секунда.</numerusform>
            <numerusform>Твърде много грешни опити. Можете да опитате отново след %n секунди.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>The passphrase is not right. Check that Caps Lock is off and try again, or unlock with your recovery code.</source>
        <translation>Паролата не е вярна. Проверете дали Caps Lock е изключен и опитайте отново или отключете с кода за възстановяване.</translation>
    </message>
    <message>
        <source>The recovery code is not right. It has 25 letters and digits in groups of five; check each group and try again.</source>
        <translation>Кодът за възстановяване не е верен. Той има 25 букви и цифри в групи по пет; проверете всяка група и опитайте отново.</translation>
    </message>
    <message>
        <source>This does not look like a recovery code: it should have 25 letters and digits, like ABCDE-FGHJK-MNPQR-STVWX-YZ234. Type it again as it was printed.</source>
        <translation>Това не прилича на код за възстановяване: той трябва да има 25 букви и цифри, например ABCDE-FGHJK-MNPQR-STVWX-YZ234. Въведете го отново така, както е отпечатан.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least {minimum} characters; a few words you can remember work well.</source>
        <translation>Паролата е твърде кратка. Използвайте поне {minimum} знака; няколко думи, които можете да запомните, вършат добра работа.</translation>
    </message>
    <message>
        <source>The record of profile “{label}” is damaged and cannot be opened ({detail}). Nothing has been changed. Restore it from your newest backup: {backup}</source>
        <translation>Досието на профила „{label}“ е повредено и не може да се отвори ({detail}). Нищо не е променено. Възстановете го от най-новото си резервно копие: {backup}</translation>
    </message>
    <message>
        <source>The key file of profile “{label}” is missing or damaged ({detail}), so the record cannot be unlocked. Nothing has been changed. Restore the profile from your newest backup: {backup}</source>
        <translation>Файлът с ключове на профила „{label}“ липсва или е повреден ({detail}), затова досието не може да бъде отключено. Нищо не е променено. Възстановете профила от най-новото си резервно копие: {backup}</translation>
    </message>
    <message>
        <source>Profile “{label}” was saved by a newer version of ecan-desktop (record format {found}; this version reads up to {supported}). Nothing has been changed. Update ecan-desktop to open it.</source>
        <translation>Профилът „{label}“ е запазен от по-нова версия на ecan-desktop (формат на досието {found}; тази версия чете до {supported}). Нищо не е променено. Обновете ecan-desktop, за да го отворите.</translation>
    </message>
    <message>
        <source>Profile “{label}” is already open in another ecan-desktop window (process {pid}). Close it there first, then try again.</source>
        <translation>Профилът „{label}“ вече е отворен в друг прозорец на ecan-desktop (процес {pid}). Първо го затворете там, после опитайте отново.</translation>
    </message>
    <message>
        <source>There is no profile called “{label}”. Run “ecan-desktop profile list” to see your profiles.</source>
        <translation>Няма профил с име „{label}“. Изпълнете „ecan-desktop profile list“, за да видите профилите си.</translation>
    </message>
    <message>
        <source>A profile called “{label}” already exists. Choose another name.</source>
        <translation>Вече има профил с име „{label}“. Изберете друго име.</translation>
    </message>
    <message>
        <source>There is no import number {source_id} in this profile. Run “ecan-desktop sources” to see the imports and their numbers.</source>
        <translation>В този профил няма импортиране с номер {source_id}. Изпълнете „ecan-desktop sources“, за да видите импортиранията и номерата им.</translation>
    </message>
    <message>
        <source>A profile name needs 1 to {maximum} characters and cannot be only spaces.</source>
        <translation>Името на профила трябва да има от 1 до {maximum} знака и не може да е само интервали.</translation>
    </message>
    <message>
        <source>ecan-desktop could not write to {path} ({detail}). Nothing has been changed. Check that the disk has free space and that you may write to that folder, then try again.</source>
        <translation>ecan-desktop не успя да запише в {path} ({detail}). Нищо не е променено. Проверете дали дискът има свободно място и дали имате право да записвате в тази папка, после опитайте отново.</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use ({detail}), so it cannot remember your passphrase. You can still unlock with your passphrase.</source>
        <translation>Този компютър няма хранилище за пароли, което ecan-desktop да може да използва ({detail}), затова не може да запомни паролата ви. Пак можете да отключвате с паролата си.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store is locked. Unlock it (or log in again), or type your passphrase instead.</source>
        <translation>Хранилището за пароли на компютъра ви е заключено. Отключете го (или влезте отново) или въведете паролата си.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase of profile “{label}”. Type your passphrase; you can turn “remember on this computer” on again in Settings.</source>
        <translation>Този компютър вече не помни паролата на профила „{label}“. Въведете паролата си; можете отново да включите „Запомняне на този компютър“ от Настройки.</translation>
    </message>
    <message>
        <source>{path} is not an ecan-desktop backup, or it is damaged ({detail}). Nothing has been restored. Choose the backup file again.</source>
        <translation>{path} не е резервно копие на ecan-desktop или е повредено ({detail}). Нищо не е възстановено. Изберете отново файла с резервното копие.</translation>
    </message>
    <message>
        <source>no backup was found on this computer; if you keep one elsewhere, use “Restore from backup”</source>
        <translation>на този компютър не е намерено резервно копие; ако пазите такова другаде, използвайте „Възстановяване от резервно копие“</translation>
    </message>
</context>
</TS>
