<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n also reported by another source</source>
        <translation>
            <numerusform>%n également signalé par une autre source</numerusform>
            <numerusform>%n également signalés par une autre source</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in your record: nothing new in this file.</source>
        <translation>Déjà dans votre dossier : rien de nouveau dans ce fichier.</translation>
    </message>
    <message>
        <source>Not imported: this file is about {file_patient}, not about {profile_patient}.</source>
        <translation>Non importé : ce fichier concerne {file_patient}, et non {profile_patient}.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Non importé.</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>Ignoré {path} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more part(s) skipped.</source>
        <translation>
            <numerusform>… et %n autre partie ignorée.</numerusform>
            <numerusform>… et %n autres parties ignorées.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>You cancelled: %n file(s) were not imported. The others are in your record.</source>
        <translation>
            <numerusform>Vous avez annulé : %n fichier n’a pas été importé. Les autres sont dans votre dossier.</numerusform>
            <numerusform>Vous avez annulé : %n fichiers n’ont pas été importés. Les autres sont dans votre dossier.</numerusform>
        </translation>
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
        <source>Stopping after the current file…</source>
        <translation>Arrêt après le fichier en cours…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>Importation de {file} ({number} sur {total})…</translation>
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
    <name>OverviewPage</name>
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
        <source>Unnamed source</source>
        <translation>Source sans nom</translation>
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
        <source>What is in your record</source>
        <translation>Ce que contient votre dossier</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>D’où il provient</translation>
    </message>
    <message>
        <source>The centres whose summaries you imported.</source>
        <translation>Les centres dont vous avez importé les résumés.</translation>
    </message>
    <message>
        <source>Your record is empty</source>
        <translation>Votre dossier est vide</translation>
    </message>
    <message>
        <source>Nothing has been imported into this profile yet. Choose Import to add a summary from your centre.</source>
        <translation>Rien n’a encore été importé dans ce profil. Choisissez « Importer » pour ajouter un résumé de votre centre.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aucune importation pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in total</source>
        <translation>
            <numerusform>%n élément au total</numerusform>
            <numerusform>%n éléments au total</numerusform>
        </translation>
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
