<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AllergiesView</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Allergies et intolérances</translation>
    </message>
    <message>
        <source>Implants and devices</source>
        <translation>Implants et dispositifs médicaux</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Substance non précisée</translation>
    </message>
    <message>
        <source>Not an allergy: a statement that none is known</source>
        <translation>Pas une allergie : la mention qu’aucune allergie n’est connue</translation>
    </message>
    <message>
        <source>recorded {date}</source>
        <translation>enregistré : {date}</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis {date}</translation>
    </message>
    <message>
        <source>Reactions: {reactions}</source>
        <translation>Réactions : {reactions}</translation>
    </message>
    <message>
        <source>Reaction: {reaction}</source>
        <translation>Réaction : {reaction}</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositif médical</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Chambre implantable</translation>
    </message>
    <message>
        <source>Alert from your centre</source>
        <translation>Alerte de votre centre</translation>
    </message>
    <message>
        <source>Warning about a treatment</source>
        <translation>Avertissement concernant un traitement</translation>
    </message>
    <message>
        <source>Open it to read what the source says.</source>
        <translation>Ouvrez cet élément pour lire ce qu’indique la source.</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Allergies et alertes</translation>
    </message>
    <message>
        <source>What a doctor must know first: allergies, alerts from your centres, and implants such as a port.</source>
        <translation>Ce qu’un médecin doit savoir en premier : allergies, alertes de vos centres et implants tels qu’une chambre implantable.</translation>
    </message>
    <message>
        <source>Search allergies, alerts and devices</source>
        <translation>Rechercher dans les allergies, alertes et dispositifs</translation>
    </message>
    <message>
        <source>No allergies, alerts or implants recorded yet.</source>
        <translation>Aucune allergie, alerte ni implant enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>This does not mean you have none: tell every doctor about your allergies. Import a summary from your centre to see them here.</source>
        <translation>Cela ne veut pas dire que vous n’en avez pas : signalez vos allergies à chaque médecin. Importez un résumé de votre centre pour les voir ici.</translation>
    </message>
</context>
<context>
    <name>AnthracyclineCard</name>
    <message>
        <source>{dose} {unit} doxorubicin-equivalent</source>
        <translation>{dose} {unit} en équivalent doxorubicine</translation>
    </message>
    <message>
        <source>{dose} mg in total (not divided by body surface area)</source>
        <translation>{dose} mg au total (non rapporté à la surface corporelle)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Dose cumulée</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Doxorubicin-equivalent</source>
        <translation>Équivalent doxorubicine</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Not counted in this total, because the conversion table gives no factor or the dose is not known in {unit}: {agents}.</source>
        <translation>Non compté dans ce total, car la table de conversion ne donne pas de facteur ou la dose n’est pas connue en {unit} : {agents}.</translation>
    </message>
    <message>
        <source>Converted with the table “{table}”, {version}.</source>
        <translation>Converti avec la table « {table} », {version}.</translation>
    </message>
    <message>
        <source>At or above the high-dose threshold of {threshold} mg/m²</source>
        <translation>Seuil de forte dose de {threshold} mg/m² atteint ou dépassé</translation>
    </message>
    <message>
        <source>This means a high risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Cela signifie un risque élevé de problèmes cardiaques plus tard (dysfonction cardiaque). Votre cœur doit être contrôlé (échocardiographie) avant tout traitement qui peut le fatiguer.</translation>
    </message>
    <message>
        <source>Below {threshold} mg/m², with radiotherapy near the heart</source>
        <translation>Moins de {threshold} mg/m², avec une radiothérapie près du cœur</translation>
    </message>
    <message>
        <source>Radiotherapy near the heart ({site}) adds to the risk of heart problems later (cardiac dysfunction). Your heart should be checked (echocardiography) before any treatment that can strain it.</source>
        <translation>Une radiothérapie près du cœur ({site}) augmente le risque de problèmes cardiaques plus tard (dysfonction cardiaque). Votre cœur doit être contrôlé (échocardiographie) avant tout traitement qui peut le fatiguer.</translation>
    </message>
    <message>
        <source>Cannot be compared with the threshold of {threshold} mg/m²</source>
        <translation>Comparaison impossible avec le seuil de {threshold} mg/m²</translation>
    </message>
    <message>
        <source>Your body surface area is not in the record, so the total in mg cannot be compared with the high-dose threshold. The risk to the heart lasts for life.</source>
        <translation>Votre surface corporelle ne figure pas dans le dossier : le total en mg ne peut donc pas être comparé au seuil de forte dose. Le risque pour le cœur persiste toute la vie.</translation>
    </message>
    <message>
        <source>Below the high-dose threshold of {threshold} mg/m²</source>
        <translation>Sous le seuil de forte dose de {threshold} mg/m²</translation>
    </message>
    <message>
        <source>The risk to the heart lasts for life. Tell any doctor who plans more anthracyclines or radiotherapy to the chest about this total.</source>
        <translation>Le risque pour le cœur persiste toute la vie. Indiquez ce total à tout médecin qui prévoit d’autres anthracyclines ou une radiothérapie du thorax.</translation>
    </message>
    <message>
        <source>Threshold from: {source}</source>
        <translation>Source du seuil : {source}</translation>
    </message>
</context>
<context>
    <name>BirthDateInput</name>
    <message>
        <source>The birth date is not a real date. Type the day and the year in numbers and choose the month, or leave all three empty.</source>
        <translation>La date de naissance n’est pas une date valide. Saisissez le jour et l’année en chiffres et choisissez le mois, ou laissez les trois champs vides.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Jour de naissance</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Mois de naissance</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Saisissez d’abord votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Saving the new passphrase…</source>
        <translation>Enregistrement du nouveau mot de passe…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Your recovery code keeps working. If this computer remembers the profile, it goes on remembering it.</source>
        <translation>Votre code de récupération reste valable. Si cet ordinateur se souvient du profil, il continue de s’en souvenir.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ChartTableLink</name>
    <message>
        <source>Choose a result in the table to circle it in the chart, or click a point.</source>
        <translation>Choisissez un résultat dans le tableau pour l’entourer dans le graphique, ou cliquez sur un point.</translation>
    </message>
    <message>
        <source>Circled in the chart: {result}</source>
        <translation>Entouré dans le graphique : {result}</translation>
    </message>
    <message>
        <source>Not in the chart: {result}</source>
        <translation>Absent du graphique : {result}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A passphrase is needed. Run this in a terminal to be asked for it, or set the environment variable {env}.</source>
        <translation>Un mot de passe est nécessaire. Lancez la commande dans un terminal pour qu’il vous soit demandé, ou définissez la variable d’environnement {env}.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was created.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Rien n’a été créé.</translation>
    </message>
    <message>
        <source>The name you typed is not “{label}”, so nothing was deleted.</source>
        <translation>Le nom saisi n’est pas « {label} » : rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Profile “{label}” is damaged: {problem}. Restore it from your newest backup: {backup}</source>
        <translation>Le profil « {label} » est endommagé : {problem}. Restaurez-le à partir de votre sauvegarde la plus récente : {backup}</translation>
    </message>
    <message>
        <source>“{size}” is not a window size. Write it as 1280x800.</source>
        <translation>« {size} » n’est pas une taille de fenêtre. Écrivez-la sous la forme 1280x800.</translation>
    </message>
    <message>
        <source>“{view}” is not a view of the app. The views are: {views}.</source>
        <translation>« {view} » n’est pas une vue de l’application. Les vues sont : {views}.</translation>
    </message>
    <message>
        <source>“{code}” is not a language of the app. Use a code such as de, ro or el.</source>
        <translation>« {code} » n’est pas une langue de l’application. Utilisez un code comme de, ro ou el.</translation>
    </message>
</context>
<context>
    <name>ConditionsView</name>
    <message>
        <source>Cancer diagnoses</source>
        <translation>Diagnostics de cancer</translation>
    </message>
    <message>
        <source>Other conditions now</source>
        <translation>Autres affections actuelles</translation>
    </message>
    <message>
        <source>Resolved and past conditions</source>
        <translation>Affections guéries ou passées</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Diagnostic de cancer</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stade {stage}</translation>
    </message>
    <message>
        <source>side: {side}</source>
        <translation>côté : {side}</translation>
    </message>
    <message>
        <source>diagnosed {date}</source>
        <translation>date du diagnostic : {date}</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Affection</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Affections</translation>
    </message>
    <message>
        <source>Your cancer diagnoses and every other health problem your centres recorded.</source>
        <translation>Vos diagnostics de cancer et tous les autres problèmes de santé enregistrés par vos centres.</translation>
    </message>
    <message>
        <source>Search conditions, codes and notes</source>
        <translation>Rechercher dans les affections, codes et notes</translation>
    </message>
    <message>
        <source>No conditions recorded yet.</source>
        <translation>Aucune affection enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Importez un résumé de votre centre.</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete “{label}” for good?</source>
        <translation>Supprimer « {label} » définitivement ?</translation>
    </message>
    <message>
        <source>Everything in this profile is erased from this computer and cannot be brought back, except from a backup you made. Files you imported stay where they are.</source>
        <translation>Tout le contenu de ce profil est effacé de cet ordinateur et ne pourra être récupéré qu’à partir d’une sauvegarde que vous avez faite. Les fichiers que vous avez importés restent à leur place.</translation>
    </message>
    <message>
        <source>To confirm, type the name of the profile: {label}</source>
        <translation>Pour confirmer, saisissez le nom du profil : {label}</translation>
    </message>
    <message>
        <source>Name of the profile, to confirm</source>
        <translation>Nom du profil, pour confirmer</translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation>Garder le profil</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>DemoSection</name>
    <message>
        <source>See how it works with the record of a made-up patient. No real data.</source>
        <translation>Découvrez le fonctionnement avec le dossier d’une patiente fictive. Aucune donnée réelle.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Create a demo profile with a made-up cancer history</source>
        <translation>Créer un profil de démonstration avec un parcours de cancer fictif</translation>
    </message>
    <message>
        <source>Stopping and removing the demo profile…</source>
        <translation>Arrêt et suppression du profil de démonstration…</translation>
    </message>
    <message>
        <source>Creating the demo profile…</source>
        <translation>Création du profil de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress of creating the demo profile</source>
        <translation>Progression de la création du profil de démonstration</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Opening the document…</source>
        <translation>Ouverture du document…</translation>
    </message>
    <message>
        <source>This document could not be opened: its data is missing or damaged in the summary your centre sent.</source>
        <translation>Ce document n’a pas pu être ouvert : ses données sont absentes ou endommagées dans le résumé envoyé par votre centre.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Copie enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>This is the summary document your centre sent. What it holds is shown in the other parts of your record.</source>
        <translation>C’est le document de résumé envoyé par votre centre. Son contenu est présenté dans les autres parties de votre dossier.</translation>
    </message>
    <message>
        <source>Its sections: {sections}.</source>
        <translation>Ses sections : {sections}.</translation>
    </message>
    <message>
        <source>This document has no file attached.</source>
        <translation>Aucun fichier n’est joint à ce document.</translation>
    </message>
    <message>
        <source>The file is not in the summary: your centre keeps it at {url}. Ask your centre for a copy.</source>
        <translation>Le fichier ne se trouve pas dans le résumé : votre centre le conserve à l’adresse {url}. Demandez-en une copie à votre centre.</translation>
    </message>
    <message>
        <source>The file is not in the summary. Ask your centre for a copy.</source>
        <translation>Le fichier ne se trouve pas dans le résumé. Demandez-en une copie à votre centre.</translation>
    </message>
    <message>
        <source>This kind of file ({type}) cannot be shown here. Save a copy to open it with another program.</source>
        <translation>Ce type de fichier ({type}) ne peut pas être affiché ici. Enregistrez une copie pour l’ouvrir avec un autre programme.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Version of the document</source>
        <translation>Version du document</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Lab report (PDF)</source>
        <translation>Compte rendu de laboratoire (PDF)</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Compte rendu de laboratoire</translation>
    </message>
    <message>
        <source>Pathology report (PDF)</source>
        <translation>Compte rendu d’anatomopathologie (PDF)</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Compte rendu d’anatomopathologie</translation>
    </message>
    <message>
        <source>Scan or X-ray report (PDF)</source>
        <translation>Compte rendu d’imagerie (PDF)</translation>
    </message>
    <message>
        <source>Scan or X-ray report</source>
        <translation>Compte rendu d’imagerie</translation>
    </message>
    <message>
        <source>Test report (PDF)</source>
        <translation>Compte rendu d’examen (PDF)</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Compte rendu d’examen</translation>
    </message>
    <message>
        <source>Summary document</source>
        <translation>Document de résumé</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Link to a document</source>
        <translation>Lien vers un document</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Letter or report (text)</source>
        <translation>Courrier ou compte rendu (texte)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>File {number}</source>
        <translation>Fichier {number}</translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation>Document sans titre</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Letters, reports and files your centres sent with their summaries.</source>
        <translation>Courriers, comptes rendus et fichiers envoyés par vos centres avec leurs résumés.</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Aucun document pour l’instant</translation>
    </message>
    <message>
        <source>Letters, reports and other files come with the summaries your centres send. Import a summary to see them here.</source>
        <translation>Les courriers, comptes rendus et autres fichiers accompagnent les résumés envoyés par vos centres. Importez un résumé pour les voir ici.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importer un résumé</translation>
    </message>
</context>
<context>
    <name>DropHint</name>
    <message>
        <source>This is a backup</source>
        <translation>C’est une sauvegarde</translation>
    </message>
    <message>
        <source>Backups are restored from Settings, not imported. Drop it to see how.</source>
        <translation>Les sauvegardes se restaurent depuis les Paramètres, elles ne s’importent pas. Déposez-la pour savoir comment faire.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n file(s)</source>
        <translation>
            <numerusform>Déposez pour importer %n fichier</numerusform>
            <numerusform>Déposez pour importer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>You will see what they bring before anything is added to your record.</source>
        <translation>Vous verrez leur contenu avant que quoi que ce soit ne soit ajouté à votre dossier.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>Tiredness (fatigue)</source>
        <translation>Fatigue (asthénie)</translation>
    </message>
    <message>
        <source>Feeling sick (nausea)</source>
        <translation>Envie de vomir (nausées)</translation>
    </message>
    <message>
        <source>Being sick (vomiting)</source>
        <translation>Vomissements</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Diarrhée</translation>
    </message>
    <message>
        <source>Constipation</source>
        <translation>Constipation</translation>
    </message>
    <message>
        <source>Numbness or tingling in hands or feet (neuropathy)</source>
        <translation>Engourdissements ou fourmillements dans les mains ou les pieds (neuropathie)</translation>
    </message>
    <message>
        <source>Sore mouth (mucositis)</source>
        <translation>Bouche douloureuse (mucite)</translation>
    </message>
    <message>
        <source>Fever (high temperature)</source>
        <translation>Fièvre (température élevée)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation>Chute des cheveux</translation>
    </message>
    <message>
        <source>Skin rash</source>
        <translation>Éruption cutanée</translation>
    </message>
    <message>
        <source>Loss of appetite</source>
        <translation>Perte d’appétit</translation>
    </message>
    <message>
        <source>Shortness of breath</source>
        <translation>Essoufflement</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Maux de tête</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Léger</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>Pronostic vital engagé</translation>
    </message>
    <message>
        <source>You did not have it.</source>
        <translation>Vous n’avez pas eu ce symptôme.</translation>
    </message>
    <message>
        <source>You noticed it, but you could do your usual things.</source>
        <translation>Vous l’avez remarqué, mais vous pouviez faire vos activités habituelles.</translation>
    </message>
    <message>
        <source>It got in the way of everyday things like cooking, shopping or work.</source>
        <translation>Il a perturbé les activités quotidiennes comme la cuisine, les courses ou le travail.</translation>
    </message>
    <message>
        <source>You could not wash, dress or eat without help, or you went to hospital.</source>
        <translation>Vous ne pouviez pas vous laver, vous habiller ou manger sans aide, ou vous avez dû aller à l’hôpital.</translation>
    </message>
    <message>
        <source>You needed urgent treatment straight away.</source>
        <translation>Vous avez eu besoin d’un traitement d’urgence sans attendre.</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>Saisissez le nom du médicament.</translation>
    </message>
    <message>
        <source>Choose a symptom or side effect from the list, or choose “Something else”.</source>
        <translation>Choisissez un symptôme ou un effet secondaire dans la liste, ou choisissez « Autre chose ».</translation>
    </message>
    <message>
        <source>Describe the symptom or side effect in a few words.</source>
        <translation>Décrivez le symptôme ou l’effet secondaire en quelques mots.</translation>
    </message>
    <message>
        <source>Choose how bad it was, from 0 (none) to 4 (life-threatening).</source>
        <translation>Choisissez son intensité, de 0 (aucun) à 4 (pronostic vital engagé).</translation>
    </message>
    <message>
        <source>Write your note before you save it.</source>
        <translation>Rédigez votre note avant de l’enregistrer.</translation>
    </message>
    <message>
        <source>Choose a date that is today or earlier.</source>
        <translation>Choisissez la date d’aujourd’hui ou une date antérieure.</translation>
    </message>
    <message>
        <source>The date you stopped must be the same as or after the date you started.</source>
        <translation>La date d’arrêt doit être identique ou postérieure à la date de début.</translation>
    </message>
    <message>
        <source>This is too long: use at most {max} characters.</source>
        <translation>C’est trop long : utilisez au maximum {max} caractères.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>Grade {grade}: {word}</source>
        <translation>Grade {grade} : {word}</translation>
    </message>
</context>
<context>
    <name>EntryGroup</name>
    <message numerus="yes">
        <source>Show all %n entries</source>
        <translation>
            <numerusform>Afficher %n saisie</numerusform>
            <numerusform>Afficher les %n saisies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryRows</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Médicament sans nom</translation>
    </message>
    <message>
        <source>Unnamed symptom</source>
        <translation>Symptôme sans nom</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>date non indiquée</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Depuis le {date}</translation>
    </message>
    <message>
        <source>Taking it now</source>
        <translation>Pris actuellement</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>Stopped {date}</source>
        <translation>Arrêté le {date}</translation>
    </message>
    <message>
        <source>Started {date}, stopped</source>
        <translation>Commencé le {date}, arrêté</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>For: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>This came back with an imported file: remove that import in Sources to remove it.</source>
        <translation>Cette saisie est revenue avec un fichier importé : pour la retirer, annulez cette importation dans Sources.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit “{entry}”</source>
        <translation>Modifier « {entry} »</translation>
    </message>
    <message>
        <source>Delete “{entry}”</source>
        <translation>Supprimer « {entry} »</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing was changed. Please try again; if it happens again, report it.</source>
        <translation>Une erreur inattendue s’est produite ({kind}). Rien n’a été modifié. Veuillez réessayer ; si cela se reproduit, signalez-le.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading your record…</source>
        <translation>Lecture de votre dossier…</translation>
    </message>
    <message>
        <source>Preparing the summary</source>
        <translation>Préparation du résumé</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Création de l’aperçu…</translation>
    </message>
    <message>
        <source>Rendering the preview</source>
        <translation>Création de l’aperçu</translation>
    </message>
    <message>
        <source>{label} summary</source>
        <translation>{label} résumé</translation>
    </message>
    <message>
        <source>{label} emergency card</source>
        <translation>{label} carte d’urgence</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exporter le résumé</translation>
    </message>
    <message>
        <source>A summary for a doctor abroad: labels in the doctor&apos;s language, optionally with a second language beneath. The IPS file is attached to the PDF.</source>
        <translation>Un résumé pour un médecin à l’étranger : libellés dans la langue du médecin, avec en option une seconde langue en dessous. Le fichier IPS est joint au PDF.</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>D&amp;ocument :</translation>
    </message>
    <message>
        <source>Full summary</source>
        <translation>Résumé complet</translation>
    </message>
    <message>
        <source>Emergency card (wallet size)</source>
        <translation>Carte d’urgence (format portefeuille)</translation>
    </message>
    <message>
        <source>&amp;Doctor&apos;s language:</source>
        <translation>Langue du &amp;médecin :</translation>
    </message>
    <message>
        <source>&amp;Second language:</source>
        <translation>&amp;Seconde langue :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;QR code with the emergency data on page 1</source>
        <translation>Code &amp;QR avec les données d’urgence en page 1</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Save card…</source>
        <translation>Enregistrer la carte…</translation>
    </message>
    <message>
        <source>Export IPS (.json)…</source>
        <translation>Exporter l’IPS (.json)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Aperçu du résumé</translation>
    </message>
    <message>
        <source>Preview of the emergency card</source>
        <translation>Aperçu de la carte d’urgence</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportItems</name>
    <message>
        <source>Warnings and alerts</source>
        <translation>Avertissements et alertes</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Médicaments actuels</translation>
    </message>
    <message>
        <source>Active cancer</source>
        <translation>Cancer actif</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Dispositifs médicaux</translation>
    </message>
    <message>
        <source>Cancer history and treatment</source>
        <translation>Antécédents de cancer et traitements</translation>
    </message>
    <message>
        <source>Other health problems</source>
        <translation>Autres problèmes de santé</translation>
    </message>
    <message>
        <source>Earlier medicines</source>
        <translation>Médicaments antérieurs</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Actes et interventions</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vaccinations</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Résultats d’examens</translation>
    </message>
    <message>
        <source>Care plan and follow-up</source>
        <translation>Plan de soins et suivi</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Warning: fever on chemotherapy can mean sepsis</source>
        <translation>Avertissement : une fièvre pendant une chimiothérapie peut signaler un sepsis</translation>
    </message>
    <message>
        <source>Warning: high anthracycline dose, risk to the heart</source>
        <translation>Avertissement : dose élevée d’anthracyclines, risque pour le cœur</translation>
    </message>
    <message>
        <source>Warning: anthracycline and chest radiotherapy, risk to the heart</source>
        <translation>Avertissement : anthracyclines et radiothérapie du thorax, risque pour le cœur</translation>
    </message>
    <message>
        <source>Warning: anthracycline, risk to the heart</source>
        <translation>Avertissement : anthracyclines, risque pour le cœur</translation>
    </message>
    <message>
        <source>Warning: immunotherapy side effects can appear late</source>
        <translation>Avertissement : les effets secondaires de l’immunothérapie peuvent apparaître tardivement</translation>
    </message>
    <message>
        <source>Warning: implanted venous access port</source>
        <translation>Avertissement : chambre implantable (accès veineux)</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Health problem</source>
        <translation>Problème de santé</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Médicament anticancéreux</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositif médical</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Chirurgie</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Greffe de cellules souches</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radiothérapie</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Protocole de traitement</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Marqueur tumoral</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Vaccination</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat d’examen</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Aucune allergie connue</translation>
    </message>
    <message>
        <source>Stage {stage} ({system})</source>
        <translation>Stade {stage} ({system})</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stade {stage}</translation>
    </message>
    <message>
        <source>Disease status: {status}</source>
        <translation>État de la maladie : {status}</translation>
    </message>
    <message>
        <source>{scale}: {score}</source>
        <translation>{scale} : {score}</translation>
    </message>
</context>
<context>
    <name>FactRow</name>
    <message>
        <source>Show the details and where this came from</source>
        <translation>Afficher les détails et la provenance</translation>
    </message>
</context>
<context>
    <name>FactWords</name>
    <message>
        <source>Since {date}</source>
        <translation>Depuis {date}</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Médicament sans nom</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Aucune allergie connue</translation>
    </message>
    <message>
        <source>As your centre recorded it.</source>
        <translation>Tel que votre centre l’a enregistré.</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Reaction: {reactions}</source>
        <translation>Réaction : {reactions}</translation>
    </message>
    <message>
        <source>An intolerance, not an allergy</source>
        <translation>Une intolérance, pas une allergie</translation>
    </message>
    <message>
        <source>Recorded {date}</source>
        <translation>Enregistré : {date}</translation>
    </message>
    <message>
        <source>Allergy (substance not named)</source>
        <translation>Allergie (substance non précisée)</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as high.</source>
        <translation>Votre centre estime élevé le risque de réaction grave.</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>Your centre rates the risk of a severe reaction as low.</source>
        <translation>Votre centre estime faible le risque de réaction grave.</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Risque non évalué</translation>
    </message>
    <message>
        <source>Risk not stated</source>
        <translation>Risque non précisé</translation>
    </message>
    <message>
        <source>Your centre did not say how severe a reaction could be.</source>
        <translation>Votre centre n’a pas précisé la gravité possible d’une réaction.</translation>
    </message>
    <message>
        <source>Line {number}: {agents}</source>
        <translation>Ligne {number} : {agents}</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radiothérapie</translation>
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
        <translation>Un cancer secondaire (métastase)</translation>
    </message>
    <message>
        <source>It has come back (recurrence).</source>
        <translation>La maladie est revenue (récidive).</translation>
    </message>
    <message>
        <source>Stage not recorded</source>
        <translation>Stade non renseigné</translation>
    </message>
    <message>
        <source>Diagnosed {date}</source>
        <translation>Date du diagnostic : {date}</translation>
    </message>
    <message>
        <source>Cancer (name not recorded)</source>
        <translation>Cancer (nom non renseigné)</translation>
    </message>
    <message>
        <source>Device (not named)</source>
        <translation>Dispositif médical (non précisé)</translation>
    </message>
    <message>
        <source>Where: {site}</source>
        <translation>Localisation : {site}</translation>
    </message>
    <message>
        <source>Risk of a serious infection after chemotherapy</source>
        <translation>Risque d’infection grave après une chimiothérapie</translation>
    </message>
    <message>
        <source>Immunotherapy side effects can start late</source>
        <translation>Les effets secondaires de l’immunothérapie peuvent commencer tardivement</translation>
    </message>
    <message>
        <source>Heart: a high dose of anthracyclines</source>
        <translation>Cœur : dose élevée d’anthracyclines</translation>
    </message>
    <message>
        <source>Heart: anthracyclines and radiotherapy near it</source>
        <translation>Cœur : anthracyclines et radiothérapie à proximité</translation>
    </message>
    <message>
        <source>Heart: anthracyclines given</source>
        <translation>Cœur : anthracyclines reçues</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Chambre implantable</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Act at once if you feel unwell.</source>
        <translation>Réagissez sans attendre si vous vous sentez mal.</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>An alert your centre set.</source>
        <translation>Une alerte émise par votre centre.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichier :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>ecan-desktop backups (*{suffix})</source>
        <translation>Sauvegardes ecan-desktop (*{suffix})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the summaries to import</source>
        <translation>Choisissez les résumés à importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>FHIR summaries (*.json *.xml *.ndjson)</source>
        <translation>Résumés FHIR (*.json *.xml *.ndjson)</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choisissez la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Enregistrer le code de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the IPS file</source>
        <translation>Enregistrer le fichier IPS</translation>
    </message>
    <message>
        <source>FHIR documents (*.json)</source>
        <translation>Documents FHIR (*.json)</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Enregistrer une copie du document</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>This is a backup, not a summary</source>
        <translation>C’est une sauvegarde, pas un résumé</translation>
    </message>
    <message>
        <source>{file} is a backup of a whole profile. It is not imported into this record: it is restored as a profile of its own. To restore it, choose Restore from backup in Settings, or drop it on the start screen.</source>
        <translation>{file} est la sauvegarde d’un profil entier. Elle n’est pas importée dans ce dossier : elle est restaurée comme un profil distinct. Pour la restaurer, choisissez « Restaurer une sauvegarde » dans les Paramètres, ou déposez-la sur l’écran d’accueil.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FileResult</name>
    <message numerus="yes">
        <source>Imported: %n new item(s)</source>
        <translation>
            <numerusform>Importé : %n nouvel élément</numerusform>
            <numerusform>Importé : %n nouveaux éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>From {centre} · {country}</source>
        <translation>Source : {centre} · {country}</translation>
    </message>
    <message>
        <source>From {centre}</source>
        <translation>Source : {centre}</translation>
    </message>
    <message numerus="yes">
        <source>%n already in your record</source>
        <translation>
            <numerusform>%n déjà dans votre dossier</numerusform>
            <numerusform>%n déjà dans votre dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n également signalé par une autre source</numerusform>
            <numerusform>%n également signalés par une autre source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To import: %n new item(s)</source>
        <translation>
            <numerusform>À importer : %n nouvel élément</numerusform>
            <numerusform>À importer : %n nouveaux éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Déjà dans votre dossier : rien de nouveau dans ce fichier.</translation>
    </message>
    <message>
        <source>Will not be imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Ne sera pas importé : ce fichier concerne {file_patient}, et non {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Non importé : ce fichier concerne {file_patient}, et non {profile_patient}.</translation>
    </message>
    <message>
        <source>Cannot be imported: {reason}</source>
        <translation>Importation impossible : {reason}</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Non importé.</translation>
    </message>
</context>
<context>
    <name>ImmunisationsView</name>
    <message>
        <source>Date not stated</source>
        <translation>Date non précisée</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Vaccination</translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>dose {number}</translation>
    </message>
    <message>
        <source>batch {lot}</source>
        <translation>lot {lot}</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Vaccinations</translation>
    </message>
    <message>
        <source>Your vaccinations. After cancer treatment some may need to be given again: ask your centre.</source>
        <translation>Vos vaccinations. Après un traitement du cancer, certains vaccins peuvent devoir être refaits : renseignez-vous auprès de votre centre.</translation>
    </message>
    <message>
        <source>Search vaccines</source>
        <translation>Rechercher un vaccin</translation>
    </message>
    <message>
        <source>No immunisations recorded yet.</source>
        <translation>Aucune vaccination enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Import a summary from your centre.</source>
        <translation>Importez un résumé de votre centre.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Is this the same person?</source>
        <translation>S’agit-il de la même personne ?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>{file} is about {file_patient}, but this profile is about {profile_patient}. Import it into this profile only if it is the same person, for example with the name written differently.</source>
        <translation>{file} concerne {file_patient}, mais ce profil concerne {profile_patient}. Ne l’importez dans ce profil que s’il s’agit de la même personne, par exemple avec un nom écrit autrement.</translation>
    </message>
    <message>
        <source>Nothing is added to your record until you choose Import.</source>
        <translation>Rien n’est ajouté à votre dossier tant que vous n’avez pas choisi « Importer ».</translation>
    </message>
    <message>
        <source>There is nothing new to import: your record stays as it is.</source>
        <translation>Il n’y a rien de nouveau à importer : votre dossier reste inchangé.</translation>
    </message>
    <message>
        <source>Nothing has been added yet. Check what each file brings, then choose Import.</source>
        <translation>Rien n’a encore été ajouté. Vérifiez le contenu de chaque fichier, puis choisissez « Importer ».</translation>
    </message>
    <message>
        <source>You cancelled: nothing was imported. Your record is as it was.</source>
        <translation>Vous avez annulé : rien n’a été importé. Votre dossier est inchangé.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>Le fichier a été importé.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Le fichier n’a pas été importé.</translation>
    </message>
    <message>
        <source>All {total} files were imported.</source>
        <translation>Les {total} fichiers ont tous été importés.</translation>
    </message>
    <message>
        <source>Files imported: {imported} of {total}.</source>
        <translation>Fichiers importés : {imported} sur {total}.</translation>
    </message>
    <message>
        <source>Add what the files bring to your record</source>
        <translation>Ajouter le contenu des fichiers à votre dossier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Importation de %n fichier</numerusform>
            <numerusform>Importation de %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>Importation de {file} ({number} sur {total})…</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s) and {updated} updated.</source>
        <translation>
            <numerusform>Au total : %n nouvel élément et {updated} mis à jour.</numerusform>
            <numerusform>Au total : %n nouveaux éléments et {updated} mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n new item(s).</source>
        <translation>
            <numerusform>Au total : %n nouvel élément.</numerusform>
            <numerusform>Au total : %n nouveaux éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)</source>
        <translation>
            <numerusform>Vérification de %n fichier</numerusform>
            <numerusform>Vérification de %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d’importer</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Reading {file} ({number} of {total})…</source>
        <translation>Lecture de {file} ({number} sur {total})…</translation>
    </message>
    <message>
        <source>Checking the files</source>
        <translation>Vérification des fichiers</translation>
    </message>
    <message>
        <source>Stopping: nothing will be kept…</source>
        <translation>Arrêt en cours : rien ne sera conservé…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} n’a pas été importé : {reason}</translation>
    </message>
    <message>
        <source>this file is about {file_patient}, but this profile is about {profile_patient}. Nothing was imported. If it is the same person, import it again and confirm.</source>
        <translation>ce fichier concerne {file_patient}, mais ce profil concerne {profile_patient}. Rien n’a été importé. S’il s’agit de la même personne, importez-le à nouveau et confirmez.</translation>
    </message>
    <message>
        <source>{name} (born {birth_date})</source>
        <translation>{name} (né·e le {birth_date})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB, the most ecan-desktop accepts.</source>
        <translation>le fichier dépasse {limit} Mo, la taille maximale acceptée par ecan-desktop.</translation>
    </message>
    <message>
        <source>it is a PDF document, not a FHIR summary. Ask your centre for the summary as a FHIR file (JSON or XML).</source>
        <translation>c’est un document PDF, pas un résumé FHIR. Demandez à votre centre le résumé sous forme de fichier FHIR (JSON ou XML).</translation>
    </message>
    <message>
        <source>it is a ZIP archive. Unpack it first, then import the FHIR files inside.</source>
        <translation>c’est une archive ZIP. Décompressez-la d’abord, puis importez les fichiers FHIR qu’elle contient.</translation>
    </message>
    <message>
        <source>it is not a text file, so it cannot be a FHIR summary. Check that you chose the right file.</source>
        <translation>ce n’est pas un fichier texte, ce ne peut donc pas être un résumé FHIR. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8, which FHIR files must be. Ask your centre for a new copy.</source>
        <translation>le texte n’est pas en UTF-8 valide, ce qu’exigent les fichiers FHIR. Demandez une nouvelle copie à votre centre.</translation>
    </message>
    <message>
        <source>it is a web page (HTML), perhaps an error page saved by the browser, not a FHIR summary. Download the summary again.</source>
        <translation>c’est une page web (HTML), peut-être une page d’erreur enregistrée par le navigateur, pas un résumé FHIR. Téléchargez à nouveau le résumé.</translation>
    </message>
    <message>
        <source>it is a CDA document (HL7 version 3 XML), which this version of ecan-desktop cannot read yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>c’est un document CDA (XML HL7 version 3), que cette version d’ecan-desktop ne sait pas encore lire. Demandez à votre centre le résumé sous forme de fichier FHIR.</translation>
    </message>
    <message>
        <source>it is an XML file, but not FHIR XML. Check that you chose the right file.</source>
        <translation>c’est un fichier XML, mais pas du XML FHIR. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>the file is damaged: its XML is not well formed (line {line}).</source>
        <translation>le fichier est endommagé : son XML est mal formé (ligne {line}).</translation>
    </message>
    <message>
        <source>it declares XML entities or a DTD, which FHIR files never need. For your safety it was not read; ask your centre for a new copy.</source>
        <translation>il déclare des entités XML ou une DTD, dont les fichiers FHIR n’ont jamais besoin. Pour votre sécurité, il n’a pas été lu ; demandez une nouvelle copie à votre centre.</translation>
    </message>
    <message>
        <source>it is a SMART Health Link (a link to a summary kept elsewhere), which this version of ecan-desktop cannot open yet. Ask your centre for the summary as a FHIR file.</source>
        <translation>c’est un SMART Health Link (un lien vers un résumé conservé ailleurs), que cette version d’ecan-desktop ne sait pas encore ouvrir. Demandez à votre centre le résumé sous forme de fichier FHIR.</translation>
    </message>
    <message>
        <source>it is part of a SMART Health Link (its address, key or list of files), not the summary itself. This version of ecan-desktop cannot open SMART Health Links yet; ask your centre for the summary as a FHIR file.</source>
        <translation>c’est une partie d’un SMART Health Link (son adresse, sa clé ou sa liste de fichiers), pas le résumé lui-même. Cette version d’ecan-desktop ne sait pas encore ouvrir les SMART Health Links ; demandez à votre centre le résumé sous forme de fichier FHIR.</translation>
    </message>
    <message>
        <source>it is encrypted (a SMART Health Link&apos;s content) and can only be read with the key of its link. Ask your centre for the summary as a FHIR file.</source>
        <translation>il est chiffré (contenu d’un SMART Health Link) et ne peut être lu qu’avec la clé de son lien. Demandez à votre centre le résumé sous forme de fichier FHIR.</translation>
    </message>
    <message>
        <source>it is a SMART Health Card (a signed card, such as a vaccination certificate), which this version of ecan-desktop cannot read yet.</source>
        <translation>c’est une SMART Health Card (une carte signée, comme un certificat de vaccination), que cette version d’ecan-desktop ne sait pas encore lire.</translation>
    </message>
    <message>
        <source>a part of the XML was read as well as possible: {detail}</source>
        <translation>une partie du XML a été lue au mieux : {detail}</translation>
    </message>
    <message>
        <source>the file is damaged: its JSON is not valid (line {line}, column {column}: {detail}).</source>
        <translation>le fichier est endommagé : son JSON n’est pas valide (ligne {line}, colonne {column} : {detail}).</translation>
    </message>
    <message>
        <source>it is not a FHIR resource (it has no resourceType). Check that you chose the right file.</source>
        <translation>ce n’est pas une ressource FHIR (il n’a pas de resourceType). Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>the bundle contains no usable resources.</source>
        <translation>le bundle ne contient aucune ressource utilisable.</translation>
    </message>
    <message>
        <source>its structure is nested too deeply to be a real FHIR summary.</source>
        <translation>sa structure est trop profondément imbriquée pour être un vrai résumé FHIR.</translation>
    </message>
    <message>
        <source>the file could not be read ({detail}). Check that it exists and that you may open it.</source>
        <translation>le fichier n’a pas pu être lu ({detail}). Vérifiez qu’il existe et que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>a line that is not valid JSON was skipped</source>
        <translation>une ligne qui n’est pas du JSON valide a été ignorée</translation>
    </message>
    <message>
        <source>an empty entry (null) was skipped</source>
        <translation>une entrée vide (null) a été ignorée</translation>
    </message>
    <message>
        <source>an entry that is not an object was skipped</source>
        <translation>une entrée qui n’est pas un objet a été ignorée</translation>
    </message>
    <message>
        <source>an entry without a resource was skipped</source>
        <translation>une entrée sans ressource a été ignorée</translation>
    </message>
    <message>
        <source>a resource without a resourceType was skipped</source>
        <translation>une ressource sans resourceType a été ignorée</translation>
    </message>
    <message>
        <source>a resource without an id or usable fullUrl was given the id {id}</source>
        <translation>une ressource sans id ni fullUrl utilisable a reçu l’id {id}</translation>
    </message>
    <message>
        <source>its readable text (narrative) is missing (no div); everything else was imported</source>
        <translation>son texte lisible (narratif) manque (pas de div) ; tout le reste a été importé</translation>
    </message>
    <message>
        <source>{resource} is in the file more than once; the last copy was kept</source>
        <translation>{resource} figure plusieurs fois dans le fichier ; la dernière copie a été gardée</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record</source>
        <translation>fait référence à {target}, qui n’est ni dans le fichier ni dans votre dossier</translation>
    </message>
    <message>
        <source>it refers to {target}, which is neither in the file nor in your record (other parts of the file refer to it too)</source>
        <translation>fait référence à {target}, qui n’est ni dans le fichier ni dans votre dossier (d’autres parties du fichier y font aussi référence)</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as}</source>
        <translation>fait référence à {target}, écrit d’une manière que FHIR n’autorise pas ; lu comme {read_as}</translation>
    </message>
    <message>
        <source>it refers to {target}, written in a way FHIR does not allow; it was read as {read_as} (other parts of the file write it the same way)</source>
        <translation>fait référence à {target}, écrit d’une manière que FHIR n’autorise pas ; lu comme {read_as} (d’autres parties du fichier l’écrivent de la même manière)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message numerus="yes">
        <source>{records} and %n more</source>
        <translation>
            <numerusform>{records} et %n autre</numerusform>
            <numerusform>{records} et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it refers to %n records that are neither in the file nor in your record ({records})</source>
        <translation>
            <numerusform>fait référence à %n élément qui n’est ni dans le fichier ni dans votre dossier ({records})</numerusform>
            <numerusform>fait référence à %n éléments qui ne sont ni dans le fichier ni dans votre dossier ({records})</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry {number}: {reason}.</source>
        <translation>Entrée {number} : {reason}.</translation>
    </message>
    <message>
        <source>Line {number}: {reason}.</source>
        <translation>Ligne {number} : {reason}.</translation>
    </message>
    <message>
        <source>In the file: {reason}.</source>
        <translation>Dans le fichier : {reason}.</translation>
    </message>
    <message>
        <source>At {place}: {reason}.</source>
        <translation>À l’emplacement {place} : {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file:</source>
        <translation>
            <numerusform>%n problème trouvé dans le fichier :</numerusform>
            <numerusform>%n problèmes trouvés dans le fichier :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetailsDialog</name>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Where this came from is not known.</source>
        <translation>La provenance n’est pas connue.</translation>
    </message>
    <message>
        <source>Reported by {a}.</source>
        <translation>Signalé par {a}.</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}.</source>
        <translation>Signalé par {list} et {last}.</translation>
    </message>
    <message>
        <source>Notes from the source</source>
        <translation>Notes de la source</translation>
    </message>
    <message>
        <source>Original records</source>
        <translation>Enregistrements d’origine</translation>
    </message>
    <message>
        <source>As stored in your record: the first {shown} of {total}.</source>
        <translation>Tels qu’enregistrés dans votre dossier : les {shown} premiers sur {total}.</translation>
    </message>
    <message numerus="yes">
        <source>As stored in your record: %n record(s) from your sources.</source>
        <translation>
            <numerusform>Tel qu’enregistré dans votre dossier : %n enregistrement provenant de vos sources.</numerusform>
            <numerusform>Tels qu’enregistrés dans votre dossier : %n enregistrements provenant de vos sources.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is built from other items; it has no record of its own.</source>
        <translation>Cet élément est construit à partir d’autres éléments ; il n’a pas d’enregistrement propre.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Hide the original data</source>
        <translation>Masquer les données d’origine</translation>
    </message>
    <message>
        <source>Show the original data</source>
        <translation>Afficher les données d’origine</translation>
    </message>
    <message>
        <source>The original data (FHIR JSON)</source>
        <translation>Les données d’origine (FHIR JSON)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>This item is no longer in your record.</source>
        <translation>Cet élément ne figure plus dans votre dossier.</translation>
    </message>
</context>
<context>
    <name>ItemFacts</name>
    <message>
        <source>{words}, as written: {source}</source>
        <translation>{words}, tel qu’écrit : {source}</translation>
    </message>
    <message>
        <source>Your personal details</source>
        <translation>Vos informations personnelles</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Apparition</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention du traitement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Valeurs normales</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Treated areas</source>
        <translation>Zones traitées</translation>
    </message>
    <message>
        <source>Kind of radiotherapy</source>
        <translation>Type de radiothérapie</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Kind of transplant</source>
        <translation>Type de greffe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Type de prise en charge</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Values recorded</source>
        <translation>Valeurs enregistrées</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Planned activities</source>
        <translation>Activités prévues</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Tumour marker</source>
        <translation>Marqueur tumoral</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>Identifier in the file</source>
        <translation>Identifiant dans le fichier</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Fondé sur</translation>
    </message>
    <message>
        <source>Mentioned by</source>
        <translation>Mentionné par</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Item of your record</source>
        <translation>Élément de votre dossier</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stade {stage}</translation>
    </message>
    <message>
        <source>Tumour size and extent (T): {stage}</source>
        <translation>Taille et étendue de la tumeur (T) : {stage}</translation>
    </message>
    <message>
        <source>Lymph nodes (N): {stage}</source>
        <translation>Ganglions lymphatiques (N) : {stage}</translation>
    </message>
    <message>
        <source>Spread to other organs (M): {stage}</source>
        <translation>Propagation à d’autres organes (M) : {stage}</translation>
    </message>
    <message>
        <source>clinical (from examinations and scans)</source>
        <translation>clinique (d’après les examens et l’imagerie)</translation>
    </message>
    <message>
        <source>pathological (from the tissue removed)</source>
        <translation>pathologique (d’après les tissus retirés)</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Chirurgie</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Greffe de cellules souches</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>with your own stem cells (autologous)</source>
        <translation>avec vos propres cellules souches (autologue)</translation>
    </message>
    <message>
        <source>with a donor&apos;s stem cells (allogeneic)</source>
        <translation>avec les cellules souches d’un donneur (allogénique)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>uncertain (equivocal)</source>
        <translation>incertain (équivoque)</translation>
    </message>
    <message>
        <source>edition {n}</source>
        <translation>édition {n}</translation>
    </message>
    <message>
        <source>Staging system</source>
        <translation>Système de classification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>boost</source>
        <translation>surimpression</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radiothérapie</translation>
    </message>
    <message>
        <source>Highest total dose</source>
        <translation>Dose totale la plus élevée</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Résultats d’examens</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Treatment line {number}</source>
        <translation>Ligne de traitement {number}</translation>
    </message>
    <message>
        <source>Line of cancer medicines</source>
        <translation>Ligne de traitement anticancéreux</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>État de la maladie</translation>
    </message>
    <message>
        <source>Performance status</source>
        <translation>Indice de performance</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Protocole de traitement</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Visit or stay</source>
        <translation>Consultation ou séjour</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>tous les {days} jours</translation>
    </message>
    <message>
        <source>{dose} (some doses could not be counted)</source>
        <translation>{dose} (certaines doses n’ont pas pu être comptées)</translation>
    </message>
    <message>
        <source>As the source names it</source>
        <translation>Nom selon la source</translation>
    </message>
    <message>
        <source>Treatment line</source>
        <translation>Ligne de traitement</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Dose cumulée</translation>
    </message>
    <message>
        <source>Prescribed dose</source>
        <translation>Dose prescrite</translation>
    </message>
    <message>
        <source>Doses given</source>
        <translation>Doses administrées</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Enregistré comme</translation>
    </message>
    <message>
        <source>Taken now</source>
        <translation>Pris actuellement</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Substance not named</source>
        <translation>Substance non précisée</translation>
    </message>
    <message>
        <source>Statement: no known allergy</source>
        <translation>Mention : aucune allergie connue</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Risk of a serious reaction</source>
        <translation>Risque de réaction grave</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositif médical</translation>
    </message>
    <message>
        <source>Implanted port</source>
        <translation>Chambre implantable</translation>
    </message>
    <message>
        <source>Cancer diagnosis</source>
        <translation>Diagnostic de cancer</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Kind of cell (morphology)</source>
        <translation>Type de cellules (morphologie)</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Date du diagnostic</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Affection</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Vaccination</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vaccin</translation>
    </message>
    <message>
        <source>Dose number</source>
        <translation>Numéro de dose</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Symptom or side effect you noted</source>
        <translation>Symptôme ou effet secondaire que vous avez noté</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Medicine you noted</source>
        <translation>Médicament que vous avez noté</translation>
    </message>
    <message>
        <source>In My entries, where you can change or delete it.</source>
        <translation>Dans « Mes saisies », où vous pouvez le modifier ou le supprimer.</translation>
    </message>
    <message>
        <source>How bad it was</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Où il est conservé</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>All cancer treatments</source>
        <translation>Tous les traitements du cancer</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>You (My entries)</source>
        <translation>Vous (Mes saisies)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} events shown</source>
        <translation>
            <numerusform>%n événement affiché sur {total}</numerusform>
            <numerusform>%n événements affichés sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer journey</source>
        <translation>Parcours de soins</translation>
    </message>
    <message>
        <source>Everything in your record that has a date, oldest first. Choose an event to see its details and where it came from.</source>
        <translation>Tout ce qui est daté dans votre dossier, du plus ancien au plus récent. Choisissez un événement pour voir ses détails et sa provenance.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind of event to show</source>
        <translation>Type d’événement à afficher</translation>
    </message>
    <message>
        <source>Source to show</source>
        <translation>Source à afficher</translation>
    </message>
    <message>
        <source>Events in your cancer journey</source>
        <translation>Événements de votre parcours de soins</translation>
    </message>
    <message>
        <source>No events match these choices.</source>
        <translation>Aucun événement ne correspond à ces choix.</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Afficher tous les événements</translation>
    </message>
    <message>
        <source>No cancer journey yet</source>
        <translation>Pas encore de parcours de soins</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your diagnosis, treatments, tests and check-ups then appear here in date order, each with where it came from.</source>
        <translation>Importez un résumé de votre centre de cancérologie. Votre diagnostic, vos traitements, vos examens et vos consultations de suivi apparaîtront alors ici par ordre chronologique, chacun avec sa provenance.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importer un résumé</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>Diagnosis and stage</source>
        <translation>Diagnostic et stade</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Chirurgie</translation>
    </message>
    <message>
        <source>Cancer medicines</source>
        <translation>Médicaments anticancéreux</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radiothérapie</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Greffes de cellules souches</translation>
    </message>
    <message>
        <source>Tests and scans</source>
        <translation>Examens et imagerie</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>État de la maladie</translation>
    </message>
    <message>
        <source>Check-ups and plans</source>
        <translation>Suivi et plans de soins</translation>
    </message>
    <message>
        <source>Side effects you noted</source>
        <translation>Effets secondaires que vous avez notés</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Autres événements</translation>
    </message>
    <message>
        <source>Line {number} of cancer medicines</source>
        <translation>Ligne de traitement {number}</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Médicament anticancéreux</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Protocole de traitement</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <source>Lab report</source>
        <translation>Compte rendu de laboratoire</translation>
    </message>
    <message>
        <source>Pathology report</source>
        <translation>Compte rendu d’anatomopathologie</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Compte rendu d’examen</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stade {stage}</translation>
    </message>
    <message>
        <source>stage {stage}</source>
        <translation>stade {stage}</translation>
    </message>
    <message>
        <source>clinical</source>
        <translation>clinique</translation>
    </message>
    <message>
        <source>pathological</source>
        <translation>pathologique</translation>
    </message>
    <message>
        <source>{system}, edition {edition}</source>
        <translation>{system}, édition {edition}</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>equivocal</source>
        <translation>équivoque</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>dose {number}</source>
        <translation>dose {number}</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>au {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu’au {date}</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <source>{language} (partly in English)</source>
        <translation>{language} (en partie en anglais)</translation>
    </message>
</context>
<context>
    <name>ListRecordView</name>
    <message>
        <source>Import summary</source>
        <translation>Importer un résumé</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Lecture de votre dossier…</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Aucun résultat pour « {text} ».</translation>
    </message>
    <message>
        <source>Try fewer or other words.</source>
        <translation>Essayez avec moins de mots ou d’autres mots.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Recognised as {medicine} (ATC code {code}).</source>
        <translation>Reconnu comme {medicine} (code ATC {code}).</translation>
    </message>
    <message>
        <source>As it is written on the box, for example: Paracetamol 500 mg.</source>
        <translation>Tel qu’il est écrit sur la boîte, par exemple : Paracétamol 500 mg.</translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation>Nom du médicament</translation>
    </message>
    <message>
        <source>Change a medicine</source>
        <translation>Modifier un médicament</translation>
    </message>
    <message>
        <source>Add a medicine you take</source>
        <translation>Ajouter un médicament que vous prenez</translation>
    </message>
    <message>
        <source>How much and how often (optional)</source>
        <translation>Quantité et fréquence (facultatif)</translation>
    </message>
    <message>
        <source>For example: 1 tablet twice a day.</source>
        <translation>Par exemple : 1 comprimé deux fois par jour.</translation>
    </message>
    <message>
        <source>What you take it for (optional)</source>
        <translation>Pourquoi vous le prenez (facultatif)</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>I still take it</source>
        <translation>Je le prends encore</translation>
    </message>
    <message>
        <source>When you stopped</source>
        <translation>Date d’arrêt</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Autres informations (facultatif)</translation>
    </message>
</context>
<context>
    <name>MedicationsView</name>
    <message>
        <source>Current medicines</source>
        <translation>Médicaments actuels</translation>
    </message>
    <message>
        <source>Past medicines</source>
        <translation>Médicaments antérieurs</translation>
    </message>
    <message>
        <source>Unnamed medicine</source>
        <translation>Médicament sans nom</translation>
    </message>
    <message>
        <source>treatment line {number}</source>
        <translation>ligne de traitement {number}</translation>
    </message>
    <message>
        <source>Cumulative dose {dose}</source>
        <translation>Dose cumulée {dose}</translation>
    </message>
    <message>
        <source>Cumulative dose at least {dose}</source>
        <translation>Dose cumulée d’au moins {dose}</translation>
    </message>
    <message numerus="yes">
        <source>{given} of %n cycle(s)</source>
        <translation>
            <numerusform>{given} sur %n cycle</numerusform>
            <numerusform>{given} sur %n cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n cycle</numerusform>
            <numerusform>%n cycles</numerusform>
        </translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Autre médicament</translation>
    </message>
    <message>
        <source>for {reasons}</source>
        <translation>motif : {reasons}</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>The medicines you take now and took before: cancer medicines and all others.</source>
        <translation>Les médicaments que vous prenez actuellement et ceux que vous avez pris : médicaments anticancéreux et tous les autres.</translation>
    </message>
    <message>
        <source>Search medicines</source>
        <translation>Rechercher un médicament</translation>
    </message>
    <message>
        <source>No medicines recorded yet.</source>
        <translation>Aucun médicament enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Import a summary from your centre. You can also add what you take in My entries.</source>
        <translation>Importez un résumé de votre centre. Vous pouvez aussi ajouter ce que vous prenez dans « Mes saisies ».</translation>
    </message>
</context>
<context>
    <name>MyEntriesView</name>
    <message>
        <source>Delete this entry?</source>
        <translation>Supprimer cette saisie ?</translation>
    </message>
    <message>
        <source>“{entry}” ({date}) is deleted from your record. What your centres sent stays as it is. You can undo this straight away.</source>
        <translation>Cette saisie, « {entry} » ({date}), sera supprimée de votre dossier. Ce que vos centres ont envoyé reste inchangé. Vous pourrez annuler cette action tout de suite après.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer la saisie</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>“{entry}” was deleted.</source>
        <translation>Saisie « {entry} » supprimée.</translation>
    </message>
    <message>
        <source>Your entries could not be changed</source>
        <translation>Vos saisies n’ont pas pu être modifiées</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>My entries</source>
        <translation>Mes saisies</translation>
    </message>
    <message>
        <source>What you write down yourself: medicines you take, side effects and notes for your next visit. They are marked as reported by you wherever they appear, also in the summaries you export.</source>
        <translation>Ce que vous notez vous-même : les médicaments que vous prenez, les effets secondaires et des notes pour votre prochaine consultation. Partout où elles apparaissent, ces saisies sont marquées comme signalées par vous, y compris dans les résumés que vous exportez.</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <source>Add symptom or side effect</source>
        <translation>Ajouter un symptôme ou un effet secondaire</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Nothing written down yet</source>
        <translation>Rien de noté pour l’instant</translation>
    </message>
    <message>
        <source>Write down medicines you take, side effects and notes for your next visit. They stay on this computer, marked as reported by you.</source>
        <translation>Notez les médicaments que vous prenez, les effets secondaires et des notes pour votre prochaine consultation. Ces saisies restent sur cet ordinateur, marquées comme signalées par vous.</translation>
    </message>
    <message>
        <source>Medications I take</source>
        <translation>Médicaments que je prends</translation>
    </message>
    <message>
        <source>Symptoms and side effects</source>
        <translation>Symptômes et effets secondaires</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Too short: use at least {minimum} characters.</source>
        <translation>Trop court : utilisez au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a word or two.</source>
        <translation>Faible : facile à deviner. Ajoutez un ou deux mots.</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it much harder to guess.</source>
        <translation>Moyen : un ou deux mots de plus le rendent bien plus difficile à deviner.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Bon : difficile à deviner.</translation>
    </message>
    <message>
        <source>Strong: very hard to guess.</source>
        <translation>Fort : très difficile à deviner.</translation>
    </message>
    <message>
        <source>A few words you can remember work well.</source>
        <translation>Quelques mots dont vous vous souvenez font très bien l’affaire.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité du mot de passe</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Saisissez deux fois le même.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Saisissez-le à nouveau</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Nouveau mot de passe, confirmation</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher le mot de passe</translation>
    </message>
</context>
<context>
    <name>NewProfilePage</name>
    <message>
        <source>Creating the profile and its keys… This takes a few seconds.</source>
        <translation>Création du profil et de ses clés… Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Creating the profile</source>
        <translation>Création du profil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history on this computer, locked with a passphrase that only you know.</source>
        <translation>Un profil conserve le parcours de cancer d’une personne sur cet ordinateur, verrouillé par un mot de passe que vous seul·e connaissez.</translation>
    </message>
    <message>
        <source>&amp;Name of the profile</source>
        <translation>&amp;Nom du profil</translation>
    </message>
    <message>
        <source>Shown on the start screen, e.g. your first name or “Mum”.</source>
        <translation>Affiché sur l’écran d’accueil, par exemple votre prénom ou « Maman ».</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;full name</source>
        <translation>Nom &amp;complet du patient</translation>
    </message>
    <message>
        <source>As it is written on hospital papers. Used to check imported files.</source>
        <translation>Tel qu’il figure sur les documents de l’hôpital. Sert à vérifier les fichiers importés.</translation>
    </message>
    <message>
        <source>Patient&apos;s full name</source>
        <translation>Nom complet du patient</translation>
    </message>
    <message>
        <source>Patient&apos;s date of birth</source>
        <translation>Date de naissance du patient</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer</source>
        <translation>Mémoriser le mot de passe sur cet ordinateur</translation>
    </message>
    <message>
        <source>The profile then opens without the passphrase for anyone who uses your account on this computer. Leave it off on a shared computer.</source>
        <translation>Le profil s’ouvre alors sans mot de passe pour toute personne qui utilise votre compte sur cet ordinateur. Laissez cette option désactivée sur un ordinateur partagé.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
</context>
<context>
    <name>NextWords</name>
    <message>
        <source>Appointment booked</source>
        <translation>Rendez-vous fixé</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Asked for by your care team</source>
        <translation>Demandé par votre équipe soignante</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s)</source>
        <translation>
            <numerusform>Dans %n semaine</numerusform>
            <numerusform>Dans %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>Dans %n mois</numerusform>
            <numerusform>Dans %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation>Jusqu’à {date}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Depuis {date}</translation>
    </message>
    <message>
        <source>{activity}: {schedule}</source>
        <translation>{activity} : {schedule}</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les %n jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>every week</source>
        <translation>toutes les semaines</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>toutes les %n semaines</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>every month</source>
        <translation>tous les mois</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>tous les %n mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>every year</source>
        <translation>tous les ans</translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>tous les %n ans</numerusform>
            <numerusform>tous les %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Normal range: {range}</source>
        <translation>Valeurs normales : {range}</translation>
    </message>
    <message>
        <source>Unnamed test</source>
        <translation>Examen sans nom</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Above the normal range</source>
        <translation>Au-dessus des valeurs normales</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Below the normal range</source>
        <translation>En dessous des valeurs normales</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Anormal</translation>
    </message>
    <message>
        <source>Outside the normal range</source>
        <translation>En dehors des valeurs normales</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Within the normal range</source>
        <translation>Dans les valeurs normales</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Aucune valeur</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Change a note</source>
        <translation>Modifier une note</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>For example: questions for your next visit, or how you have been.</source>
        <translation>Par exemple : des questions pour votre prochaine consultation, ou comment vous allez ces derniers temps.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>OriginalFields</name>
    <message>
        <source>Identifier in the file</source>
        <translation>Identifiant dans le fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>You entered this yourself</source>
        <translation>Vous l’avez saisi vous-même</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>(The rest is not shown.)</source>
        <translation>(La suite n’est pas affichée.)</translation>
    </message>
</context>
<context>
    <name>OtherRecordsView</name>
    <message>
        <source>No title</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>{type} in the file</source>
        <translation>{type} dans le fichier</translation>
    </message>
    <message>
        <source>Identifier: {id}</source>
        <translation>Identifiant : {id}</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Sans nom</translation>
    </message>
    <message numerus="yes">
        <source>mentioned by %n item(s) of your record</source>
        <translation>
            <numerusform>mentionné par %n élément de votre dossier</numerusform>
            <numerusform>mentionné par %n éléments de votre dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>not mentioned by any item of your record</source>
        <translation>mentionné par aucun élément de votre dossier</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Autres éléments</translation>
    </message>
    <message>
        <source>Everything else your summaries contain. The app does not interpret these records, but nothing is hidden: open one to see what it says.</source>
        <translation>Tout le reste du contenu de vos résumés. L’application n’interprète pas ces éléments, mais rien n’est caché : ouvrez-en un pour voir ce qu’il contient.</translation>
    </message>
    <message>
        <source>Search other records</source>
        <translation>Rechercher dans les autres éléments</translation>
    </message>
    <message>
        <source>No other records.</source>
        <translation>Aucun autre élément.</translation>
    </message>
    <message>
        <source>Everything your summaries contain is shown in the other parts of your record. Import a summary from your centre to add more.</source>
        <translation>Tout le contenu de vos résumés est présenté dans les autres parties de votre dossier. Importez un résumé de votre centre pour en ajouter davantage.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>See all %n</source>
        <translation>
            <numerusform>Voir %n</numerusform>
            <numerusform>Voir les %n</numerusform>
        </translation>
    </message>
    <message>
        <source>See all</source>
        <translation>Tout voir</translation>
    </message>
    <message>
        <source>No allergies recorded. Tell every doctor about any you have.</source>
        <translation>Aucune allergie enregistrée. Signalez à chaque médecin toute allergie que vous avez.</translation>
    </message>
    <message>
        <source>No current medicines recorded. Tell every doctor what you take.</source>
        <translation>Aucun médicament actuel enregistré. Indiquez à chaque médecin ce que vous prenez.</translation>
    </message>
    <message>
        <source>No active cancer recorded.</source>
        <translation>Aucun cancer actif enregistré.</translation>
    </message>
    <message>
        <source>No current cancer treatment recorded.</source>
        <translation>Aucun traitement du cancer en cours enregistré.</translation>
    </message>
    <message>
        <source>No devices recorded, such as a port.</source>
        <translation>Aucun dispositif médical enregistré (par exemple une chambre implantable).</translation>
    </message>
    <message>
        <source>No alerts follow from what your record holds.</source>
        <translation>Le contenu de votre dossier ne donne lieu à aucune alerte.</translation>
    </message>
    <message>
        <source>No upcoming appointments are recorded. Ask your centre when your next check-up is.</source>
        <translation>Aucun rendez-vous à venir n’est enregistré. Demandez à votre centre la date de votre prochaine consultation de suivi.</translation>
    </message>
    <message>
        <source>No lab results or measurements are recorded yet.</source>
        <translation>Aucun résultat d’analyse ou mesure n’est encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n élément au total</numerusform>
            <numerusform>%n éléments au total</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind} : {count}</translation>
    </message>
    <message>
        <source>Imported from: {sources}</source>
        <translation>Importé depuis : {sources}</translation>
    </message>
    <message>
        <source>Conditions (diagnoses)</source>
        <translation>Affections (diagnostics)</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Médicaments administrés</translation>
    </message>
    <message>
        <source>Medicines prescribed or taken</source>
        <translation>Médicaments prescrits ou pris</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Résultats d’examens</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Actes et interventions</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vaccinations</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Autres éléments</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Reading your record…</source>
        <translation>Lecture de votre dossier…</translation>
    </message>
    <message>
        <source>Reading your record</source>
        <translation>Lecture de votre dossier</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Votre dossier est vide</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Import a summary from your centre to see your allergies, medicines, diagnosis and results here.</source>
        <translation>Rien n’a encore été importé dans ce profil. Importez un résumé de votre centre pour voir ici vos allergies, médicaments, diagnostic et résultats.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importer un résumé</translation>
    </message>
    <message>
        <source>For any doctor</source>
        <translation>Pour tout médecin</translation>
    </message>
    <message>
        <source>See all allergies and alerts</source>
        <translation>Voir toutes les allergies et alertes</translation>
    </message>
    <message>
        <source>Medicines you take now</source>
        <translation>Médicaments que vous prenez actuellement</translation>
    </message>
    <message>
        <source>See all medicines</source>
        <translation>Voir tous les médicaments</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Cancer</translation>
    </message>
    <message>
        <source>See your cancer journey</source>
        <translation>Voir votre parcours de soins</translation>
    </message>
    <message>
        <source>Cancer treatment now</source>
        <translation>Traitement du cancer en cours</translation>
    </message>
    <message>
        <source>See all treatments</source>
        <translation>Voir tous les traitements</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositifs médicaux</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Next follow-ups</source>
        <translation>Prochains rendez-vous de suivi</translation>
    </message>
    <message>
        <source>Latest results</source>
        <translation>Derniers résultats</translation>
    </message>
    <message>
        <source>See all results</source>
        <translation>Voir tous les résultats</translation>
    </message>
    <message>
        <source>What is in your record</source>
        <translation>Ce que contient votre dossier</translation>
    </message>
    <message>
        <source>See all sources</source>
        <translation>Voir toutes les sources</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>né·e le {date}</translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>date de naissance non renseignée</translation>
    </message>
    <message>
        <source>profile “{label}”</source>
        <translation>profil « {label} »</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Nom non renseigné</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Plus petit</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
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
        <translation>Jamais ouvert</translation>
    </message>
    <message>
        <source>Last opened {date}</source>
        <translation>Ouvert pour la dernière fois le {date}</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Open it to check it.</source>
        <translation>La sauvegarde a été restaurée sous le profil « {label} ». Ouvrez-le pour le vérifier.</translation>
    </message>
    <message>
        <source>Profile “{label}” and everything in it were deleted.</source>
        <translation>Le profil « {label} » et tout son contenu ont été supprimés.</translation>
    </message>
    <message>
        <source>The demo profile is ready. Its passphrase is “{passphrase}”: choose Open to see the record.</source>
        <translation>Le profil de démonstration est prêt. Son mot de passe est « {passphrase} » : choisissez « Ouvrir » pour voir le dossier.</translation>
    </message>
    <message>
        <source>Your cancer history, encrypted and kept on this computer.</source>
        <translation>Votre parcours de cancer, chiffré et conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Choose whose record to open.</source>
        <translation>Choisissez le dossier à ouvrir.</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Profils sur cet ordinateur</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Aucun profil pour l’instant</translation>
    </message>
    <message>
        <source>A profile keeps one person&apos;s cancer history, locked with a passphrase, on this computer only.</source>
        <translation>Un profil conserve le parcours de cancer d’une personne, verrouillé par un mot de passe, uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected profile (Enter)</source>
        <translation>Ouvrir le profil sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <source>Create a profile for another person (Ctrl+N)</source>
        <translation>Créer un profil pour une autre personne (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a profile…</source>
        <translation>Créer un profil…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Make a profile from a backup file (.ecanbackup)</source>
        <translation>Créer un profil à partir d’un fichier de sauvegarde (.ecanbackup)</translation>
    </message>
    <message>
        <source>You can also drop a backup file (.ecanbackup) on this window to restore it.</source>
        <translation>Vous pouvez aussi déposer un fichier de sauvegarde (.ecanbackup) sur cette fenêtre pour le restaurer.</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Contrôle des tâches</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>Im&amp;pression planifiée :</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Informations de &amp;facturation :</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>&amp;Priorité de la tâche :</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Pages de garde</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Imprimer immédiatement</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Attendre indéfiniment</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Jour (de 06:00 à 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Nuit (de 18:00 à 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Deuxième quart (de 16:00 à 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Troisième quart (de 00:00 à 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Week-end (de samedi à dimanche)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Temps spécifique</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Affichage en liste</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Affichage détaillé</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Afficher les fichiers &amp;cachés</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Afficher les fichiers cachés</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 existe déjà.
Voulez-vous le remplacer ?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Voulez-vous vraiment supprimer « %1 » ?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date de modification</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Couper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
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
        <translation>Dimensions&#xa0;:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Source du papier&#xa0;:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Paysage inversé</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Portrait inversé</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>marge haute</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>marge gauche</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>marge droite</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>marge basse</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Ordre des pages :</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;par feuille :</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimètres (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Pouces (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Points (pts)</translation>
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
        <translation>Cicéro (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
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
        <translation>Lettre / ANSI A</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translation>Executive (7.5 x 10 po)</translation>
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
        <translation>Enveloppe C5</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Enveloppe US 10</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Enveloppe DL</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translation>Folio (8.27 x 13 po)</translation>
    </message>
    <message>
        <source>Ledger / ANSI B</source>
        <translation>Ledger / ANSI B</translation>
    </message>
    <message>
        <source>Tabloid / ANSI B</source>
        <translation>Tabloïd / ANSI B</translation>
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
        <translation>Legal Extra</translation>
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
        <translation>Tabloïd Extra</translation>
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
        <translation>%1 x %2 po</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>Executive (7.25 x 10.5 po)</translation>
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
        <translation>Carte postale</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Carte postale double</translation>
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
        <translation>Fanfold US (14.875 x 11 po)</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Fanfold allemand (8.5 x 12 po)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Legal Fanfold allemand (8.5 x 13 po)</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Enveloppe B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Enveloppe B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Enveloppe B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Enveloppe C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Enveloppe C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Enveloppe C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Enveloppe C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Enveloppe C4</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Enveloppe C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Enveloppe C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Enveloppe C7</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Enveloppe US 9</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Enveloppe US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Enveloppe US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Enveloppe US 14</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Enveloppe Monarch</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Enveloppe Personelle</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Enveloppe Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Enveloppe Chou 4</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Enveloppe Invitation</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Enveloppe italienne</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Enveloppe Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Enveloppe Kaku 3</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Enveloppe PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Enveloppe PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Enveloppe PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Enveloppe PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Enveloppe PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Enveloppe PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Enveloppe PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Enveloppe PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Enveloppe PRC 9</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Enveloppe PRC 10</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Im&amp;primer</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Imprimer dans un fichier (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Imprime dans un fichier PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Imprimer dans un fichier…</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Toutes les pages</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Pages impaires</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Pages paires</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>De gauche à droite puis  de haut en bas</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>De gauche à droite puis de bas en haut</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>De droite à gauche puis de bas en haut</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>De droite à gauche puis de haut en bas</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>De bas en haut puis de gauche à droite</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>De bas en haut puis de droite à gauche</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>De haut en bas puis de gauche à droite</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>De haut en bas puis de droite à gauche</translation>
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
        <translation>Définition des pages non valable</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 est syntaxiquement incorrect. Veuillez utiliser &quot;,&quot; pour séparer les pages ou les suites de pages, &quot;-&quot; pour définir des suites de pages et assurez-vous que les suites de pages ne se recouvrent pas.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Conflits dans les pages recto&#xa0;/ verso</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Il y a des conflits dans la configuration des pages recto&#xa0;/ verso. Voulez-vous les corriger&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 est un dossier.
Veuillez choisir un nom de fichier différent.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Impossible d&apos;écrire dans le fichier %1.
Veuillez choisir un nom de fichier différent.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 existe.
Voulez-vous l&apos;écraser&#xa0;?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Les options &quot;Pages par feuille&quot; et &quot;Configuration de la page&quot; ne peuvent pas être utilisées ensemble.
Veuillez désactiver l&apos;une de ces options.</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Propriétés de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Options de la tâche</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Il y a des conflits entre certaines options. Veuillez les corriger.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <translation>Imprimer la sélection</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Imprimer tout</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Pages de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Spécifiez des pages ou des suites de pages séparées par des virgules. Les suites de pages sont spécifiées en utilisant deux nombres séparés par un tiret. Par exemple&#xa0;: 3,5-7,9 imprimera les pages 3, 5, 6, 7 et 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Page courante</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Jeu de pages :</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Paramètres de sortie</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies&#xa0;:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Assembler</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Ordre inverse</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Mode de couleur</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Dégradé de gris</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Impression en recto verso</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;ropriétés</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Fichier de sortie&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>stated by the source</source>
        <translation>indiqué par la source</translation>
    </message>
    <message>
        <source>summed from {count} administrations</source>
        <translation>additionné sur {count} administrations</translation>
    </message>
    <message>
        <source>summed from {count} administrations, per m² of body surface area</source>
        <translation>additionné sur {count} administrations, par m² de surface corporelle</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagerie</translation>
    </message>
    <message>
        <source>Disease status</source>
        <translation>État de la maladie</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Chirurgie</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Line of cancer medicines</source>
        <translation>Ligne de traitement anticancéreux</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radiothérapie</translation>
    </message>
    <message>
        <source>Stem-cell transplant</source>
        <translation>Greffe de cellules souches</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositif médical</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Vaccination</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Symptom or side effect</source>
        <translation>Symptôme ou effet secondaire</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Primary cancer</source>
        <translation>Cancer primitif</translation>
    </message>
    <message>
        <source>Secondary (metastatic) cancer</source>
        <translation>Cancer secondaire (métastatique)</translation>
    </message>
    <message>
        <source>malignant</source>
        <translation>malin</translation>
    </message>
    <message>
        <source>metastatic</source>
        <translation>métastatique</translation>
    </message>
    <message>
        <source>in situ</source>
        <translation>in situ</translation>
    </message>
    <message>
        <source>uncertain behaviour</source>
        <translation>comportement incertain</translation>
    </message>
    <message>
        <source>behaviour not stated</source>
        <translation>comportement non précisé</translation>
    </message>
    <message>
        <source>ECOG performance status</source>
        <translation>Indice de performance ECOG</translation>
    </message>
    <message>
        <source>Karnofsky performance status</source>
        <translation>Indice de Karnofsky</translation>
    </message>
    <message>
        <source>Lansky play-performance scale</source>
        <translation>Échelle de performance de Lansky</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent dose ({table})</source>
        <translation>Anthracyclines en dose équivalente de doxorubicine ({table})</translation>
    </message>
    <message>
        <source>{agent}: not converted, {table} gives no factor for it</source>
        <translation>{agent} : non converti, {table} ne donne pas de facteur pour cette molécule</translation>
    </message>
    <message>
        <source>Reported by {sources}</source>
        <translation>Signalé par {sources}</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>%n autre source</numerusform>
            <numerusform>%n autres sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) given</source>
        <translation>
            <numerusform>%n cycle administré</numerusform>
            <numerusform>%n cycles administrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n cycle prévu</numerusform>
            <numerusform>%n cycles prévus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n administration</numerusform>
            <numerusform>%n administrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n fraction(s)</source>
        <translation>
            <numerusform>en %n fraction</numerusform>
            <numerusform>en %n fractions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n time(s) by later imports</source>
        <translation>
            <numerusform>mis à jour %n fois par des importations ultérieures</numerusform>
            <numerusform>mis à jour %n fois par des importations ultérieures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation>
            <numerusform>%n caractère de plus</numerusform>
            <numerusform>%n caractères de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordFrame</name>
    <message>
        <source>Your new passphrase is saved. Use it from now on.</source>
        <translation>Votre nouveau mot de passe est enregistré. Utilisez-le désormais.</translation>
    </message>
    <message>
        <source>The backup was restored as profile “{label}”. Lock this one to open it.</source>
        <translation>La sauvegarde a été restaurée sous le profil « {label} ». Verrouillez celui-ci pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Annuler cette importation ?</translation>
    </message>
    <message>
        <source>Everything that came from {source} in this import is removed from your record, and what it changed goes back to how it was before. The file itself is not touched; you can import it again later.</source>
        <translation>Tout ce qui provient de {source} dans cette importation est retiré de votre dossier, et ce qu’elle a modifié revient à l’état précédent. Le fichier lui-même n’est pas touché ; vous pourrez l’importer à nouveau plus tard.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Import undone: {removed} removed, {restored} put back as before.</source>
        <translation>Importation annulée : {removed} retiré(s), {restored} remis comme avant.</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n item(s) removed.</source>
        <translation>
            <numerusform>Importation annulée : %n élément retiré.</numerusform>
            <numerusform>Importation annulée : %n éléments retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Le mot de passe a été changé.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import summaries from your centres (Ctrl+I)</source>
        <translation>Importer les résumés de vos centres (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>Exporter le résumé…</translation>
    </message>
    <message>
        <source>Save or print the summary for a doctor abroad (Ctrl+E)</source>
        <translation>Enregistrer ou imprimer le résumé pour un médecin à l’étranger (Ctrl+E)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Hide the record and forget the key (Ctrl+L)</source>
        <translation>Masquer le dossier et oublier la clé (Ctrl+L)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Cancer journey</source>
        <translation>Parcours de soins</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Allergies and alerts</source>
        <translation>Allergies et alertes</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Affections</translation>
    </message>
    <message>
        <source>Immunisations</source>
        <translation>Vaccinations</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Autres éléments</translation>
    </message>
    <message>
        <source>My entries</source>
        <translation>Mes saisies</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation>Parties du dossier</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n minute(s) without use</source>
        <translation>
            <numerusform>Se verrouille après %n minute d’inactivité</numerusform>
            <numerusform>Se verrouille après %n minutes d’inactivité</numerusform>
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
        <translation>depuis {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu’à {date}</translation>
    </message>
    <message>
        <source>No value: {reason}</source>
        <translation>Aucune valeur : {reason}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>jusqu’à {high}</translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation>à partir de {low}</translation>
    </message>
    <message>
        <source>Chemotherapy (anthracycline)</source>
        <translation>Chimiothérapie (anthracycline)</translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation>Immunothérapie</translation>
    </message>
    <message>
        <source>Hormone therapy</source>
        <translation>Hormonothérapie</translation>
    </message>
    <message>
        <source>Targeted therapy</source>
        <translation>Thérapie ciblée</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Chimiothérapie</translation>
    </message>
    <message>
        <source>Supportive medicine</source>
        <translation>Traitement de support</translation>
    </message>
    <message>
        <source>Cancer medicine</source>
        <translation>Médicament anticancéreux</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non réalisé</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>non pris</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>saisi par erreur</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>statut inconnu</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>remplacé par une version plus récente</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>programmé</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>effectué</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>sur liste d’attente</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>réapparu</translation>
    </message>
    <message>
        <source>relapse</source>
        <translation>rechute</translation>
    </message>
    <message>
        <source>in remission</source>
        <translation>en rémission</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>one of several possibilities</source>
        <translation>une possibilité parmi d’autres</translation>
    </message>
    <message>
        <source>presumed</source>
        <translation>présumé</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Risque non évalué</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Intolerance</source>
        <translation>Intolérance</translation>
    </message>
    <message>
        <source>food</source>
        <translation>aliment</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>médicament</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>biological product</source>
        <translation>produit biologique</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>reported as taken</source>
        <translation>déclaré comme pris</translation>
    </message>
    <message>
        <source>prescribed</source>
        <translation>prescrit</translation>
    </message>
    <message>
        <source>given</source>
        <translation>administré</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>délivré</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non administré</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>en place</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>no longer in use</source>
        <translation>plus utilisé</translation>
    </message>
    <message>
        <source>not in use for now</source>
        <translation>pas utilisé pour le moment</translation>
    </message>
    <message>
        <source>Insurance claims</source>
        <translation>Demandes de remboursement</translation>
    </message>
    <message>
        <source>Insurance statements</source>
        <translation>Décomptes de remboursement</translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation>Couverture d’assurance</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Warnings about treatment</source>
        <translation>Avertissements sur les traitements</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations et mesures</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Answered questionnaires</source>
        <translation>Questionnaires remplis</translation>
    </message>
    <message>
        <source>Imaging studies</source>
        <translation>Examens d’imagerie</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Antécédents familiaux</translation>
    </message>
    <message>
        <source>Clinical assessments</source>
        <translation>Évaluations cliniques</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Évaluations des risques</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Événements indésirables</translation>
    </message>
    <message>
        <source>Nutrition orders</source>
        <translation>Prescriptions nutritionnelles</translation>
    </message>
    <message>
        <source>Treatment protocols</source>
        <translation>Protocoles de traitement</translation>
    </message>
    <message>
        <source>Research studies</source>
        <translation>Études de recherche</translation>
    </message>
    <message>
        <source>Research participation</source>
        <translation>Participation à la recherche</translation>
    </message>
    <message>
        <source>Episodes of care</source>
        <translation>Épisodes de soins</translation>
    </message>
    <message>
        <source>Visits and stays</source>
        <translation>Consultations et séjours</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Actes et interventions</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Affections</translation>
    </message>
    <message>
        <source>Medicine statements</source>
        <translation>Médicaments déclarés</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <source>Medicines given</source>
        <translation>Médicaments administrés</translation>
    </message>
    <message>
        <source>Medicines dispensed</source>
        <translation>Médicaments délivrés</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Comptes rendus</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Résumés</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vaccinations</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositifs médicaux</translation>
    </message>
    <message>
        <source>Device use</source>
        <translation>Utilisation de dispositifs médicaux</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Plans de soins</translation>
    </message>
    <message>
        <source>Requests for care</source>
        <translation>Demandes d’examens et de soins</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Informations sur le patient</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes et établissements</translation>
    </message>
    <message>
        <source>Health professionals</source>
        <translation>Professionnels de santé</translation>
    </message>
    <message>
        <source>Roles of health professionals</source>
        <translation>Rôles des professionnels de santé</translation>
    </message>
    <message>
        <source>Medicines as products</source>
        <translation>Médicaments (produits)</translation>
    </message>
    <message>
        <source>Where records came from</source>
        <translation>Provenance des éléments</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Body structures</source>
        <translation>Structures anatomiques</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Prélèvements</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Substances</translation>
    </message>
    <message>
        <source>Relatives and carers</source>
        <translation>Proches et aidants</translation>
    </message>
    <message>
        <source>Care teams</source>
        <translation>Équipes soignantes</translation>
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
        <translation>Le profil est créé, mais cet ordinateur n’a pas pu mémoriser son mot de passe. {reason}</translation>
    </message>
    <message>
        <source>Recovery code for profile “{label}”</source>
        <translation>Code de récupération du profil « {label} »</translation>
    </message>
    <message>
        <source>Made on {date} by ecan-desktop.</source>
        <translation>Créé le {date} par ecan-desktop.</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep this paper somewhere safe, away from the computer.</source>
        <translation>Si vous oubliez le mot de passe de ce profil, ce code est le seul moyen de l’ouvrir. Gardez cette feuille en lieu sûr, loin de l’ordinateur.</translation>
    </message>
    <message>
        <source>recovery code {label}.txt</source>
        <translation>code de récupération {label}.txt</translation>
    </message>
    <message>
        <source>If you forget the passphrase of this profile, this code is the only way to open it. Keep a copy somewhere safe, away from the computer.</source>
        <translation>Si vous oubliez le mot de passe de ce profil, ce code est le seul moyen de l’ouvrir. Gardez-en une copie en lieu sûr, loin de l’ordinateur.</translation>
    </message>
    <message>
        <source>The file could not be saved ({detail}). Choose another place.</source>
        <translation>Le fichier n’a pas pu être enregistré ({detail}). Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation>Le code de récupération a été envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>The recovery code was saved in {path}.</source>
        <translation>Le code de récupération a été enregistré dans {path}.</translation>
    </message>
    <message>
        <source>That is not what your copy of the code says. Look at it again, or go back to see the code.</source>
        <translation>Ce n’est pas ce qu’indique votre copie du code. Vérifiez-la à nouveau ou revenez au code.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way into the record: nobody else can open it for you. It is shown only now.</source>
        <translation>Si vous oubliez un jour votre mot de passe, ce code est le seul moyen d’accéder au dossier : personne d’autre ne peut l’ouvrir pour vous. Il n’est affiché que maintenant.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Print it or save it, and keep it somewhere safe, not only on this computer.</source>
        <translation>Imprimez-le ou enregistrez-le, et gardez-le en lieu sûr, pas seulement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the code to a file (on a USB stick, for example) and print it later, or copy it onto paper.</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur : enregistrez le code dans un fichier (sur une clé USB, par exemple) et imprimez-le plus tard, ou recopiez-le sur papier.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Je l’ai conservé</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Vérifiez votre copie</translation>
    </message>
    <message>
        <source>To make sure you can use the code later, type group {first} and group {second} of it, from your copy.</source>
        <translation>Pour être sûr·e de pouvoir utiliser le code plus tard, saisissez ses groupes {first} et {second} à partir de votre copie.</translation>
    </message>
    <message>
        <source>Group {number}</source>
        <translation>Groupe {number}</translation>
    </message>
    <message>
        <source>‹ Show the code again</source>
        <translation>‹ Afficher à nouveau le code</translation>
    </message>
    <message>
        <source>Check and open the profile</source>
        <translation>Vérifier et ouvrir le profil</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockPage</name>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation>Déverrouillage et enregistrement du nouveau mot de passe…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Saisissez d’abord votre code de récupération.</translation>
    </message>
    <message>
        <source>‹ Back to the passphrase</source>
        <translation>‹ Retour au mot de passe</translation>
    </message>
    <message>
        <source>Unlock “{label}” with the recovery code</source>
        <translation>Déverrouiller « {label} » avec le code de récupération</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or saved when you created this profile, then choose a new passphrase. The old passphrase will stop working.</source>
        <translation>Saisissez le code de récupération imprimé ou enregistré lors de la création de ce profil, puis choisissez un nouveau mot de passe. L’ancien mot de passe ne fonctionnera plus.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Code de &amp;récupération</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Unlock and save the new passphrase</source>
        <translation>Déverrouiller et enregistrer le nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restoring and checking the backup…</source>
        <translation>Restauration et vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restauration de la sauvegarde</translation>
    </message>
    <message>
        <source>Type the recovery code of the backup first.</source>
        <translation>Saisissez d’abord le code de récupération de la sauvegarde.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup first.</source>
        <translation>Saisissez d’abord le mot de passe de la sauvegarde.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore “{file}”</source>
        <translation>Restaurer « {file} »</translation>
    </message>
    <message>
        <source>The backup becomes a new profile on this computer; nothing you have now is replaced. Unlock it as it was when the backup was made.</source>
        <translation>La sauvegarde devient un nouveau profil sur cet ordinateur ; rien de ce que vous avez déjà n’est remplacé. Déverrouillez-la comme au moment où elle a été faite.</translation>
    </message>
    <message>
        <source>I know the passphrase of the backup</source>
        <translation>Je connais le mot de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>I have its recovery code (then choose a new passphrase)</source>
        <translation>J’ai son code de récupération (puis choisir un nouveau mot de passe)</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Mot de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Code de &amp;récupération</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>No value ({reason})</source>
        <translation>Aucune valeur ({reason})</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Aucune valeur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name} : {value}</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>below {value}</source>
        <translation>inférieur à {value}</translation>
    </message>
    <message>
        <source>above {value}</source>
        <translation>supérieur à {value}</translation>
    </message>
    <message>
        <source>↑ High</source>
        <translation>↑ Élevé</translation>
    </message>
    <message>
        <source>↓ Low</source>
        <translation>↓ Bas</translation>
    </message>
    <message>
        <source>! Outside the normal range</source>
        <translation>! En dehors des valeurs normales</translation>
    </message>
    <message>
        <source>Date not given</source>
        <translation>Date non indiquée</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Valeurs normales</translation>
    </message>
    <message>
        <source>High or low</source>
        <translation>Élevé ou bas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not in the chart: not a number</source>
        <translation>Absent du graphique : pas un nombre</translation>
    </message>
    <message>
        <source>Not in the chart: another unit</source>
        <translation>Absent du graphique : autre unité</translation>
    </message>
    <message>
        <source>Not in the chart: no date</source>
        <translation>Absent du graphique : pas de date</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>No test matches “{words}”.</source>
        <translation>Aucun examen ne correspond à « {words} ».</translation>
    </message>
    <message>
        <source>Normal range ({range})</source>
        <translation>Valeurs normales ({range})</translation>
    </message>
    <message>
        <source>Given as a limit (such as “&lt; 5”)</source>
        <translation>Indiqué comme une limite (par exemple « &lt; 5 »)</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radiothérapie</translation>
    </message>
    <message numerus="yes">
        <source>{agents} and %n more</source>
        <translation>
            <numerusform>{agents} et %n autre</numerusform>
            <numerusform>{agents} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancer medicines, line {number}: {agents}</source>
        <translation>Médicaments anticancéreux, ligne {number} : {agents}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n résultat : {first} – {last}</numerusform>
            <numerusform>%n résultats : {first} – {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>normal range {range}</source>
        <translation>valeurs normales {range}</translation>
    </message>
    <message>
        <source>tumour marker</source>
        <translation>marqueur tumoral</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in words, not numbers: in the table only.</source>
        <translation>
            <numerusform>%n résultat en mots et non en chiffres : uniquement dans le tableau.</numerusform>
            <numerusform>%n résultats en mots et non en chiffres : uniquement dans le tableau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in another unit ({units}): in the table only. The chart shows {unit}.</source>
        <translation>
            <numerusform>%n résultat dans une autre unité ({units}) : uniquement dans le tableau. Le graphique affiche {unit}.</numerusform>
            <numerusform>%n résultats dans une autre unité ({units}) : uniquement dans le tableau. Le graphique affiche {unit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) without a date: in the table only.</source>
        <translation>
            <numerusform>%n résultat sans date : uniquement dans le tableau.</numerusform>
            <numerusform>%n résultats sans date : uniquement dans le tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart for this test: its results are not numbers on a date. They are all in the table below.</source>
        <translation>Il n’y a pas de graphique pour cet examen : ses résultats ne sont pas des nombres datés. Ils figurent tous dans le tableau ci-dessous.</translation>
    </message>
    <message>
        <source>Chart of {name}</source>
        <translation>Graphique : {name}</translation>
    </message>
    <message>
        <source>Table of {name}: the values of the chart</source>
        <translation>Tableau de {name} : les valeurs du graphique</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Your test results over time. Choose a test to see its chart; the shaded bands show its normal range and your cancer treatment.</source>
        <translation>Vos résultats d’examens au fil du temps. Choisissez un examen pour voir son graphique ; les zones ombrées indiquent ses valeurs normales et votre traitement du cancer.</translation>
    </message>
    <message>
        <source>Search tests</source>
        <translation>Rechercher un examen</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation>Aucun résultat d’examen pour l’instant</translation>
    </message>
    <message>
        <source>Import a summary from your centre to see your blood tests and other results here.</source>
        <translation>Importez un résumé de votre centre pour voir ici vos analyses de sang et vos autres résultats.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importer un résumé</translation>
    </message>
</context>
<context>
    <name>SelectionTree</name>
    <message>
        <source>Nothing recorded</source>
        <translation>Rien d’enregistré</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclu</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>{included} of {total}</source>
        <translation>{included} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>{included} of %n item(s) included</source>
        <translation>
            <numerusform>{included} sur %n élément inclus</numerusform>
            <numerusform>{included} sur %n éléments inclus</numerusform>
        </translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Contenu à inclure</translation>
    </message>
    <message>
        <source>Sections of the summary, emergency information first, with their items. Space turns the selected one on or off.</source>
        <translation>Sections du résumé, avec leurs éléments, en commençant par les informations d’urgence. La barre d’espace active ou désactive l’élément sélectionné.</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>Section ou élément</translation>
    </message>
    <message>
        <source>Date or count</source>
        <translation>Date ou nombre</translation>
    </message>
    <message>
        <source>What you leave out is also left out of the emergency card and of the IPS file, inside the PDF and exported. The IPS file then says that information was withheld.</source>
        <translation>Ce que vous excluez est aussi exclu de la carte d’urgence et du fichier IPS, qu’il soit joint au PDF ou exporté. Le fichier IPS indique alors que des informations n’ont pas été communiquées.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Include everything again, except what the sources marked as an error</source>
        <translation>Tout inclure à nouveau, sauf ce que les sources ont marqué comme erroné</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This computer now remembers this profile.</source>
        <translation>Cet ordinateur se souvient désormais de ce profil.</translation>
    </message>
    <message>
        <source>This computer no longer remembers this profile.</source>
        <translation>Cet ordinateur ne se souvient plus de ce profil.</translation>
    </message>
    <message>
        <source>Backup saved in {path}.</source>
        <translation>Sauvegarde enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Création de la sauvegarde…</translation>
    </message>
    <message>
        <source>Making the backup</source>
        <translation>Création de la sauvegarde</translation>
    </message>
    <message>
        <source>Not offered on a shared computer (kiosk mode).</source>
        <translation>Non proposé sur un ordinateur partagé (mode kiosque).</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use, so it cannot remember the passphrase. You unlock with your passphrase.</source>
        <translation>Cet ordinateur n’a pas de trousseau de mots de passe utilisable par ecan-desktop ; il ne peut donc pas mémoriser le mot de passe. Vous déverrouillez avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Opens this profile without the passphrase for anyone using your account on this computer. Leave it off on a shared computer.</source>
        <translation>Ouvre ce profil sans mot de passe pour toute personne utilisant votre compte sur cet ordinateur. Laissez cette option désactivée sur un ordinateur partagé.</translation>
    </message>
    <message>
        <source>No backup yet. A backup is one encrypted file: keep it on a USB stick or another disk to restore the record on any computer.</source>
        <translation>Pas encore de sauvegarde. Une sauvegarde est un fichier chiffré : gardez-le sur une clé USB ou un autre disque pour restaurer le dossier sur n’importe quel ordinateur.</translation>
    </message>
    <message>
        <source>Last backup {date}: {path}</source>
        <translation>Dernière sauvegarde le {date} : {path}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Langue et affichage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>For everything in the app. Applies at once.</source>
        <translation>Pour toute l’application. S’applique immédiatement.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Comme l’ordinateur</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Everything grows with the text.</source>
        <translation>Tout s’agrandit avec le texte.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <source>After this long without use, the record locks and needs the passphrase.</source>
        <translation>Après cette durée d’inactivité, le dossier se verrouille et demande le mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s)</source>
        <translation>
            <numerusform>après %n minute</numerusform>
            <numerusform>après %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this profile.</source>
        <translation>Choisissez un nouveau mot de passe pour ce profil.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Back up this profile</source>
        <translation>Sauvegarder ce profil</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Adds the profile in a backup file to this computer, next to this one.</source>
        <translation>Ajoute le profil d’un fichier de sauvegarde sur cet ordinateur, à côté de celui-ci.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete profile “{label}”</source>
        <translation>Supprimer le profil « {label} »</translation>
    </message>
    <message>
        <source>Erases this profile and everything in it from this computer.</source>
        <translation>Efface ce profil et tout son contenu de cet ordinateur.</translation>
    </message>
    <message>
        <source>Delete profile…</source>
        <translation>Supprimer le profil…</translation>
    </message>
</context>
<context>
    <name>SourceChips</name>
    <message numerus="yes">
        <source>%n more source(s)</source>
        <translation>
            <numerusform>%n autre source</numerusform>
            <numerusform>%n autres sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by you</source>
        <translation>Signalé par vous</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Source sans nom</translation>
    </message>
    <message>
        <source>You entered this yourself (My entries).</source>
        <translation>Vous l’avez saisi vous-même (Mes saisies).</translation>
    </message>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Importé le {date} depuis {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Importé le {date}</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation>Source inconnue</translation>
    </message>
    <message>
        <source>Reported by {a}</source>
        <translation>Signalé par {a}</translation>
    </message>
    <message>
        <source>Reported by {list} and {last}</source>
        <translation>Signalé par {list} et {last}</translation>
    </message>
</context>
<context>
    <name>SourceDetails</name>
    <message>
        <source>{added} new, {updated} updated, {unchanged} already in your record, {linked} also reported by another source</source>
        <translation>{added} nouveau(x), {updated} mis à jour, {unchanged} déjà dans votre dossier, {linked} également signalé(s) par une autre source</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more that were not kept.</source>
        <translation>
            <numerusform>… et %n autre problème non conservé.</numerusform>
            <numerusform>… et %n autres problèmes non conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Not named in the file</source>
        <translation>Non nommé dans le fichier</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Date d’importation</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Contenu apporté</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>Empreinte du fichier (SHA-256)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the file</source>
        <translation>
            <numerusform>%n problème trouvé dans le fichier</numerusform>
            <numerusform>%n problèmes trouvés dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found in the file</source>
        <translation>Aucun problème trouvé dans le fichier</translation>
    </message>
    <message>
        <source>Details of this import</source>
        <translation>Détails de cette importation</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Imported {date} from {file}</source>
        <translation>Importé le {date} depuis {file}</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Importé le {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n nouvel élément</numerusform>
            <numerusform>%n nouveaux éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n également signalé par une autre source</numerusform>
            <numerusform>%n également signalés par une autre source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found in the file: see the details</source>
        <translation>
            <numerusform>⚠ %n problème trouvé dans le fichier : voir les détails</numerusform>
            <numerusform>⚠ %n problèmes trouvés dans le fichier : voir les détails</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Details of the import from {source}</source>
        <translation>Détails de l’importation depuis {source}</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Annuler cette importation…</translation>
    </message>
    <message>
        <source>Undo the import from {source}</source>
        <translation>Annuler l’importation depuis {source}</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Unnamed source</source>
        <translation>Source sans nom</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s). Each one can be undone: what it brought is removed, what it changed goes back to how it was.</source>
        <translation>
            <numerusform>%n importation. Chacune peut être annulée : ce qu’elle a apporté est retiré, ce qu’elle a modifié revient à l’état précédent.</numerusform>
            <numerusform>%n importations. Chacune peut être annulée : ce qu’elle a apporté est retiré, ce qu’elle a modifié revient à l’état précédent.</numerusform>
        </translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Aucune importation pour l’instant</translation>
    </message>
    <message>
        <source>Import a summary from your centre (a FHIR file) to fill your record.</source>
        <translation>Importez un résumé de votre centre (un fichier FHIR) pour remplir votre dossier.</translation>
    </message>
    <message>
        <source>Import a summary…</source>
        <translation>Importer un résumé…</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>“{code}” is not a language the summary can be printed in. Choose one or two of: {available}.</source>
        <translation>« {code} » n’est pas une langue dans laquelle le résumé peut être imprimé. Choisissez-en une ou deux parmi : {available}.</translation>
    </message>
    <message>
        <source>The summary cannot be printed in {name} yet. Choose one or two of: {available}.</source>
        <translation>Le résumé ne peut pas encore être imprimé en {name}. Choisissez-en une ou deux parmi : {available}.</translation>
    </message>
    <message>
        <source>A summary is printed in one language or two (the doctor&apos;s, then the patient&apos;s), not {count}.</source>
        <translation>Un résumé s’imprime en une ou deux langues (celle du médecin, puis celle du patient), pas en {count}.</translation>
    </message>
    <message>
        <source>Making the summary was cancelled. Nothing was saved.</source>
        <translation>La création du résumé a été annulée. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}). Check that the folder exists and that you may write there. Nothing else was changed.</source>
        <translation>Le fichier {path} n’a pas pu être écrit ({reason}). Vérifiez que le dossier existe et que vous avez le droit d’y écrire. Rien d’autre n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Change a symptom or side effect</source>
        <translation>Modifier un symptôme ou un effet secondaire</translation>
    </message>
    <message>
        <source>Add a symptom or side effect</source>
        <translation>Ajouter un symptôme ou un effet secondaire</translation>
    </message>
    <message>
        <source>What did you have?</source>
        <translation>Qu’avez-vous eu ?</translation>
    </message>
    <message>
        <source>Describe it</source>
        <translation>Décrivez-le</translation>
    </message>
    <message>
        <source>A few words, for example: cramps in my legs.</source>
        <translation>Quelques mots, par exemple : crampes dans les jambes.</translation>
    </message>
    <message>
        <source>How bad was it?</source>
        <translation>Quelle était son intensité ?</translation>
    </message>
    <message>
        <source>The grades are those doctors use for side effects of cancer treatment.</source>
        <translation>Ces grades sont ceux qu’utilisent les médecins pour les effets secondaires des traitements du cancer.</translation>
    </message>
    <message>
        <source>When did you have it?</source>
        <translation>Quand l’avez-vous eu ?</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Autres informations (facultatif)</translation>
    </message>
    <message>
        <source>For example: how long it lasted, or what helped.</source>
        <translation>Par exemple : combien de temps cela a duré, ou ce qui a aidé.</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Text of the document</source>
        <translation>Texte du document</translation>
    </message>
</context>
<context>
    <name>TreatmentText</name>
    <message>
        <source>to {date}</source>
        <translation>au {date}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu’au {date}</translation>
    </message>
    <message>
        <source>stated by the centre</source>
        <translation>indiqué par le centre</translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s)</source>
        <translation>
            <numerusform>additionné sur %n dose</numerusform>
            <numerusform>additionné sur %n doses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added up from %n dose(s), per m²</source>
        <translation>
            <numerusform>additionné sur %n dose, par m²</numerusform>
            <numerusform>additionné sur %n doses, par m²</numerusform>
        </translation>
    </message>
    <message>
        <source>some doses could not be counted</source>
        <translation>certaines doses n’ont pas pu être comptées</translation>
    </message>
    <message>
        <source>{dose} in total</source>
        <translation>{dose} au total</translation>
    </message>
    <message numerus="yes">
        <source>%n administration(s)</source>
        <translation>
            <numerusform>%n administration</numerusform>
            <numerusform>%n administrations</numerusform>
        </translation>
    </message>
    <message>
        <source>{given} of {planned} cycles</source>
        <translation>{given} sur {planned} cycles</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s)</source>
        <translation>
            <numerusform>%n cycle</numerusform>
            <numerusform>%n cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) planned</source>
        <translation>
            <numerusform>%n cycle prévu</numerusform>
            <numerusform>%n cycles prévus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>intervalle de %n jour</numerusform>
            <numerusform>intervalle de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>Site not stated</source>
        <translation>Localisation non précisée</translation>
    </message>
    <message numerus="yes">
        <source>%n fraction(s)</source>
        <translation>
            <numerusform>%n fraction</numerusform>
            <numerusform>%n fractions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{dose} Gy in %n fraction(s)</source>
        <translation>
            <numerusform>{dose} Gy en %n fraction</numerusform>
            <numerusform>{dose} Gy en %n fractions</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message>
        <source>boost {dose}</source>
        <translation>surimpression {dose}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>{doses}, {total} Gy in total</source>
        <translation>{doses}, {total} Gy au total</translation>
    </message>
    <message>
        <source>autologous (your own stem cells)</source>
        <translation>autologue (vos propres cellules souches)</translation>
    </message>
    <message>
        <source>allogeneic (from a donor)</source>
        <translation>allogénique (d’un donneur)</translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Anthracyclines were given ({agents}), but no dose of them is recorded, so no total can be worked out.</source>
        <translation>Des anthracyclines ont été administrées ({agents}), mais aucune dose n’est enregistrée : aucun total ne peut donc être calculé.</translation>
    </message>
    <message>
        <source>No anthracyclines in your record.</source>
        <translation>Aucune anthracycline dans votre dossier.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Transplant</source>
        <translation>Greffe</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Dose cumulée</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>Mode d’obtention</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>État</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Treatment protocol</source>
        <translation>Protocole de traitement</translation>
    </message>
    <message>
        <source>{protocol}, ended {date}</source>
        <translation>{protocol}, fin : {date}</translation>
    </message>
    <message>
        <source>Treatment protocols: {list}</source>
        <translation>Protocoles de traitement : {list}</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Fractions</source>
        <translation>Fractions</translation>
    </message>
    <message>
        <source>Course total</source>
        <translation>Dose totale de la série</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>{dose} Gy</source>
        <translation>{dose} Gy</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>{site} (boost)</source>
        <translation>{site} (surimpression)</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>What you were treated with, as a survivorship clinic asks for it: the medicines with their cumulative doses, the anthracycline total, radiotherapy by site. Choose a row to see its details and where it came from.</source>
        <translation>Les traitements que vous avez reçus, tels que les demande une consultation de suivi après cancer : les médicaments avec leurs doses cumulées, le total d’anthracyclines, la radiothérapie par localisation. Choisissez une ligne pour voir ses détails et sa provenance.</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Chirurgie</translation>
    </message>
    <message>
        <source>No surgery in your record.</source>
        <translation>Aucune chirurgie dans votre dossier.</translation>
    </message>
    <message>
        <source>Cancer medicines (systemic therapy)</source>
        <translation>Médicaments anticancéreux (traitement systémique)</translation>
    </message>
    <message>
        <source>No cancer medicines in your record.</source>
        <translation>Aucun médicament anticancéreux dans votre dossier.</translation>
    </message>
    <message>
        <source>Anthracyclines and the heart</source>
        <translation>Anthracyclines et cœur</translation>
    </message>
    <message>
        <source>Radiotherapy</source>
        <translation>Radiothérapie</translation>
    </message>
    <message>
        <source>No radiotherapy in your record.</source>
        <translation>Aucune radiothérapie dans votre dossier.</translation>
    </message>
    <message>
        <source>Stem-cell transplants</source>
        <translation>Greffes de cellules souches</translation>
    </message>
    <message>
        <source>No stem-cell transplant in your record.</source>
        <translation>Aucune greffe de cellules souches dans votre dossier.</translation>
    </message>
    <message>
        <source>Anthracyclines as doxorubicin-equivalent</source>
        <translation>Anthracyclines en équivalent doxorubicine</translation>
    </message>
    <message>
        <source>No treatments yet</source>
        <translation>Aucun traitement pour l’instant</translation>
    </message>
    <message>
        <source>Import a summary from your cancer centre. Your operations, cancer medicines with their doses, radiotherapy and transplants then appear here.</source>
        <translation>Importez un résumé de votre centre de cancérologie. Vos opérations, vos médicaments anticancéreux avec leurs doses, vos radiothérapies et vos greffes apparaîtront alors ici.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importer un résumé</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Type the passphrase of this profile first.</source>
        <translation>Saisissez d’abord le mot de passe de ce profil.</translation>
    </message>
    <message>
        <source>‹ Back to profiles</source>
        <translation>‹ Retour aux profils</translation>
    </message>
    <message>
        <source>Back to the list of profiles (Esc)</source>
        <translation>Retour à la liste des profils (Échap)</translation>
    </message>
    <message>
        <source>“{label}” is locked</source>
        <translation>« {label} » est verrouillé</translation>
    </message>
    <message>
        <source>Type your passphrase to continue where you were.</source>
        <translation>Saisissez votre mot de passe pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Unlock “{label}”</source>
        <translation>Déverrouiller « {label} »</translation>
    </message>
    <message>
        <source>Type the passphrase you chose for this profile.</source>
        <translation>Saisissez le mot de passe choisi pour ce profil.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>This is the demo profile. Its passphrase is “{passphrase}”.</source>
        <translation>C’est le profil de démonstration. Son mot de passe est « {passphrase} ».</translation>
    </message>
    <message>
        <source>Unlocking… This takes a moment.</source>
        <translation>Déverrouillage… Cela prend un instant.</translation>
    </message>
    <message>
        <source>Unlocking with the key this computer remembers…</source>
        <translation>Déverrouillage avec la clé mémorisée par cet ordinateur…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Oublié ? Utilisez votre code de récupération</translation>
    </message>
    <message>
        <source>Unlock with the recovery code you kept, then choose a new passphrase</source>
        <translation>Déverrouiller avec le code de récupération conservé, puis choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>UnlockWait</name>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop d’essais erronés. Vous pourrez réessayer dans %n minute.</numerusform>
            <numerusform>Trop d’essais erronés. Vous pourrez réessayer dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop d’essais erronés. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop d’essais erronés. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>The passphrase is not right. Check that Caps Lock is off and try again, or unlock with your recovery code.</source>
        <translation>Le mot de passe n’est pas correct. Vérifiez que la touche Verr. Maj est désactivée et réessayez, ou déverrouillez avec votre code de récupération.</translation>
    </message>
    <message>
        <source>The recovery code is not right. It has 25 letters and digits in groups of five; check each group and try again.</source>
        <translation>Le code de récupération n’est pas correct. Il compte 25 lettres et chiffres en groupes de cinq ; vérifiez chaque groupe et réessayez.</translation>
    </message>
    <message>
        <source>This does not look like a recovery code: it should have 25 letters and digits, like ABCDE-FGHJK-MNPQR-STVWX-YZ234. Type it again as it was printed.</source>
        <translation>Cela ne ressemble pas à un code de récupération : il doit comporter 25 lettres et chiffres, comme ABCDE-FGHJK-MNPQR-STVWX-YZ234. Saisissez-le à nouveau tel qu’il a été imprimé.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least {minimum} characters; a few words you can remember work well.</source>
        <translation>Le mot de passe est trop court. Utilisez au moins {minimum} caractères ; quelques mots dont vous vous souvenez font très bien l’affaire.</translation>
    </message>
    <message>
        <source>The record of profile “{label}” is damaged and cannot be opened ({detail}). Nothing has been changed. Restore it from your newest backup: {backup}</source>
        <translation>Le dossier du profil « {label} » est endommagé et ne peut pas être ouvert ({detail}). Rien n’a été modifié. Restaurez-le à partir de votre sauvegarde la plus récente : {backup}</translation>
    </message>
    <message>
        <source>The key file of profile “{label}” is missing or damaged ({detail}), so the record cannot be unlocked. Nothing has been changed. Restore the profile from your newest backup: {backup}</source>
        <translation>Le fichier de clés du profil « {label} » est absent ou endommagé ({detail}) : le dossier ne peut pas être déverrouillé. Rien n’a été modifié. Restaurez le profil à partir de votre sauvegarde la plus récente : {backup}</translation>
    </message>
    <message>
        <source>Profile “{label}” was saved by a newer version of ecan-desktop (record format {found}; this version reads up to {supported}). Nothing has been changed. Update ecan-desktop to open it.</source>
        <translation>Le profil « {label} » a été enregistré par une version plus récente d’ecan-desktop (format de dossier {found} ; cette version lit jusqu’au {supported}). Rien n’a été modifié. Mettez à jour ecan-desktop pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Profile “{label}” is already open in another ecan-desktop window (process {pid}). Close it there first, then try again.</source>
        <translation>Le profil « {label} » est déjà ouvert dans une autre fenêtre d’ecan-desktop (processus {pid}). Fermez-le d’abord là-bas, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no profile called “{label}”. Run “ecan-desktop profile list” to see your profiles.</source>
        <translation>Il n’existe aucun profil nommé « {label} ». Lancez « ecan-desktop profile list » pour voir vos profils.</translation>
    </message>
    <message>
        <source>A profile called “{label}” already exists. Choose another name.</source>
        <translation>Un profil nommé « {label} » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no import number {source_id} in this profile. Run “ecan-desktop sources” to see the imports and their numbers.</source>
        <translation>Il n’y a pas d’importation numéro {source_id} dans ce profil. Lancez « ecan-desktop sources » pour voir les importations et leurs numéros.</translation>
    </message>
    <message>
        <source>A profile name needs 1 to {maximum} characters and cannot be only spaces.</source>
        <translation>Un nom de profil doit compter de 1 à {maximum} caractères et ne peut pas être composé uniquement d’espaces.</translation>
    </message>
    <message>
        <source>ecan-desktop could not write to {path} ({detail}). Nothing has been changed. Check that the disk has free space and that you may write to that folder, then try again.</source>
        <translation>ecan-desktop n’a pas pu écrire dans {path} ({detail}). Rien n’a été modifié. Vérifiez que le disque a de l’espace libre et que vous avez le droit d’écrire dans ce dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>This computer has no password store that ecan-desktop can use ({detail}), so it cannot remember your passphrase. You can still unlock with your passphrase.</source>
        <translation>Cet ordinateur n’a pas de trousseau de mots de passe utilisable par ecan-desktop ({detail}) ; il ne peut donc pas mémoriser votre mot de passe. Vous pouvez toujours déverrouiller avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store is locked. Unlock it (or log in again), or type your passphrase instead.</source>
        <translation>Le trousseau de mots de passe de votre ordinateur est verrouillé. Déverrouillez-le (ou reconnectez-vous), ou saisissez plutôt votre mot de passe.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase of profile “{label}”. Type your passphrase; you can turn “remember on this computer” on again in Settings.</source>
        <translation>Cet ordinateur ne se souvient plus du mot de passe du profil « {label} ». Saisissez votre mot de passe ; vous pouvez réactiver « Mémoriser sur cet ordinateur » dans les Paramètres.</translation>
    </message>
    <message>
        <source>{path} is not an ecan-desktop backup, or it is damaged ({detail}). Nothing has been restored. Choose the backup file again.</source>
        <translation>{path} n’est pas une sauvegarde ecan-desktop, ou elle est endommagée ({detail}). Rien n’a été restauré. Choisissez à nouveau le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>no backup was found on this computer; if you keep one elsewhere, use “Restore from backup”</source>
        <translation>aucune sauvegarde n’a été trouvée sur cet ordinateur ; si vous en gardez une ailleurs, utilisez « Restaurer une sauvegarde »</translation>
    </message>
</context>
</TS>
