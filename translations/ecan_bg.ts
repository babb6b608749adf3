<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>AllergiesView</name>
    <message>
        <source>Alerts</source>
        <translation>Сигнали</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Алергии и непоносимости</translation>
    </message>
    <message>
        <source>Implants and devices</source>
        <translation>Импланти и медицински изделия</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Веществото не е посочено</translation>
    </message>
    <message>
        <source>Not an allergy: a statement that none is known</source>
        <translation>Не е алергия: изявление, че не са известни алергии</translation>
    </message>
    <message>
        <source>recorded {date}</source>
        <translation>записано на {date}</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Алергия</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>от {date}</translation>
    </message>
    <message>
        <source>Reactions: {reactions}</source>
        <translation>Реакции: {reactions}</translation>
    </message>
    <message>
        <source>Reaction: {reaction}</source>
        <translation>Реакция: {reaction}</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Медицинско изделие</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Имплантиран венозен порт</translation>
    </message>
    <message>
        <source>Alert from your centre</source>
        <translation>Сигнал от вашия център</translation>
    </message>
    <message>
        <source>Warning about a treatment</source>
        <translation>Предупреждение за лечение</translation>
    </message>
    <message>
        <source>Open it to read what the source says.</source>
        <translation>Отворете го, за да прочетете какво казва източникът.</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Алергии и сигнали</translation>
    </message>
    <message>
        <source>What a doctor must know first: allergies, alerts from your centres, and implants such as a port.</source>
        <translation>Какво трябва да знае първо всеки лекар: алергии, сигнали от вашите центрове и импланти, например венозен порт.</translation>
    </message>
    <message>
        <source>Search allergies, alerts and devices</source>
        <translation>Търсене в алергии, сигнали и изделия</translation>
    </message>
    <message>
        <source>No allergies, alerts or implants recorded yet.</source>
        <translation>Още няма записани алергии, сигнали или импланти.</translation>
    </message>
    <message>
        <source>This does not mean you have none: tell every doctor about your allergies. Import a summary from your centre to see them here.</source>
        <translation>Това не означава, че нямате такива: казвайте на всеки лекар за алергиите си. Импортирайте обобщение от вашия център, за да ги видите тук.</translation>
    </message>
</context>
<context>
    <name>AnthracyclineCard</name>
    <message>
        <source>{dose} {unit} doxorubicin-equivalent</source>
        <translation>{dose} {unit} еквивалент на доксорубицин</translation>
    </message>
    <message>
        <source>{dose} mg in total (not divided by body surface area)</source>
        <translation>{dose} mg общо (без разделяне на телесната повърхност)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Лекарство</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Кумулативна доза</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Коефициент</translation>
    </message>
    <message>
        <source>Doxorubicin-equivalent</source>
        <translation>Еквивалент на доксорубицин</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Съобщено от</translation>
    </message>
    <message>
        <source>Not counted in this total, because the conversion table gives no factor or the dose is not known in {unit}: {agents}.</source>
        <translation>Не са включени в тази сума, защото таблицата за преобразуване не дава коефициент или дозата не е известна в {unit}: {agents}.</translation>
    </message>
    <message>
        <source>Converted with the table “{table}”, {version}.</source>
        <translation>Преизчислено по таблицата „{table}“, {version}.</translation>
    </message>
    <message>
        <source>At or above the high-dose threshold of {threshold} mg/m²</source>
        <translation>На или над прага за висока доза от {threshold} mg/m²</translation>
    </message>
    <message>
        <source>This means a high risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Това означава висок риск от сърдечни проблеми по-късно (сърдечна дисфункция). Сърцето ви трябва да бъде прегледано (ехокардиография) преди всяко лечение, което може да го натовари.</translation>
    </message>
    <message>
        <source>Below {threshold} mg/m², with radiotherapy near the heart</source>
        <translation>Под {threshold} mg/m², с лъчетерапия в близост до сърцето</translation>
    </message>
    <message>
        <source>Radiotherapy near the heart ({site}) adds to the risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Лъчетерапията в близост до сърцето ({site}) увеличава риска от сърдечни проблеми по-късно (сърдечна дисфункция). Сърцето ви трябва да бъде прегледано (ехокардиография) преди всяко лечение, което може да го натовари.</translation>
    </message>
    <message>
        <source>Cannot be compared with the threshold of {threshold} mg/m²</source>
        <translation>Не може да се сравни с прага от {threshold} mg/m²</translation>
    </message>
    <message>
        <source>Your body surface area is not in the record, so the total in mg cannot be compared with the high-dose threshold. The risk to the heart lasts for life.</source>
        <translation>Телесната ви повърхност не е записана в досието, затова общата доза в mg не може да се сравни с прага за висока доза. Рискът за сърцето остава за цял живот.</translation>
    </message>
    <message>
        <source>Below the high-dose threshold of {threshold} mg/m²</source>
        <translation>Под прага за висока доза от {threshold} mg/m²</translation>
    </message>
    <message>
        <source>The risk to the heart lasts for life. Tell any doctor who plans more anthracyclines or radiotherapy to the chest about this total.</source>
        <translation>Рискът за сърцето остава за цял живот. Кажете за тази обща доза на всеки лекар, който планира още антрациклини или лъчетерапия на гръдния кош.</translation>
    </message>
    <message>
        <source>Threshold from: {source}</source>
        <translation>Източник на прага: {source}</translation>
    </message>
</context>
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
    <name>ChartTableLink</name>
    <message>
        <source>Choose a result in the table to circle it in the chart, or click a point.</source>
        <translation>Изберете резултат в таблицата, за да бъде ограден в графиката, или щракнете върху точка.</translation>
    </message>
    <message>
        <source>Circled in the chart: {result}</source>
        <translation>Ограден в графиката: {result}</translation>
    </message>
    <message>
        <source>Not in the chart: {result}</source>
        <translation>Не е в графиката: {result}</translation>
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
    <message>
        <source>“{size}” is not a window size. Write it as 1280x800.</source>
        <translation>„{size}“ не е размер на прозорец. Запишете го като 1280x800.</translation>
    </message>
    <message>
        <source>“{view}” is not a view of the app. The views are: {views}.</source>
        <translation>„{view}“ не е изглед на приложението. Изгледите са: {views}.</translation>
    </message>
    <message>
        <source>“{code}” is not a language of the app. Use a code such as de, ro or el.</source>
        <translation>„{code}“ не е език на приложението. Използвайте код като de, ro или el.</translation>
    </message>
</context>
<context>
    <name>ConditionsView</name>
    <message>
        <source>Cancer diagnoses</source>
        <translation>Онкологични диагнози</translation>
    </message>
    <message>
        <source>Other conditions now</source>
        <translation>Други настоящи заболявания</translation>
    </message>
    <message>
        <source>Resolved and past conditions</source>
        <translation>Отзвучали и минали заболявания</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Онкологична диагноза</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Стадий {stage}</translation>
    </message>
    <message>
        <source>side: {side}</source>
        <translation>страна: {side}</translation>
    </message>
    <message>
        <source>diagnosed {date}</source>
        <translation>диагностицирано на {date}</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Заболяване</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Заболявания</translation>
    </message>
    <message>
        <source>Your cancer diagnoses and every other health problem your centres recorded.</source>
        <translation>Вашите онкологични диагнози и всички други здравословни проблеми, записани от вашите центрове.</translation>
    </message>
    <message>
        <source>Search conditions, codes and notes</source>
        <translation>Търсене в заболявания, кодове и бележки</translation>
    </message>
    <message>
        <source>No conditions recorded yet.</source>
        <translation>Още няма записани заболявания.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Импортирайте обобщение от вашия център.</translation>
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
    <name>DocumentViewer</name>
    <message>
        <source>Opening the document…</source>
        <translation>Отваряне на документа…</translation>
    </message>
    <message>
        <source>This document could not be opened: its data is missing or damaged in the summary your centre sent.</source>
        <translation>Документът не можа да бъде отворен: данните му липсват или са повредени в обобщението, изпратено от вашия център.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Копие е запазено в {path}.</translation>
    </message>
    <message>
        <source>This is the summary document your centre sent. What it holds is shown in the other parts of your record.</source>
        <translation>Това е документът-обобщение, изпратен от вашия център. Съдържанието му е показано в другите части на досието ви.</translation>
    </message>
    <message>
        <source>Its sections: {sections}.</source>
        <translation>Раздели: {sections}.</translation>
    </message>
    <message>
        <source>This document has no file attached.</source>
        <translation>Към този документ няма приложен файл.</translation>
    </message>
    <message>
        <source>The file is not in the summary: your centre keeps it at {url}. Ask your centre for a copy.</source>
        <translation>Файлът не е в обобщението: вашият център го съхранява на {url}. Поискайте копие от центъра си.</translation>
    </message>
    <message>
        <source>The file is not in the summary. Ask your centre for a copy.</source>
        <translation>Файлът не е в обобщението. Поискайте копие от центъра си.</translation>
    </message>
    <message>
        <source>This kind of file ({type}) cannot be shown here. Save a copy to open it with another program.</source>
        <translation>Този вид файл ({type}) не може да бъде показан тук. Запазете копие, за да го отворите с друга програма.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестен вид</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Запазване на копие…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <source>Version of the document</source>
        <translation>Версия на документа</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Lab report (PDF)</source>
        <translation>Лабораторен резултат (PDF)</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Лабораторен резултат</translation>
    </message>
    <message>
        <source>Pathology report (PDF)</source>
        <translation>Хистологичен резултат (PDF)</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Хистологичен резултат</translation>
    </message>
    <message>
        <source>Scan or X-ray report (PDF)</source>
        <translation>Доклад от образно изследване (PDF)</translation>
    </message>
    <message>
        <source>Scan or X-ray report</source>
        <translation>Доклад от образно изследване</translation>
    </message>
    <message>
        <source>Test report (PDF)</source>
        <translation>Доклад от изследване (PDF)</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Доклад от изследване</translation>
    </message>
    <message>
        <source>Summary document</source>
        <translation>Документ-обобщение</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Link to a document</source>
        <translation>Връзка към документ</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF документ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Letter or report (text)</source>
        <translation>Писмо или доклад (текст)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File {number}</source>
        <translation>Файл {number}</translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation>Документ без заглавие</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Letters, reports and files your centres sent with their summaries.</source>
        <translation>Писма, доклади и файлове, изпратени от вашите центрове заедно с обобщенията им.</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Още няма документи</translation>
    </message>
    <message>
        <source>Letters, reports and other files come with the summaries your centres send. Import a summary to see them here.</source>
        <translation>Писмата, докладите и другите файлове идват с обобщенията, които изпращат вашите центрове. Импортирайте обобщение, за да ги видите тук.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Импортиране на обобщение</translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <source>This is a backup</source>
        <translation>Това е резервно копие</translation>
    </message>
    <message>
        <source>Backups are restored from Settings, not imported. Drop it to see how.</source>
        <translation>Резервните копия се възстановяват от Настройки, а не се импортират. Пуснете файла, за да видите как.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n file(s)</source>
        <translation>
            <numerusform>Пуснете, за да импортирате %n файл</numerusform>
            <numerusform>Пуснете, за да импортирате %n файла</numerusform>
        </translation>
    </message>
    <message>
        <source>You will see what they bring before anything is added to your record.</source>
        <translation>Ще видите какво съдържат, преди нещо да бъде добавено в досието ви.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>Tiredness (fatigue)</source>
        <translation>Умора (отпадналост)</translation>
    </message>
    <message>
        <source>Feeling sick (nausea)</source>
        <translation>Прилошаване (гадене)</translation>
    </message>
    <message>
        <source>Being sick (vomiting)</source>
        <translation>Повръщане</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Диария</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Запек</translation>
    </message>
    <message>
        <source>Numbness or tingling in hands or feet (neuropathy)</source>
        <translation>Изтръпване или мравучкане в ръцете или краката (невропатия)</translation>
    </message>
    <message>
        <source>Sore mouth (mucositis)</source>
        <translation>Болки в устата (мукозит)</translation>
    </message>
    <message>
        <source>Fever (high temperature)</source>
        <translation>Треска (висока температура)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Болка</translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation>Косопад</translation>
    </message>
    <message>
        <source>Skin rash</source>
        <translation>Кожен обрив</translation>
    </message>
    <message>
        <source>Loss of appetite</source>
        <translation>Загуба на апетит</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>Задух</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Главоболие</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Нещо друго</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Няма</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Лека</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Умерена</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Тежка</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Животозастрашаваща</translation>
    </message>
    <message>
        <source>You did not have it.</source>
        <translation>Не сте го имали.</translation>
    </message>
    <message>
        <source>You noticed it, but you could do your usual things.</source>
        <translation>Забелязвали сте го, но сте можели да вършите обичайните си неща.</translation>
    </message>
    <message>
        <source>It got in the way of everyday things like cooking, shopping or work.</source>
        <translation>Пречело е на ежедневни дейности като готвене, пазаруване или работа.</translation>
    </message>
    <message>
        <source>You could not wash, dress or eat without help, or you went to hospital.</source>
        <translation>Не сте можели да се миете, обличате или храните без помощ или сте постъпили в болница.</translation>
    </message>
    <message>
        <source>You needed urgent treatment straight away.</source>
        <translation>Нуждаели сте се от спешно лечение веднага.</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>Въведете името на лекарството.</translation>
    </message>
    <message>
        <source>Choose a symptom or side effect from the list, or choose “Something else”.</source>
        <translation>Изберете симптом или страничен ефект от списъка или изберете „Нещо друго“.</translation>
    </message>
    <message>
        <source>Describe the symptom or side effect in a few words.</source>
        <translation>Опишете симптома или страничния ефект с няколко думи.</translation>
    </message>
    <message>
        <source>Choose how bad it was, from 0 (none) to 4 (life-threatening).</source>
        <translation>Изберете колко силно е било – от 0 (няма) до 4 (животозастрашаващо).</translation>
    </message>
    <message>
        <source>Write your note before you save it.</source>
        <translation>Напишете бележката си, преди да я запазите.</translation>
    </message>
    <message>
        <source>Choose a date that is today or earlier.</source>
        <translation>Изберете днешна или по-ранна дата.</translation>
    </message>
    <message>
        <source>The date you stopped must be the same as or after the date you started.</source>
        <translation>Датата на спиране трябва да е същата като датата на започване или след нея.</translation>
    </message>
    <message>
        <source>This is too long: use at most {max} characters.</source>
        <translation>Текстът е твърде дълъг: използвайте най-много {max} знака.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>Grade {grade}: {word}</source>
        <translation>Степен {grade}: {word}</translation>
    </message>
</context>
<context>
    <name>EntryGroup</name>
    <message numerus="yes">
        <source>Show all %n entries</source>
        <translation>
            <numerusform>Показване на всички записи (%n)</numerusform>
            <numerusform>Показване на всички записи (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryRows</name>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Лекарство без име</translation>
    </message>
    <message>
        <source>Unnamed symptom</source>
        <translation>Симптом без име</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>без дата</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>От {date}</translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation>Приема се в момента</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>От {start} до {end}</translation>
    </message>
    <message>
        <source>Stopped {date}</source>
        <translation>Спряно на {date}</translation>
    </message>
    <message>
        <source>Started {date}, stopped</source>
        <translation>Започнато на {date}, спряно</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Спряно</translation>
    </message>
    <message>
        <source>For: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <source>This came back with an imported file: remove that import in Sources to remove it.</source>
        <translation>Този запис е върнат с импортиран файл: за да го премахнете, отменете това импортиране в Източници.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Редактиране</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <source>Edit “{entry}”</source>
        <translation>Редактиране на „{entry}“</translation>
    </message>
    <message>
        <source>Delete “{entry}”</source>
        <translation>Изтриване на „{entry}“</translation>
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
        <source>{label} emergency card</source>
        <translation>{label} спешна карта</translation>
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
        <source>D&amp;ocument:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>Full summary</source>
        <translation>Пълно резюме</translation>
    </message>
    <message>
        <source>Emergency card (wallet size)</source>
        <translation>Спешна карта (за портфейл)</translation>
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
        <source>Save card…</source>
        <translation>Запазване на картата…</translation>
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
    <message>
        <source>Preview of the emergency card</source>
        <translation>Визуализация на спешната карта</translation>
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
    <name>ExportItems</name>
    <message>
        <source>Warnings and alerts</source>
        <translation>Предупреждения и сигнали</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Алергии</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Настоящи лекарства</translation>
    </message>
    <message>
        <source>Active cancer</source>
        <translation>Активно онкологично заболяване</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Медицински изделия</translation>
    </message>
    <message>
        <source>Cancer history and treatment</source>
        <translation>Онкологична история и лечение</translation>
    </message>
    <message>
        <source>Other health problems</source>
        <translation>Други здравословни проблеми</translation>
    </message>
    <message>
        <source>Earlier medicines</source>
        <translation>Предишни лекарства</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Процедури</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Ваксинации</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Резултати от изследвания</translation>
    </message>
    <message>
        <source>Care plan and follow-up</source>
        <translation>План за грижи и проследяване</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Източници</translation>
    </message>
    <message>
        <source>Warning: fever on chemotherapy can mean sepsis</source>
        <translation>Предупреждение: температура по време на химиотерапия може да означава сепсис</translation>
    </message>
    <message>
        <source>Warning: high anthracycline dose, risk to the heart</source>
        <translation>Предупреждение: висока доза антрациклини, риск за сърцето</translation>
    </message>
    <message>
        <source>Warning: anthracycline and chest radiotherapy, risk to the heart</source>
        <translation>Предупреждение: антрациклини и лъчетерапия на гръдния кош, риск за сърцето</translation>
    </message>
    <message>
        <source>Warning: anthracycline, risk to the heart</source>
        <translation>Предупреждение: антрациклини, риск за сърцето</translation>
    </message>
    <message>
        <source>Warning: immunotherapy side effects can appear late</source>
        <translation>Предупреждение: страничните ефекти от имунотерапията може да се появят късно</translation>
    </message>
    <message>
        <source>Warning: implanted venous access port</source>
        <translation>Предупреждение: имплантиран венозен порт</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Алергия</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Диагноза</translation>
    </message>
    <message>
        <source>Health problem</source>
        <translation>Здравословен проблем</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Лекарство</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Противораково лекарство</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Медицинско изделие</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Трансплантация на стволови клетки</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Лъчетерапия</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Схема на лечение</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Туморен маркер</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Ваксинация</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Резултат от изследване</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>План за грижи</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Проследяване</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Няма известни алергии</translation>
    </message>
    <message>
        <source>Stage {stage} ({system})</source>
        <translation>Стадий {stage} ({system})</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Стадий {stage}</translation>
    </message>
    <message>
        <source>Disease status: {status}</source>
        <translation>Състояние на заболяването: {status}</translation>
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
        <translation>Показване на подробностите и произхода</translation>
    </message>
</context>
<context>
    <name>FactWords</name>
    <message>
        <source>Since {date}</source>
        <translation>От {date}</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Лекарство без име</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Няма известни алергии</translation>
    </message>
    <message>
        <source>As your centre recorded it.</source>
        <translation>Както е записано от вашия център.</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Reaction: {reactions}</source>
        <translation>Реакция: {reactions}</translation>
    </message>
    <message>
        <source>An intolerance, not an allergy</source>
        <translation>Непоносимост, а не алергия</translation>
    </message>
    <message>
        <source>Recorded {date}</source>
        <translation>Записано на {date}</translation>
    </message>
    <message>
        <source>Allergy (substance not named)</source>
        <translation>Алергия (веществото не е посочено)</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>лека</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>умерена</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>тежка</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Висок риск</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as high.</source>
        <translation>Вашият център оценява риска от тежка реакция като висок.</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Нисък риск</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as low.</source>
        <translation>Вашият център оценява риска от тежка реакция като нисък.</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Рискът не е оценен</translation>
    </message>
    <message>
        <source>Risk not stated</source>
        <translation>Рискът не е посочен</translation>
    </message>
    <message>
        <source>Your centre did not say how severe a reaction could be.</source>
        <translation>Вашият център не е посочил колко тежка може да бъде реакцията.</translation>
    </message>
    <message>
        <source>Line {number}: {agents}</source>
        <translation>Линия {number}: {agents}</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Лъчетерапия</translation>
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
        <translation>Вторичен рак (метастаза)</translation>
    </message>
    <message>
        <source>It has come back (recurrence).</source>
        <translation>Заболяването се е върнало (рецидив).</translation>
    </message>
    <message>
        <source>Stage not recorded</source>
        <translation>Стадият не е записан</translation>
    </message>
    <message>
        <source>Diagnosed {date}</source>
        <translation>Диагностицирано на {date}</translation>
    </message>
    <message>
        <source>Cancer (name not recorded)</source>
        <translation>Рак (името не е записано)</translation>
    </message>
    <message>
        <source>Device (not named)</source>
        <translation>Медицинско изделие (без име)</translation>
    </message>
    <message>
        <source>Where: {site}</source>
        <translation>Къде: {site}</translation>
    </message>
    <message>
        <source>Risk of a serious infection after chemotherapy</source>
        <translation>Риск от сериозна инфекция след химиотерапия</translation>
    </message>
    <message>
        <source>Immunotherapy side effects can start late</source>
        <translation>Страничните ефекти от имунотерапията може да започнат късно</translation>
    </message>
    <message>
        <source>Heart: a high dose of anthracyclines</source>
        <translation>Сърце: висока доза антрациклини</translation>
    </message>
    <message>
        <source>Heart: anthracyclines and radiotherapy near it</source>
        <translation>Сърце: антрациклини и лъчетерапия в близост до него</translation>
    </message>
    <message>
        <source>Heart: anthracyclines given</source>
        <translation>Сърце: приложени антрациклини</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Имплантиран венозен порт</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Спешно</translation>
    </message>
    <message>
        <source>Act at once if you feel unwell.</source>
        <translation>Действайте веднага, ако не се чувствате добре.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Важно</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>An alert your centre set.</source>
        <translation>Сигнал, поставен от вашия център.</translation>
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
    <message>
        <source>Save a copy of the document</source>
        <translation>Запазване на копие от документа</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>This is a backup, not a summary</source>
        <translation>Това е резервно копие, а не обобщение</translation>
    </message>
    <message>
        <source>{file} is a backup of a whole profile. It is not imported into this record: it is restored as a profile of its own. To restore it, choose Restore from backup in Settings, or drop it on the start screen.</source>
        <translation>{file} е резервно копие на цял профил. То не се импортира в това досие: възстановява се като отделен профил. За да го възстановите, изберете „Възстановяване от резервно копие“ в Настройки или пуснете файла върху началния екран.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Отваряне на Настройки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
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
    <message>
        <source>From {centre} · {country}</source>
        <translation>От {centre} · {country}</translation>
    </message>
    <message>
        <source>From {centre}</source>
        <translation>От {centre}</translation>
    </message>
    <message numerus="yes">
        <source>%n already in your record</source>
        <translation>
            <numerusform>%n вече е в досието ви</numerusform>
            <numerusform>%n вече са в досието ви</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n съобщен и от друг източник</numerusform>
            <numerusform>%n съобщени и от друг източник</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To import: %n new item(s)</source>
        <translation>
            <numerusform>За импортиране: %n нов запис</numerusform>
            <numerusform>За импортиране: %n нови записа</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Вече е в досието ви: нищо ново в този файл.</translation>
    </message>
    <message>
        <source>Will not be imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Няма да бъде импортиран: този файл се отнася за {file_patient}, а не за {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Не е импортиран: този файл се отнася за {file_patient}, а не за {profile_patient}.</translation>
    </message>
    <message>
        <source>Cannot be imported: {reason}</source>
        <translation>Не може да бъде импортиран: {reason}</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Не е импортиран.</translation>
    </message>
</context>
<context>
    <name>ImmunisationsView</name>
    <message>
        <source>Date not stated</source>
        <translation>Датата не е посочена</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Ваксинация</translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>доза {number}</translation>
    </message>
    <message>
        <source>batch {lot}</source>
        <translation>партида {lot}</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Имунизации</translation>
    </message>
    <message>
        <source>Your vaccinations. After cancer treatment some may need to be given again: ask your centre.</source>
        <translation>Вашите ваксинации. След онкологично лечение някои от тях може да трябва да се поставят отново: попитайте вашия център.</translation>
    </message>
    <message>
        <source>Search vaccines</source>
        <translation>Търсене на ваксини</translation>
    </message>
    <message>
        <source>No immunisations recorded yet.</source>
        <translation>Още няма записани имунизации.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Импортирайте обобщение от вашия център.</translation>
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
        <source>Nothing is added to your record until you choose Import.</source>
        <translation>Нищо не се добавя в досието ви, докато не изберете „Импортиране“.</translation>
    </message>
    <message>
        <source>There is nothing new to import: your record stays as it is.</source>
        <translation>Няма нищо ново за импортиране: досието ви остава непроменено.</translation>
    </message>
    <message>
        <source>Nothing has been added yet. Check what each file brings, then choose Import.</source>
        <translation>Все още нищо не е добавено. Проверете какво съдържа всеки файл, след това изберете „Импортиране“.</translation>
    </message>
    <message>
        <source>You cancelled: nothing was imported. Your record is as it was.</source>
        <translation>Отказахте: нищо не е импортирано. Досието ви е както преди.</translation>
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
    <message>
        <source>Add what the files bring to your record</source>
        <translation>Добавяне на съдържанието на файловете в досието ви</translation>
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
        <source>Importing</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>Импортиране на {file} ({number} от {total})…</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s) and {updated} updated.</source>
        <translation>
            <numerusform>Общо: %n нов запис, обновени: {updated}.</numerusform>
            <numerusform>Общо: %n нови записа, обновени: {updated}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s).</source>
        <translation>
            <numerusform>Общо: %n нов запис.</numerusform>
            <numerusform>Общо: %n нови записа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)</source>
        <translation>
            <numerusform>Проверка на %n файл</numerusform>
            <numerusform>Проверка на %n файла</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Проверка преди импортиране</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импортирането е отменено</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спиране…</translation>
    </message>
    <message>
        <source>Reading {file} ({number} of {total})…</source>
        <translation>Четене на {file} ({number} от {total})…</translation>
    </message>
    <message>
        <source>Checking the files</source>
        <translation>Проверка на файловете</translation>
    </message>
    <message>
        <source>Stopping: nothing will be kept…</source>
        <translation>Спиране: нищо няма да бъде запазено…</translation>
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
    <message>
        <source>its readable text (narrative) is missing (no div); everything else was imported</source>
        <translation>липсва четимият текст (наратив, без div); всичко останало е импортирано</translation>
    </message>
    <message>
        <source>{resource} is in the file more than once; the last copy was kept</source>
        <translation>{resource} се среща във файла повече от веднъж; запазено е последното копие</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record</source>
        <translation>сочи към {target}, което го няма нито във файла, нито във вашето досие</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record (other parts of the file refer to it too)</source>
        <translation>сочи към {target}, което го няма нито във файла, нито във вашето досие (и други места във файла сочат към него)</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as}</source>
        <translation>сочи към {target}, записано по начин, който FHIR не позволява; прочетено е като {read_as}</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as} (other parts of the file write it the same way)</source>
        <translation>сочи към {target}, записано по начин, който FHIR не позволява; прочетено е като {read_as} (и други места във файла го записват така)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message numerus="yes">
        <source>{records} and %n more</source>
        <translation>
            <numerusform>{records} и още %n</numerusform>
            <numerusform>{records} и още %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it refers to %n records that are neither in the file nor in your record ({records})</source>
        <translation>
            <numerusform>сочи към %n запис, който го няма нито във файла, нито във вашето досие ({records})</numerusform>
            <numerusform>сочи към %n записа, които ги няма нито във файла, нито във вашето досие ({records})</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry {number}: {reason}.</source>
        <translation>Запис {number}: {reason}.</translation>
    </message>
    <message>
        <source>Line {number}: {reason}.</source>
        <translation>Ред {number}: {reason}.</translation>
    </message>
    <message>
        <source>In the file: {reason}.</source>
        <translation>Във файла: {reason}.</translation>
    </message>
    <message>
        <source>At {place}: {reason}.</source>
        <translation>В {place}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file:</source>
        <translation>
            <numerusform>Във файла е открит %n проблем:</numerusform>
            <numerusform>Във файла са открити %n проблема:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…и още %n.</numerusform>
            <numerusform>…и още %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetailsDialog</name>
    <message>
        <source>you</source>
        <translation>вас</translation>
    </message>
    <message>
        <source>Where this came from is not known.</source>
        <translation>Не е известно откъде идва това.</translation>
    </message>
    <message>
        <source>Reported by {a}.</source>
        <translation>Съобщено от {a}.</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}.</source>
        <translation>Съобщено от {list} и {last}.</translation>
    </message>
    <message>
        <source>Notes from the source</source>
        <translation>Бележки от източника</translation>
    </message>
    <message>
        <source>Original records</source>
        <translation>Оригинални записи</translation>
    </message>
    <message>
        <source>As stored in your record: the first {shown} of {total}.</source>
        <translation>Както е съхранено в досието ви: първите {shown} от {total}.</translation>
    </message>
    <message numerus="yes">
        <source>As stored in your record: %n record(s) from your sources.</source>
        <translation>
            <numerusform>Както е съхранено в досието ви: %n запис от вашите източници.</numerusform>
            <numerusform>Както е съхранено в досието ви: %n записа от вашите източници.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is built from other items; it has no record of its own.</source>
        <translation>Този запис е съставен от други записи и няма собствени изходни данни.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Четене…</translation>
    </message>
    <message>
        <source>Hide the original data</source>
        <translation>Скриване на оригиналните данни</translation>
    </message>
    <message>
        <source>Show the original data</source>
        <translation>Показване на оригиналните данни</translation>
    </message>
    <message>
        <source>The original data (FHIR JSON)</source>
        <translation>Оригиналните данни (FHIR JSON)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>This item is no longer in your record.</source>
        <translation>Този запис вече не е в досието ви.</translation>
    </message>
</context>
<context>
    <name>ItemFacts</name>
    <message>
        <source>{words}, as written: {source}</source>
        <translation>{words}, в оригинал: {source}</translation>
    </message>
    <message>
        <source>Your personal details</source>
        <translation>Вашите лични данни</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Потвърждение</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Край</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадено</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Поява</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Отзвучаване</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Място в тялото</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Нормални стойности</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Тълкуване</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадий</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Скала</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Степен</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеанси</translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation>Облъчени области</translation>
    </message>
    <message>
        <source>Kind of radiotherapy</source>
        <translation>Вид лъчетерапия</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Техника</translation>
    </message>
    <message>
        <source>Kind of transplant</source>
        <translation>Вид трансплантация</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Постигане</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Вид посещение</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Къде</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Схеми на лечение</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Лекарства</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation>Записани стойности</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Приложени файлове</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Раздели</translation>
    </message>
    <message>
        <source>Planned activities</source>
        <translation>Планирани дейности</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Туморен маркер</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущо</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Доза</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Вид запис</translation>
    </message>
    <message>
        <source>Identifier in the file</source>
        <translation>Идентификатор във файла</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Отнася се за</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Резултати</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Въз основа на</translation>
    </message>
    <message>
        <source>Mentioned by</source>
        <translation>Споменато в</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Item of your record</source>
        <translation>Запис от досието ви</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Стадий {stage}</translation>
    </message>
    <message>
        <source>Tumour size and extent (T): {stage}</source>
        <translation>Размер и разпространение на тумора (T): {stage}</translation>
    </message>
    <message>
        <source>Lymph nodes (N): {stage}</source>
        <translation>Лимфни възли (N): {stage}</translation>
    </message>
    <message>
        <source>Spread to other organs (M): {stage}</source>
        <translation>Разпространение в други органи (M): {stage}</translation>
    </message>
    <message>
        <source>clinical (from examinations and scans)</source>
        <translation>клиничен (от прегледи и образни изследвания)</translation>
    </message>
    <message>
        <source>pathological (from the tissue removed)</source>
        <translation>патологичен (от отстранената тъкан)</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Трансплантация на стволови клетки</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>with your own stem cells (autologous)</source>
        <translation>с ваши собствени стволови клетки (автоложна)</translation>
    </message>
    <message>
        <source>with a donor&apos;s stem cells (allogeneic)</source>
        <translation>със стволови клетки от донор (алогенна)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>положителен</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>отрицателен</translation>
    </message>
    <message>
        <source>uncertain (equivocal)</source>
        <translation>неопределен (съмнителен)</translation>
    </message>
    <message>
        <source>edition {n}</source>
        <translation>издание {n}</translation>
    </message>
    <message>
        <source>Staging system</source>
        <translation>Система за стадиране</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>boost</source>
        <translation>допълнителна доза (буст)</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Лъчетерапия</translation>
    </message>
    <message>
        <source>Highest total dose</source>
        <translation>Най-висока обща доза</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Изследване</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Резултати от изследвания</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Последен</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Първи</translation>
    </message>
    <message>
        <source>Treatment line {number}</source>
        <translation>Линия на лечение {number}</translation>
    </message>
    <message>
        <source>Line of cancer medicines</source>
        <translation>Линия на противораково лечение</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Състояние на заболяването</translation>
    </message>
    <message>
        <source>Performance status</source>
        <translation>Функционален статус</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Схема на лечение</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>План за грижи</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Проследяване</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>Visit or stay</source>
        <translation>Посещение или престой</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Лекарство</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>на всеки {days} дни</translation>
    </message>
    <message>
        <source>{dose} (some doses could not be counted)</source>
        <translation>{dose} (някои дози не можаха да бъдат преброени)</translation>
    </message>
    <message>
        <source>As the source names it</source>
        <translation>Наименование в източника</translation>
    </message>
    <message>
        <source>Treatment line</source>
        <translation>Линия на лечение</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Цикли</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Кумулативна доза</translation>
    </message>
    <message>
        <source>Prescribed dose</source>
        <translation>Предписана доза</translation>
    </message>
    <message>
        <source>Doses given</source>
        <translation>Приложени дози</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Начин на приемане</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Записано като</translation>
    </message>
    <message>
        <source>Taken now</source>
        <translation>Приема се в момента</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Веществото не е посочено</translation>
    </message>
    <message>
        <source>Statement: no known allergy</source>
        <translation>Изявление: няма известни алергии</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Алергия</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Вещество</translation>
    </message>
    <message>
        <source>Risk of a serious reaction</source>
        <translation>Риск от тежка реакция</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Реакции</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Медицинско изделие</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Имплантиран венозен порт</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Онкологична диагноза</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Кодове</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Kind of cell (morphology)</source>
        <translation>Вид клетки (морфология)</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Дата на диагнозата</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Заболяване</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Ваксинация</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Ваксина</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>Номер на дозата</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партида</translation>
    </message>
    <message>
        <source>Symptom or side effect you noted</source>
        <translation>Симптом или страничен ефект, отбелязан от вас</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Вашата бележка</translation>
    </message>
    <message>
        <source>Medicine you noted</source>
        <translation>Лекарство, отбелязано от вас</translation>
    </message>
    <message>
        <source>In My entries, where you can change or delete it.</source>
        <translation>В „Моите записи“, където можете да го промените или изтриете.</translation>
    </message>
    <message>
        <source>How bad it was</source>
        <translation>Колко силно беше</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Запазено</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Къде се пази</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>All events</source>
        <translation>Всички събития</translation>
    </message>
    <message>
        <source>All cancer treatments</source>
        <translation>Цялото онкологично лечение</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Всички източници</translation>
    </message>
    <message>
        <source>You (My entries)</source>
        <translation>Вие (Моите записи)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n събитие</numerusform>
            <numerusform>%n събития</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} events shown</source>
        <translation>
            <numerusform>Показани събития: %n от {total}</numerusform>
            <numerusform>Показани събития: %n от {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer journey</source>
        <translation>Ход на заболяването</translation>
    </message>
    <message>
        <source>Everything in your record that has a date, oldest first. Choose an event to see its details and where it came from.</source>
        <translation>Всичко в досието ви, което има дата, от най-старото. Изберете събитие, за да видите подробностите и откъде идва.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показване</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Kind of event to show</source>
        <translation>Вид събития за показване</translation>
    </message>
    <message>
        <source>Source to show</source>
        <translation>Източник за показване</translation>
    </message>
    <message>
        <source>Events in your cancer journey</source>
        <translation>Събития в хода на заболяването ви</translation>
    </message>
    <message>
        <source>No events match these choices.</source>
        <translation>Няма събития, които отговарят на този избор.</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Показване на всички събития</translation>
    </message>
    <message>
        <source>No cancer journey yet</source>
        <translation>Още няма събития в хода на заболяването</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your diagnosis, treatments, tests and check-ups then appear here in date order, each with where it came from.</source>
        <translation>Импортирайте обобщение от вашия онкологичен център. Тогава диагнозата, леченията, изследванията и контролните прегледи ще се появят тук по дати, всяко с информация откъде идва.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Импортиране на обобщение</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Неизвестна дата</translation>
    </message>
    <message>
        <source>Diagnosis and stage</source>
        <translation>Диагноза и стадий</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Хирургично лечение</translation>
    </message>
    <message>
        <source>Cancer medicines</source>
        <translation>Противоракови лекарства</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Лъчетерапия</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Трансплантации на стволови клетки</translation>
    </message>
    <message>
        <source>Tests and scans</source>
        <translation>Изследвания и образна диагностика</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>Състояние на заболяването</translation>
    </message>
    <message>
        <source>Check-ups and plans</source>
        <translation>Контролни прегледи и планове</translation>
    </message>
    <message>
        <source>Side effects you noted</source>
        <translation>Странични ефекти, отбелязани от вас</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Вашите бележки</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Други събития</translation>
    </message>
    <message>
        <source>Line {number} of cancer medicines</source>
        <translation>Линия {number} на противораковото лечение</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Противораково лекарство</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Схема на лечение</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>План за грижи</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Лабораторен резултат</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Хистологичен резултат</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Доклад от изследване</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Стадий {stage}</translation>
    </message>
    <message>
        <source>stage {stage}</source>
        <translation>стадий {stage}</translation>
    </message>
    <message>
        <source>clinical</source>
        <translation>клиничен</translation>
    </message>
    <message>
        <source>pathological</source>
        <translation>патологичен</translation>
    </message>
    <message>
        <source>{system}, edition {edition}</source>
        <translation>{system}, издание {edition}</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>положителен</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>отрицателен</translation>
    </message>
    <message>
        <source>equivocal</source>
        <translation>неопределен</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n резултат</numerusform>
            <numerusform>%n резултата</numerusform>
        </translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>доза {number}</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>продължава</translation>
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
    <name>ListRecordView</name>
    <message>
        <source>Import summary</source>
        <translation>Импортиране на обобщение</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Четене на досието ви…</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Нищо не съответства на „{text}“.</translation>
    </message>
    <message>
        <source>Try fewer or other words.</source>
        <translation>Опитайте с по-малко или с други думи.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Изчистване на търсенето</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Recognised as {medicine} (ATC code {code}).</source>
        <translation>Разпознато като {medicine} (ATC код {code}).</translation>
    </message>
    <message>
        <source>As it is written on the box, for example: Paracetamol 500 mg.</source>
        <translation>Както е изписано на опаковката, например: Парацетамол 500 mg.</translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation>Име на лекарството</translation>
    </message>
    <message>
        <source>Change a medicine</source>
        <translation>Промяна на лекарство</translation>
    </message>
    <message>
        <source>Add a medicine you take</source>
        <translation>Добавяне на лекарство, което приемате</translation>
    </message>
    <message>
        <source>How much and how often (optional)</source>
        <translation>Колко и колко често (по желание)</translation>
    </message>
    <message>
        <source>For example: 1 tablet twice a day.</source>
        <translation>Например: 1 таблетка два пъти дневно.</translation>
    </message>
    <message>
        <source>What you take it for (optional)</source>
        <translation>За какво го приемате (по желание)</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Кога започнахте</translation>
    </message>
    <message>
        <source>I still take it</source>
        <translation>Все още го приемам</translation>
    </message>
    <message>
        <source>When you stopped</source>
        <translation>Кога спряхте</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Нещо друго (по желание)</translation>
    </message>
</context>
<context>
    <name>MedicationsView</name>
    <message>
        <source>Current medicines</source>
        <translation>Настоящи лекарства</translation>
    </message>
    <message>
        <source>Past medicines</source>
        <translation>Предишни лекарства</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Лекарство без име</translation>
    </message>
    <message>
        <source>treatment line {number}</source>
        <translation>линия на лечение {number}</translation>
    </message>
    <message>
        <source>Cumulative dose {dose}</source>
        <translation>Кумулативна доза {dose}</translation>
    </message>
    <message>
        <source>Cumulative dose at least {dose}</source>
        <translation>Кумулативна доза поне {dose}</translation>
    </message>
    <message numerus="yes">
        <source>{given} of %n cycle(s)</source>
        <translation>
            <numerusform>{given} от %n цикъл</numerusform>
            <numerusform>{given} от %n цикъла</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n цикъл</numerusform>
            <numerusform>%n цикъла</numerusform>
        </translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Друго лекарство</translation>
    </message>
    <message>
        <source>for {reasons}</source>
        <translation>причина: {reasons}</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Лекарства</translation>
    </message>
    <message>
        <source>The medicines you take now and took before: cancer medicines and all others.</source>
        <translation>Лекарствата, които приемате сега и сте приемали преди: противоракови и всички други.</translation>
    </message>
    <message>
        <source>Search medicines</source>
        <translation>Търсене на лекарства</translation>
    </message>
    <message>
        <source>No medicines recorded yet.</source>
        <translation>Още няма записани лекарства.</translation>
    </message>
    <message>
        <source>Import a summary from your centre. You can also add what you take in My entries.</source>
        <translation>Импортирайте обобщение от вашия център. Можете също да добавите какво приемате в „Моите записи“.</translation>
    </message>
</context>
<context>
    <name>MyEntriesView</name>
    <message>
        <source>Delete this entry?</source>
        <translation>Да се изтрие ли този запис?</translation>
    </message>
    <message>
        <source>“{entry}” ({date}) is deleted from your record. What your centres sent stays as it is. You can undo this straight away.</source>
        <translation>„{entry}“ ({date}) се изтрива от досието ви. Изпратеното от вашите центрове остава непроменено. Можете да отмените това веднага.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Изтриване на записа</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <source>“{entry}” was deleted.</source>
        <translation>Записът „{entry}“ е изтрит.</translation>
    </message>
    <message>
        <source>Your entries could not be changed</source>
        <translation>Записите ви не можаха да бъдат променени</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>My entries</source>
        <translation>Моите записи</translation>
    </message>
    <message>
        <source>What you write down yourself: medicines you take, side effects and notes for your next visit. They are marked as reported by you wherever they appear, also in the summaries you export.</source>
        <translation>Това, което записвате сами: лекарства, които приемате, странични ефекти и бележки за следващото посещение. Навсякъде, където се появяват, включително в резюметата, които експортирате, те са отбелязани като съобщени от вас.</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Добавяне на лекарство</translation>
    </message>
    <message>
        <source>Add symptom or side effect</source>
        <translation>Добавяне на симптом или страничен ефект</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавяне на бележка</translation>
    </message>
    <message>
        <source>Nothing written down yet</source>
        <translation>Още няма записи</translation>
    </message>
    <message>
        <source>Write down medicines you take, side effects and notes for your next visit. They stay on this computer, marked as reported by you.</source>
        <translation>Записвайте лекарствата, които приемате, страничните ефекти и бележки за следващото посещение. Те остават на този компютър, отбелязани като съобщени от вас.</translation>
    </message>
    <message>
        <source>Medications I take</source>
        <translation>Лекарства, които приемам</translation>
    </message>
    <message>
        <source>Symptoms and side effects</source>
        <translation>Симптоми и странични ефекти</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмяна</translation>
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
    <name>NextWords</name>
    <message>
        <source>Appointment booked</source>
        <translation>Записан час</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Asked for by your care team</source>
        <translation>Поискано от екипа, който се грижи за вас</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Проследяване</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Утре</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>След %n ден</numerusform>
            <numerusform>След %n дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s)</source>
        <translation>
            <numerusform>След %n седмица</numerusform>
            <numerusform>След %n седмици</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>След %n месец</numerusform>
            <numerusform>След %n месеца</numerusform>
        </translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>План за грижи</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и още %n</numerusform>
            <numerusform>и още %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation>До {date}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>От {date}</translation>
    </message>
    <message>
        <source>{activity}: {schedule}</source>
        <translation>{activity}: {schedule}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>всеки ден</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>на всеки %n ден</numerusform>
            <numerusform>на всеки %n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>every week</source>
        <translation>всяка седмица</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>на всяка %n седмица</numerusform>
            <numerusform>на всеки %n седмици</numerusform>
        </translation>
    </message>
    <message>
        <source>every month</source>
        <translation>всеки месец</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>на всеки %n месец</numerusform>
            <numerusform>на всеки %n месеца</numerusform>
        </translation>
    </message>
    <message>
        <source>every year</source>
        <translation>всяка година</translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>на всяка %n година</numerusform>
            <numerusform>на всеки %n години</numerusform>
        </translation>
    </message>
    <message>
        <source>Normal range: {range}</source>
        <translation>Нормални стойности: {range}</translation>
    </message>
    <message>
        <source>Unnamed test</source>
        <translation>Изследване без име</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Висок</translation>
    </message>
    <message>
        <source>Above the normal range</source>
        <translation>Над нормалните стойности</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Нисък</translation>
    </message>
    <message>
        <source>Below the normal range</source>
        <translation>Под нормалните стойности</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Outside the normal range</source>
        <translation>Извън нормалните стойности</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Нормален</translation>
    </message>
    <message>
        <source>Within the normal range</source>
        <translation>В рамките на нормалните стойности</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Няма стойност</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Change a note</source>
        <translation>Промяна на бележка</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Добавяне на бележка</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Вашата бележка</translation>
    </message>
    <message>
        <source>For example: questions for your next visit, or how you have been.</source>
        <translation>Например: въпроси за следващото посещение или как сте се чувствали.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>OriginalFields</name>
    <message>
        <source>Identifier in the file</source>
        <translation>Идентификатор във файла</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Доза</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>You entered this yourself</source>
        <translation>Въведено от вас</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Промени</translation>
    </message>
    <message>
        <source>(The rest is not shown.)</source>
        <translation>(Останалото не е показано.)</translation>
    </message>
</context>
<context>
    <name>OtherRecordsView</name>
    <message>
        <source>No title</source>
        <translation>Без заглавие</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без дата</translation>
    </message>
    <message>
        <source>{type} in the file</source>
        <translation>{type} във файла</translation>
    </message>
    <message>
        <source>Identifier: {id}</source>
        <translation>Идентификатор: {id}</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Без име</translation>
    </message>
    <message numerus="yes">
        <source>mentioned by %n item(s) of your record</source>
        <translation>
            <numerusform>споменат в %n запис от досието ви</numerusform>
            <numerusform>споменат в %n записа от досието ви</numerusform>
        </translation>
    </message>
    <message>
        <source>not mentioned by any item of your record</source>
        <translation>не е споменат в нито един запис от досието ви</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Други записи</translation>
    </message>
    <message>
        <source>Everything else your summaries contain. The app does not interpret these records, but nothing is hidden: open one to see what it says.</source>
        <translation>Всичко друго, което съдържат вашите обобщения. Приложението не тълкува тези записи, но нищо не е скрито: отворете запис, за да видите какво пише в него.</translation>
    </message>
    <message>
        <source>Search other records</source>
        <translation>Търсене в други записи</translation>
    </message>
    <message>
        <source>No other records.</source>
        <translation>Няма други записи.</translation>
    </message>
    <message>
        <source>Everything your summaries contain is shown in the other parts of your record. Import a summary from your centre to add more.</source>
        <translation>Всичко, което съдържат вашите обобщения, е показано в другите части на досието ви. Импортирайте обобщение от вашия център, за да добавите още.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>See all %n</source>
        <translation>
            <numerusform>Вижте всички (%n)</numerusform>
            <numerusform>Вижте всички (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Вижте всички</translation>
    </message>
    <message>
        <source>No allergies recorded. Tell every doctor about any you have.</source>
        <translation>Няма записани алергии. Казвайте на всеки лекар за алергиите, които имате.</translation>
    </message>
    <message>
        <source>No current medicines recorded. Tell every doctor what you take.</source>
        <translation>Няма записани настоящи лекарства. Казвайте на всеки лекар какво приемате.</translation>
    </message>
    <message>
        <source>No active cancer recorded.</source>
        <translation>Няма записано активно онкологично заболяване.</translation>
    </message>
    <message>
        <source>No current cancer treatment recorded.</source>
        <translation>Няма записано текущо онкологично лечение.</translation>
    </message>
    <message>
        <source>No devices recorded, such as a port.</source>
        <translation>Няма записани медицински изделия, например венозен порт.</translation>
    </message>
    <message>
        <source>No alerts follow from what your record holds.</source>
        <translation>От съдържанието на досието ви не следват сигнали.</translation>
    </message>
    <message>
        <source>No upcoming appointments are recorded. Ask your centre when your next check-up is.</source>
        <translation>Няма записани предстоящи посещения. Попитайте вашия център кога е следващият ви контролен преглед.</translation>
    </message>
    <message>
        <source>No lab results or measurements are recorded yet.</source>
        <translation>Още няма записани лабораторни резултати или измервания.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n запис общо</numerusform>
            <numerusform>%n записа общо</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>Imported from: {sources}</source>
        <translation>Импортирано от: {sources}</translation>
    </message>
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
        <source>Overview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Четене на досието ви…</translation>
    </message>
    <message>
        <source>Reading your record</source>
        <translation>Четене на досието ви</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Досието ви е празно</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Import a summary from your centre to see your allergies, medicines, diagnosis and results here.</source>
        <translation>В този профил още нищо не е импортирано. Импортирайте обобщение от вашия център, за да видите тук алергиите, лекарствата, диагнозата и резултатите си.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Импортиране на обобщение</translation>
    </message>
    <message>
        <source>For any doctor</source>
        <translation>За всеки лекар</translation>
    </message>
    <message>
        <source>See all allergies and alerts</source>
        <translation>Вижте всички алергии и сигнали</translation>
    </message>
    <message>
        <source>Medicines you take now</source>
        <translation>Лекарства, които приемате сега</translation>
    </message>
    <message>
        <source>See all medicines</source>
        <translation>Вижте всички лекарства</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Онкологично заболяване</translation>
    </message>
    <message>
        <source>See your cancer journey</source>
        <translation>Вижте хода на заболяването</translation>
    </message>
    <message>
        <source>Cancer treatment now</source>
        <translation>Текущо онкологично лечение</translation>
    </message>
    <message>
        <source>See all treatments</source>
        <translation>Вижте цялото лечение</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Медицински изделия</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Сигнали</translation>
    </message>
    <message>
        <source>Next follow-ups</source>
        <translation>Следващи контролни прегледи</translation>
    </message>
    <message>
        <source>Latest results</source>
        <translation>Последни резултати</translation>
    </message>
    <message>
        <source>See all results</source>
        <translation>Вижте всички резултати</translation>
    </message>
    <message>
        <source>What is in your record</source>
        <translation>Какво има в досието ви</translation>
    </message>
    <message>
        <source>See all sources</source>
        <translation>Вижте всички източници</translation>
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
    <name>PdfPage</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} от {count}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предишна страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следваща страница</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>По-малко</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Намаляване</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>По-голямо</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличаване</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Побиране по ширина</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF документ</translation>
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
        <source>Imaging</source>
        <translation>Образна диагностика</translation>
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
        <source>Line of cancer medicines</source>
        <translation>Линия на противораково лечение</translation>
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
        <source>Symptom or side effect</source>
        <translation>Симптом или страничен ефект</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Вашата бележка</translation>
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
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>още %n източник</numerusform>
            <numerusform>още %n източника</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и още %n</numerusform>
            <numerusform>и още %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) given</source>
        <translation>
            <numerusform>%n приложен цикъл</numerusform>
            <numerusform>%n приложени цикъла</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n планиран цикъл</numerusform>
            <numerusform>%n планирани цикъла</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n приложение</numerusform>
            <numerusform>%n приложения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n fraction(s)</source>
        <translation>
            <numerusform>в %n фракция</numerusform>
            <numerusform>в %n фракции</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n стойност</numerusform>
            <numerusform>%n стойности</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n time(s) by later imports</source>
        <translation>
            <numerusform>обновено %n път от по-късни импортирания</numerusform>
            <numerusform>обновено %n пъти от по-късни импортирания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation>
            <numerusform>още %n знак</numerusform>
            <numerusform>още %n знака</numerusform>
        </translation>
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
        <source>Cancer journey</source>
        <translation>Ход на заболяването</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Лечение</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Резултати</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Лекарства</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Алергии и сигнали</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Заболявания</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Имунизации</translation>
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
        <source>My entries</source>
        <translation>Моите записи</translation>
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
    <name>RecordText</name>
    <message>
        <source>{start} to {end}</source>
        <translation>от {start} до {end}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>от {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>No value: {reason}</source>
        <translation>Няма стойност: {reason}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>до {high}</translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation>от {low}</translation>
    </message>
    <message>
        <source>Chemotherapy (anthracycline)</source>
        <translation>Химиотерапия (антрациклин)</translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation>Имунотерапия</translation>
    </message>
    <message>
        <source>Hormone therapy</source>
        <translation>Хормонална терапия</translation>
    </message>
    <message>
        <source>Targeted therapy</source>
        <translation>Таргетна терапия</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Химиотерапия</translation>
    </message>
    <message>
        <source>Supportive medicine</source>
        <translation>Поддържащо лекарство</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Противораково лекарство</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активно</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завършено</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>спряно</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>временно спряно</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>планирано</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>чернова</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>оттеглено</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в ход</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>в подготовка</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не е извършено</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>не е прието</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>въведено по грешка</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>неизвестен статус</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончателно</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>предварително</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>коригирано</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>регистрирано</translation>
    </message>
    <message>
        <source>current</source>
        <translation>актуално</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>заменено с по-нова версия</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивно</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>насрочено</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>проведено</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>пропуснато</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>в очакване</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>в листата на чакащите</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>заявено</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>прието</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отхвърлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>неуспешно</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>пациентът е пристигнал</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>приключило</translation>
    </message>
    <message>
        <source>available</source>
        <translation>налично</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>не е налично</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>появило се отново</translation>
    </message>
    <message>
        <source>relapse</source>
        <translation>рецидив</translation>
    </message>
    <message>
        <source>in remission</source>
        <translation>в ремисия</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>отзвучало</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>потвърдено</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>непотвърдено</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>временно</translation>
    </message>
    <message>
        <source>one of several possibilities</source>
        <translation>една от няколко възможности</translation>
    </message>
    <message>
        <source>presumed</source>
        <translation>предполагаемо</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>изключено</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Висок риск</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Нисък риск</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Рискът не е оценен</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Алергия</translation>
    </message>
    <message>
        <source>Intolerance</source>
        <translation>Непоносимост</translation>
    </message>
    <message>
        <source>food</source>
        <translation>храна</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>лекарство</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>околна среда</translation>
    </message>
    <message>
        <source>biological product</source>
        <translation>биологичен продукт</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>лека</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>умерена</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>тежка</translation>
    </message>
    <message>
        <source>reported as taken</source>
        <translation>съобщено като приемано</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>предписано</translation>
    </message>
    <message>
        <source>given</source>
        <translation>приложено</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>отпуснато</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не е приложено</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>поставено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>премахнато</translation>
    </message>
    <message>
        <source>no longer in use</source>
        <translation>вече не се използва</translation>
    </message>
    <message>
        <source>not in use for now</source>
        <translation>временно не се използва</translation>
    </message>
    <message>
        <source>Insurance claims</source>
        <translation>Искания към застраховател</translation>
    </message>
    <message>
        <source>Insurance statements</source>
        <translation>Отчети от застраховател</translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation>Здравноосигурително покритие</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Сигнали</translation>
    </message>
    <message>
        <source>Warnings about treatment</source>
        <translation>Предупреждения за лечението</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения и измервания</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Въпросници</translation>
    </message>
    <message>
        <source>Answered questionnaires</source>
        <translation>Попълнени въпросници</translation>
    </message>
    <message>
        <source>Imaging studies</source>
        <translation>Образни изследвания</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Фамилна анамнеза</translation>
    </message>
    <message>
        <source>Clinical assessments</source>
        <translation>Клинични оценки</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Оценки на риска</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Съобщения</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Съгласия</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Нежелани събития</translation>
    </message>
    <message>
        <source>Nutrition orders</source>
        <translation>Хранителни предписания</translation>
    </message>
    <message>
        <source>Treatment protocols</source>
        <translation>Схеми на лечение</translation>
    </message>
    <message>
        <source>Research studies</source>
        <translation>Клинични проучвания</translation>
    </message>
    <message>
        <source>Research participation</source>
        <translation>Участие в клинични проучвания</translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation>Епизоди на грижа</translation>
    </message>
    <message>
        <source>Visits and stays</source>
        <translation>Посещения и престои</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Процедури</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Заболявания</translation>
    </message>
    <message>
        <source>Medicine statements</source>
        <translation>Сведения за приемани лекарства</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Рецепти и предписания</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Приложени лекарства</translation>
    </message>
    <message>
        <source>Medicines dispensed</source>
        <translation>Отпуснати лекарства</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Доклади</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Обобщения</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлове</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Ваксинации</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Алергии</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Медицински изделия</translation>
    </message>
    <message>
        <source>Device use</source>
        <translation>Употреба на медицински изделия</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Планове за грижи</translation>
    </message>
    <message>
        <source>Requests for care</source>
        <translation>Направления и заявки</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Записани часове</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Данни за пациента</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Health professionals</source>
        <translation>Медицински специалисти</translation>
    </message>
    <message>
        <source>Roles of health professionals</source>
        <translation>Роли на медицинските специалисти</translation>
    </message>
    <message>
        <source>Medicines as products</source>
        <translation>Лекарствени продукти</translation>
    </message>
    <message>
        <source>Where records came from</source>
        <translation>Произход на записите</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Body structures</source>
        <translation>Телесни структури</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Проби</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Вещества</translation>
    </message>
    <message>
        <source>Relatives and carers</source>
        <translation>Близки и хора, които се грижат за вас</translation>
    </message>
    <message>
        <source>Care teams</source>
        <translation>Екипи за грижи</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакети</translation>
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
    <name>Results</name>
    <message>
        <source>{low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>от {start} до {end}</translation>
    </message>
    <message>
        <source>No value ({reason})</source>
        <translation>Няма стойност ({reason})</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Няма стойност</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>below {value}</source>
        <translation>под {value}</translation>
    </message>
    <message>
        <source>above {value}</source>
        <translation>над {value}</translation>
    </message>
    <message>
        <source>↑ High</source>
        <translation>↑ Висок</translation>
    </message>
    <message>
        <source>↓ Low</source>
        <translation>↓ Нисък</translation>
    </message>
    <message>
        <source>! Outside the normal range</source>
        <translation>! Извън нормалните стойности</translation>
    </message>
    <message>
        <source>Date not given</source>
        <translation>Датата не е посочена</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n резултат</numerusform>
            <numerusform>%n резултата</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Нормални стойности</translation>
    </message>
    <message>
        <source>High or low</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Not in the chart: not a number</source>
        <translation>Не е в графиката: не е число</translation>
    </message>
    <message>
        <source>Not in the chart: another unit</source>
        <translation>Не е в графиката: друга мерна единица</translation>
    </message>
    <message>
        <source>Not in the chart: no date</source>
        <translation>Не е в графиката: без дата</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>No test matches “{words}”.</source>
        <translation>Няма изследване, което да отговаря на „{words}“.</translation>
    </message>
    <message>
        <source>Normal range ({range})</source>
        <translation>Нормални стойности ({range})</translation>
    </message>
    <message>
        <source>Given as a limit (such as “&lt; 5”)</source>
        <translation>Зададено като граница (например „&lt; 5“)</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Лъчетерапия</translation>
    </message>
    <message numerus="yes">
        <source>{agents} and %n more</source>
        <translation>
            <numerusform>{agents} и още %n</numerusform>
            <numerusform>{agents} и още %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer medicines, line {number}: {agents}</source>
        <translation>Противоракови лекарства, линия {number}: {agents}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n резултат от {first} до {last}</numerusform>
            <numerusform>%n резултата от {first} до {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>normal range {range}</source>
        <translation>нормални стойности {range}</translation>
    </message>
    <message>
        <source>tumour marker</source>
        <translation>туморен маркер</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in words, not numbers: in the table only.</source>
        <translation>
            <numerusform>%n резултат с думи, а не с числа: само в таблицата.</numerusform>
            <numerusform>%n резултата с думи, а не с числа: само в таблицата.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in another unit ({units}): in the table only. The chart shows {unit}.</source>
        <translation>
            <numerusform>%n резултат в друга мерна единица ({units}): само в таблицата. Графиката показва {unit}.</numerusform>
            <numerusform>%n резултата в друга мерна единица ({units}): само в таблицата. Графиката показва {unit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) without a date: in the table only.</source>
        <translation>
            <numerusform>%n резултат без дата: само в таблицата.</numerusform>
            <numerusform>%n резултата без дата: само в таблицата.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart for this test: its results are not numbers on a date. They are all in the table below.</source>
        <translation>За това изследване няма графика: резултатите му не са числа с дата. Всички са в таблицата по-долу.</translation>
    </message>
    <message>
        <source>Chart of {name}</source>
        <translation>Графика на {name}</translation>
    </message>
    <message>
        <source>Table of {name}: the values of the chart</source>
        <translation>Таблица на {name}: стойностите от графиката</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Резултати</translation>
    </message>
    <message>
        <source>Your test results over time. Choose a test to see its chart; the shaded bands show its normal range and your cancer treatment.</source>
        <translation>Вашите резултати от изследвания във времето. Изберете изследване, за да видите графиката му; оцветените ивици показват нормалните стойности и вашето онкологично лечение.</translation>
    </message>
    <message>
        <source>Search tests</source>
        <translation>Търсене на изследвания</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Изследвания</translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation>Още няма резултати от изследвания</translation>
    </message>
    <message>
        <source>Import a summary from your centre to see your blood tests and other results here.</source>
        <translation>Импортирайте обобщение от вашия център, за да видите тук кръвните си изследвания и другите резултати.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Импортиране на обобщение</translation>
    </message>
</context>
<context>
    <name>SelectionTree</name>
    <message>
        <source>Nothing recorded</source>
        <translation>Нищо не е записано</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Пропуснато</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n източник</numerusform>
            <numerusform>%n източника</numerusform>
        </translation>
    </message>
    <message>
        <source>{included} of {total}</source>
        <translation>{included} от {total}</translation>
    </message>
    <message numerus="yes">
        <source>{included} of %n item(s) included</source>
        <translation>
            <numerusform>Включени {included} от %n запис</numerusform>
            <numerusform>Включени {included} от %n записа</numerusform>
        </translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Какво да се включи</translation>
    </message>
    <message>
        <source>Sections of the summary, emergency information first, with their items. Space turns the selected one on or off.</source>
        <translation>Разделите на резюмето с техните записи, първо информацията за спешни случаи. Клавишът за интервал включва или изключва избрания ред.</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>Раздел или запис</translation>
    </message>
    <message>
        <source>Date or count</source>
        <translation>Дата или брой</translation>
    </message>
    <message>
        <source>What you leave out is also left out of the emergency card and of the IPS file, inside the PDF and exported. The IPS file then says that information was withheld.</source>
        <translation>Каквото пропуснете, се пропуска и в спешната карта, и във файла IPS – както в приложения към PDF, така и в експортирания. Тогава файлът IPS посочва, че част от информацията не е предоставена.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>Връщане по &amp;подразбиране</translation>
    </message>
    <message>
        <source>Include everything again, except what the sources marked as an error</source>
        <translation>Повторно включване на всичко освен отбелязаното от източниците като грешка</translation>
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
    <name>SourceChips</name>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>още %n източник</numerusform>
            <numerusform>още %n източника</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by you</source>
        <translation>Съобщено от вас</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Източник без име</translation>
    </message>
    <message>
        <source>You entered this yourself (My entries).</source>
        <translation>Въведено от вас („Моите записи“).</translation>
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
        <source>you</source>
        <translation>вас</translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation>Неизвестен източник</translation>
    </message>
    <message>
        <source>Reported by {a}</source>
        <translation>Съобщено от {a}</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}</source>
        <translation>Съобщено от {list} и {last}</translation>
    </message>
</context>
<context>
    <name>SourceDetails</name>
    <message>
        <source>{added} new, {updated} updated, {unchanged} already in your record, {linked} also reported by another source</source>
        <translation>нови: {added}, обновени: {updated}, вече в досието ви: {unchanged}, съобщени и от друг източник: {linked}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more that were not kept.</source>
        <translation>
            <numerusform>…и още %n, който не е запазен.</numerusform>
            <numerusform>…и още %n, които не са запазени.</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Център</translation>
    </message>
    <message>
        <source>Not named in the file</source>
        <translation>Не е посочен във файла</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирано</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Какво донесе</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>Отпечатък на файла (SHA-256)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file</source>
        <translation>
            <numerusform>Във файла е открит %n проблем</numerusform>
            <numerusform>Във файла са открити %n проблема</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found in the file</source>
        <translation>Във файла не са открити проблеми</translation>
    </message>
    <message>
        <source>Details of this import</source>
        <translation>Подробности за това импортиране</translation>
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
    <message numerus="yes">
        <source>⚠ %n problem(s) found in the file: see the details</source>
        <translation>
            <numerusform>⚠ Във файла е открит %n проблем: вижте подробностите</numerusform>
            <numerusform>⚠ Във файла са открити %n проблема: вижте подробностите</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Скриване на подробностите</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Details of the import from {source}</source>
        <translation>Подробности за импортирането от {source}</translation>
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
    <name>SymptomDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Изберете…</translation>
    </message>
    <message>
        <source>Change a symptom or side effect</source>
        <translation>Промяна на симптом или страничен ефект</translation>
    </message>
    <message>
        <source>Add a symptom or side effect</source>
        <translation>Добавяне на симптом или страничен ефект</translation>
    </message>
    <message>
        <source>What did you have?</source>
        <translation>Какво имахте?</translation>
    </message>
    <message>
        <source>Describe it</source>
        <translation>Опишете го</translation>
    </message>
    <message>
        <source>A few words, for example: cramps in my legs.</source>
        <translation>Няколко думи, например: крампи в краката.</translation>
    </message>
    <message>
        <source>How bad was it?</source>
        <translation>Колко силно беше?</translation>
    </message>
    <message>
        <source>The grades are those doctors use for side effects of cancer treatment.</source>
        <translation>Това са степените, които лекарите използват за страничните ефекти от онкологичното лечение.</translation>
    </message>
    <message>
        <source>When did you have it?</source>
        <translation>Кога го имахте?</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Нещо друго (по желание)</translation>
    </message>
    <message>
        <source>For example: how long it lasted, or what helped.</source>
        <translation>Например: колко дълго продължи или какво помогна.</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Text of the document</source>
        <translation>Текст на документа</translation>
    </message>
</context>
<context>
    <name>TreatmentText</name>
    <message>
        <source>to {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>от {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>stated by the centre</source>
        <translation>посочено от центъра</translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s)</source>
        <translation>
            <numerusform>сбор от %n доза</numerusform>
            <numerusform>сбор от %n дози</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s), per m²</source>
        <translation>
            <numerusform>сбор от %n доза, на m²</numerusform>
            <numerusform>сбор от %n дози, на m²</numerusform>
        </translation>
    </message>
    <message>
        <source>some doses could not be counted</source>
        <translation>някои дози не можаха да бъдат преброени</translation>
    </message>
    <message>
        <source>{dose} in total</source>
        <translation>{dose} общо</translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n приложение</numerusform>
            <numerusform>%n приложения</numerusform>
        </translation>
    </message>
    <message>
        <source>{given} of {planned} cycles</source>
        <translation>{given} от {planned} цикъла</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n цикъл</numerusform>
            <numerusform>%n цикъла</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n планиран цикъл</numerusform>
            <numerusform>%n планирани цикъла</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>на всеки %n ден</numerusform>
            <numerusform>на всеки %n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущо</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завършено</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Спряно</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>линия {number}</translation>
    </message>
    <message>
        <source>Site not stated</source>
        <translation>Мястото не е посочено</translation>
    </message>
    <message numerus="yes">
        <source>%n fraction(s)</source>
        <translation>
            <numerusform>%n фракция</numerusform>
            <numerusform>%n фракции</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose} Gy in %n fraction(s)</source>
        <translation>
            <numerusform>{dose} Gy в %n фракция</numerusform>
            <numerusform>{dose} Gy в %n фракции</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message>
        <source>boost {dose}</source>
        <translation>допълнителна доза {dose}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сеанс</numerusform>
            <numerusform>%n сеанса</numerusform>
        </translation>
    </message>
    <message>
        <source>{doses}, {total} Gy in total</source>
        <translation>{doses}, общо {total} Gy</translation>
    </message>
    <message>
        <source>autologous (your own stem cells)</source>
        <translation>автоложна (с ваши собствени стволови клетки)</translation>
    </message>
    <message>
        <source>allogeneic (from a donor)</source>
        <translation>алогенна (от донор)</translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>Reported by</source>
        <translation>Съобщено от</translation>
    </message>
    <message>
        <source>Anthracyclines were given ({agents}), but no dose of them is recorded, so no total can be worked out.</source>
        <translation>Приложени са антрациклини ({agents}), но няма записана доза, затова не може да се изчисли обща доза.</translation>
    </message>
    <message>
        <source>No anthracyclines in your record.</source>
        <translation>В досието ви няма антрациклини.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Transplant</source>
        <translation>Трансплантация</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Място</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Лекарство</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Цикли</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Кумулативна доза</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Как е получена</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сега</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не е записано</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Схема на лечение</translation>
    </message>
    <message>
        <source>{protocol}, ended {date}</source>
        <translation>{protocol}, завършена на {date}</translation>
    </message>
    <message>
        <source>Treatment protocols: {list}</source>
        <translation>Схеми на лечение: {list}</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Доза</translation>
    </message>
    <message>
        <source>Fractions</source>
        <translation>Фракции</translation>
    </message>
    <message>
        <source>Course total</source>
        <translation>Обща доза за курса</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Техника</translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сеанс</numerusform>
            <numerusform>%n сеанса</numerusform>
        </translation>
    </message>
    <message>
        <source>{site} (boost)</source>
        <translation>{site} (допълнителна доза)</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Лечение</translation>
    </message>
    <message>
        <source>What you were treated with, as a survivorship clinic asks for it: the medicines with their cumulative doses, the anthracycline total, radiotherapy by site. Choose a row to see its details and where it came from.</source>
        <translation>С какво сте лекувани, така както го изисква клиника за проследяване след онкологично лечение: лекарствата с кумулативните им дози, общата доза антрациклини, лъчетерапията по области. Изберете ред, за да видите подробностите и откъде идва.</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Хирургично лечение</translation>
    </message>
    <message>
        <source>No surgery in your record.</source>
        <translation>В досието ви няма операции.</translation>
    </message>
    <message>
        <source>Cancer medicines (systemic therapy)</source>
        <translation>Противоракови лекарства (системно лечение)</translation>
    </message>
    <message>
        <source>No cancer medicines in your record.</source>
        <translation>В досието ви няма противоракови лекарства.</translation>
    </message>
    <message>
        <source>Anthracyclines and the heart</source>
        <translation>Антрациклини и сърцето</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Лъчетерапия</translation>
    </message>
    <message>
        <source>No radiotherapy in your record.</source>
        <translation>В досието ви няма лъчетерапия.</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Трансплантации на стволови клетки</translation>
    </message>
    <message>
        <source>No stem-cell transplant in your record.</source>
        <translation>В досието ви няма трансплантация на стволови клетки.</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent</source>
        <translation>Антрациклини като еквивалент на доксорубицин</translation>
    </message>
    <message>
        <source>No treatments yet</source>
        <translation>Още няма данни за лечение</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your operations, cancer medicines with their doses, radiotherapy and transplants then appear here.</source>
        <translation>Импортирайте обобщение от вашия онкологичен център. Тогава тук ще се появят операциите, противораковите лекарства с дозите им, лъчетерапията и трансплантациите ви.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Импортиране на обобщение</translation>
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
