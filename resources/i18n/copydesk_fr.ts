<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../editor/app/application.py" line="244"/>
        <source>“%1” is open in another window. Save under another name, or close that window first.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre fenêtre. Enregistrez sous un autre nom, ou fermez d’abord cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../editor/app/application.py" line="263"/>
        <location filename="../../editor/app/rescue.py" line="69"/>
        <location filename="../../editor/app/rescue.py" line="115"/>
        <source>Cannot open the article</source>
        <translation>Impossible d’ouvrir l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/autotype.py" line="42"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../editor/app/autotype.py" line="53"/>
        <source>&amp;Typography as You Type</source>
        <translation>&amp;Typographie à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/autotype.py" line="57"/>
        <source>Set French or English typography while you type</source>
        <translation>Appliquer la typographie française ou anglaise pendant la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/autotype.py" line="59"/>
        <source>Show Formatting &amp;Marks</source>
        <translation>Afficher les &amp;marques de mise en forme</translation>
    </message>
    <message>
        <location filename="../../editor/app/autotype.py" line="129"/>
        <location filename="../../editor/app/autotype.py" line="133"/>
        <source>Typography</source>
        <translation>Typographie</translation>
    </message>
    <message>
        <location filename="../../editor/app/clipboard.py" line="232"/>
        <location filename="../../editor/app/keys.py" line="51"/>
        <location filename="../../editor/app/keys.py" line="70"/>
        <location filename="../../editor/app/keys.py" line="150"/>
        <location filename="../../editor/app/keys.py" line="180"/>
        <location filename="../../editor/app/tracked.py" line="65"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../editor/app/clipboard.py" line="241"/>
        <location filename="../../editor/app/clipboard.py" line="262"/>
        <location filename="../../editor/app/clipboard.py" line="283"/>
        <location filename="../../editor/app/tracked_structure.py" line="94"/>
        <location filename="../../editor/app/tracked_structure.py" line="97"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../editor/app/document.py" line="206"/>
        <location filename="../../editor/app/recovery.py" line="55"/>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <location filename="../../editor/app/document.py" line="54"/>
        <location filename="../../editor/app/keys.py" line="192"/>
        <location filename="../../editor/app/tracked.py" line="179"/>
        <location filename="../../editor/app/tracked_structure.py" line="104"/>
        <location filename="../../editor/app/tracked_structure.py" line="106"/>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../editor/app/document.py" line="58"/>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="77"/>
        <source>Make %1</source>
        <translation>Transformer en %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="141"/>
        <source>Apply %1</source>
        <translation>Appliquer %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="141"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="227"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="227"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="241"/>
        <source>Delete block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="241"/>
        <source>Delete blocks</source>
        <translation>Supprimer les blocs</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="155"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="165"/>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="166"/>
        <location filename="../../editor/app/export_dialog.py" line="215"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="58"/>
        <source>Publish Destinations</source>
        <translation>Destinations de publication</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="70"/>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="76"/>
        <source>a folder, ftp://server/folder/ or https://server/ingest</source>
        <translation>un dossier, ftp://serveur/dossier/ ou https://serveur/ingest</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="79"/>
        <source>A watched folder; an FTP or FTPS drop (ftp://, ftps://); an HTTP(S) endpoint that takes a POST (http://, https://)</source>
        <translation>Un dossier surveillé&#x202f;; un dépôt FTP ou FTPS (ftp://, ftps://)&#x202f;; une adresse HTTP(S) qui accepte un POST (http://, https://)</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="94"/>
        <source>&amp;Folder…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="101"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="102"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="105"/>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="106"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="107"/>
        <location filename="../../editor/app/export_dialog.py" line="170"/>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="108"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="112"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="130"/>
        <source>Kept in %1, which copydesk publish reads too.</source>
        <translation>Enregistrées dans %1, que copydesk publish lit aussi.</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="182"/>
        <source>New destination</source>
        <translation>Nouvelle destination</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="203"/>
        <source>Publish to Folder</source>
        <translation>Publier dans un dossier</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="vanished">Destination</translation>
    </message>
    <message>
        <source>DOCX style map</source>
        <translation type="vanished">Table de styles DOCX</translation>
    </message>
    <message>
        <source>DOCX reference template</source>
        <translation type="vanished">Modèle DOCX de référence</translation>
    </message>
    <message>
        <source>NewsML provider</source>
        <translation type="vanished">Fournisseur NewsML</translation>
    </message>
    <message>
        <source>NewsML status</source>
        <translation type="vanished">Statut NewsML</translation>
    </message>
    <message>
        <source>NewsML embargo</source>
        <translation type="vanished">Embargo NewsML</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="198"/>
        <source>Every format writes the article&apos;s embargo (Metadata panel); a moment typed here replaces it for this export only</source>
        <translation>Tous les formats portent l’embargo de l’article (panneau Métadonnées)&#xa0;; une date saisie ici le remplace pour cet export seulement</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="204"/>
        <source>&amp;Destination</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="210"/>
        <source>DOCX st&amp;yle map</source>
        <translation>Table de st&amp;yles DOCX</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="212"/>
        <source>DOCX &amp;reference template</source>
        <translation>Modèle DOCX de &amp;référence</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="212"/>
        <source>DOCX Reference Template</source>
        <translation>Modèle DOCX de référence</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="213"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="223"/>
        <source>NewsML &amp;provider</source>
        <translation>&amp;Fournisseur NewsML</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="224"/>
        <source>NewsML s&amp;tatus</source>
        <translation>&amp;Statut NewsML</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="225"/>
        <source>Other e&amp;mbargo</source>
        <translation>Autre e&amp;mbargo</translation>
    </message>
    <message>
        <source>NewsML and ninjs e&amp;mbargo</source>
        <translation type="vanished">E&amp;mbargo NewsML et ninjs</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="226"/>
        <source>ninjs fla&amp;vour</source>
        <translation>&amp;Variante ninjs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/export_dialog.py" line="306"/>
        <source>%n suggestion(s) not yet accepted or rejected: EPUB, NewsML, ninjs and ICML need the final text. Decide them first, or export the DOCX alone, which keeps them as tracked changes.</source>
        <translation>
            <numerusform>%n suggestion ni acceptée ni refusée&#xa0;: EPUB, NewsML, ninjs et ICML exigent le texte définitif. Tranchez-la d’abord, ou exportez le DOCX seul, qui la garde en modification suivie.</numerusform>
            <numerusform>%n suggestions ni acceptées ni refusées&#xa0;: EPUB, NewsML, ninjs et ICML exigent le texte définitif. Tranchez-les d’abord, ou exportez le DOCX seul, qui les garde en modifications suivies.</numerusform>
        </translation>
    </message>
    <message>
        <source>NewsML e&amp;mbargo</source>
        <translation type="vanished">E&amp;mbargo NewsML</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="257"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="268"/>
        <source>The embargo is not a date and time.</source>
        <translation>L’embargo n’est pas une date et une heure.</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="270"/>
        <source>The embargo needs a time-zone offset, e.g. +01:00.</source>
        <translation>L’embargo doit indiquer le décalage horaire, par exemple +01:00.</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="275"/>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="290"/>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <source>%1 suggestion(s) not yet accepted or rejected: EPUB, NewsML and ICML need the final text. Decide them first, or export the DOCX alone, which keeps them as tracked changes.</source>
        <translation type="vanished">%1 suggestion(s) ni acceptée(s) ni refusée(s)&#xa0;: EPUB, NewsML et ICML exigent le texte définitif. Tranchez-les d’abord, ou exportez le DOCX seul, qui les garde en modifications suivies.</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="348"/>
        <source>Wire Item Identifier</source>
        <translation>Identifiant de la dépêche</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="365"/>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="366"/>
        <source>Written:</source>
        <translation>Fichiers écrits&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="369"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="374"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="54"/>
        <location filename="../../editor/app/main_window.py" line="426"/>
        <location filename="../../editor/app/recovery.py" line="187"/>
        <location filename="../../editor/app/share_commands.py" line="235"/>
        <source>Copydesk articles (*.article)</source>
        <translation>Articles Copydesk (*.article)</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="60"/>
        <source>Everything Copydesk opens (%1)</source>
        <translation>Tout ce que Copydesk ouvre (%1)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="vanished">&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty article</source>
        <translation type="vanished">Commencer un article vide</translation>
    </message>
    <message>
        <source>New from &amp;Sample</source>
        <translation type="vanished">Nouveau à partir de l’&amp;exemple</translation>
    </message>
    <message>
        <source>Start from the sample article</source>
        <translation type="vanished">Partir de l’article d’exemple</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="vanished">&amp;Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Forget the unsaved changes and read the file again</source>
        <translation type="vanished">Oublier les modifications non enregistrées et relire le fichier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="vanished">&amp;Fermer</translation>
    </message>
    <message>
        <source>Close this article</source>
        <translation type="vanished">Fermer cet article</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="vanished">Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="158"/>
        <location filename="../../editor/app/window_parts.py" line="341"/>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="159"/>
        <source>Forget the changes to “%1” and read the file again?</source>
        <translation>Oublier les modifications de «&#xa0;%1&#xa0;» et relire le fichier&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="146"/>
        <location filename="../../editor/app/find.py" line="149"/>
        <location filename="../../editor/app/find.py" line="152"/>
        <location filename="../../editor/app/find.py" line="239"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="229"/>
        <location filename="../../editor/app/find.py" line="230"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="231"/>
        <location filename="../../editor/app/find.py" line="232"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="233"/>
        <source>Whole word</source>
        <translation>Mot entier</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="234"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="235"/>
        <source>Ignore accents</source>
        <translation>Ignorer les accents</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="236"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="237"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="238"/>
        <location filename="../../editor/app/find.py" line="371"/>
        <location filename="../../editor/app/find.py" line="375"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="240"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="241"/>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="263"/>
        <location filename="../../editor/app/find.py" line="278"/>
        <location filename="../../editor/app/find.py" line="293"/>
        <location filename="../../editor/app/start_screen.py" line="271"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="291"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="294"/>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="294"/>
        <source>%1 matches</source>
        <translation>%1 occurrences</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/find.py" line="391"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="66"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="106"/>
        <source>Copydesk User Guide</source>
        <translation>Guide d’utilisation de Copydesk</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="113"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="122"/>
        <source>About Copydesk</source>
        <translation>À propos de Copydesk</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="123"/>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;The article editor for the newsroom: write, check the length, fill the metadata and export to DOCX, EPUB and NewsML-G2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;L’éditeur d’articles de la rédaction&#xa0;: écrire, vérifier la longueur, renseigner les métadonnées et exporter en DOCX, EPUB et NewsML-G2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="vanished">&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="vanished">&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation type="vanished">À &amp;propos de Copydesk</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="90"/>
        <source>A date is written YYYY-MM-DD, e.g. 2025-03-14.</source>
        <translation>Une date s’écrit AAAA-MM-JJ, par exemple 2025-03-14.</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="137"/>
        <source>Lower-case letters, digits and single hyphens only, e.g. bibliotheque-lyon.</source>
        <translation>Minuscules, chiffres et tirets simples uniquement, par exemple bibliotheque-lyon.</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="142"/>
        <source>A language code such as fr or en.</source>
        <translation>Un code de langue comme fr ou en.</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="217"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="223"/>
        <location filename="../../editor/app/inspector.py" line="224"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="225"/>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="232"/>
        <location filename="../../editor/app/inspector.py" line="233"/>
        <source>Search IPTC subjects</source>
        <translation>Chercher un thème IPTC</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="234"/>
        <source>Subjects</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="295"/>
        <source>Edit Subjects</source>
        <translation>Modifier les thèmes</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="298"/>
        <source>Edit Status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="352"/>
        <source>Edit %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/keys.py" line="78"/>
        <location filename="../../editor/app/keys.py" line="93"/>
        <location filename="../../editor/app/keys.py" line="96"/>
        <location filename="../../editor/app/keys.py" line="111"/>
        <location filename="../../editor/app/tracked_structure.py" line="79"/>
        <source>New paragraph</source>
        <translation>Nouveau paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="201"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="202"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="212"/>
        <source>Paragraph &amp;Kind</source>
        <translation>&amp;Type de paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="231"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="238"/>
        <source>Paragraph kind</source>
        <translation>Type de paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="239"/>
        <source>The kind of the paragraph at the cursor</source>
        <translation>Le type du paragraphe sous le curseur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/main_window.py" line="303"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="305"/>
        <source>Article: %1</source>
        <translation>Article&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="314"/>
        <source>Selection: %1</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="345"/>
        <source>Select the words to link first.</source>
        <translation>Sélectionnez d’abord les mots à lier.</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="352"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="352"/>
        <source>Web address (empty to remove the link):</source>
        <translation>Adresse web (vide pour retirer le lien)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="511"/>
        <source>Insert %1</source>
        <translation>Insérer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/main_window.py" line="517"/>
        <source>%1 word(s)</source>
        <translation>
            <numerusform>%1 mot</numerusform>
            <numerusform>%1 mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/main_window.py" line="518"/>
        <source>%1 signe(s)</source>
        <translation>
            <numerusform>%1 signe</numerusform>
            <numerusform>%1 signes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/main_window.py" line="520"/>
        <source>%1 feuillet(s)</source>
        <translation>
            <numerusform>%1 feuillet</numerusform>
            <numerusform>%1 feuillets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="396"/>
        <location filename="../../editor/app/main_window.py" line="403"/>
        <source>Insert image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="396"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="413"/>
        <location filename="../../editor/app/start_screen.py" line="261"/>
        <source>Open article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <location filename="../../editor/app/application.py" line="243"/>
        <location filename="../../editor/app/main_window.py" line="426"/>
        <source>Save article</source>
        <translation>Enregistrer l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="194"/>
        <location filename="../../editor/app/saving.py" line="36"/>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="441"/>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="453"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="454"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de fermer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="499"/>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1&#xa0;: impossible de lire le fichier (%2).</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="505"/>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="128"/>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="128"/>
        <source>%1 words</source>
        <translation>%1 mots</translation>
    </message>
    <message>
        <source>%1 · %2 signes · %3 feuillets</source>
        <translation type="vanished">%1 · %2 signes · %3 feuillets</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="130"/>
        <source>Up to the next landmark: %1, %2 min read</source>
        <translation>Jusqu’au repère suivant&#xa0;: %1, %2 min de lecture</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="178"/>
        <location filename="../../editor/app/outline.py" line="179"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="180"/>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="180"/>
        <location filename="../../editor/app/versions_dialog.py" line="72"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="180"/>
        <source>Signes</source>
        <translation>Signes</translation>
    </message>
    <message>
        <source>Words of the part, up to the next landmark</source>
        <translation type="vanished">Mots de la partie, jusqu’au repère suivant</translation>
    </message>
    <message>
        <source>Signes of the landmark itself, against its template&apos;s limit</source>
        <translation type="vanished">Signes du repère lui-même, face à la limite de son gabarit</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="124"/>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="125"/>
        <source>Fix All &amp;Typography</source>
        <translation>Corriger toute la &amp;typographie</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="126"/>
        <location filename="../../editor/app/outline.py" line="203"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="149"/>
        <source>No problems found: the piece can go.</source>
        <translation>Aucun problème&#xa0;: le papier peut partir.</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="155"/>
        <source>Check (%1)</source>
        <translation>Vérification (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="157"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="211"/>
        <location filename="../../editor/app/check_dock.py" line="215"/>
        <location filename="../../editor/app/check_dock.py" line="258"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="234"/>
        <location filename="../../editor/app/check_dock.py" line="255"/>
        <source>Fix All Typography</source>
        <translation>Corriger toute la typographie</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="211"/>
        <source>Section: %1</source>
        <translation>Rubrique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="113"/>
        <source>%1 signes over the limit of %2</source>
        <translation>%1 signes au-delà de la limite de %2</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="120"/>
        <source>%1: %2 / %3 signes</source>
        <translation>%1&#xa0;: %2 / %3 signes</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="180"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="185"/>
        <source>Words of the block, as copydesk stats counts them: a pull quote with its attribution, an image with its caption and credit</source>
        <translation>Mots du bloc, comptés comme le fait copydesk stats&#xa0;: un exergue avec son attribution, une image avec sa légende et son crédit</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="192"/>
        <source>Signes of the block (characters with spaces), counted like its words, against the limit its length template sets</source>
        <translation>Signes du bloc (caractères, espaces comprises), comptés comme ses mots, face à la limite que fixe son gabarit</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="199"/>
        <source>Lines of the block in the paper&apos;s column, as copydesk stats --fit counts them; the part up to the next landmark in its tooltip</source>
        <translation>Lignes du bloc dans la colonne du journal, comptées comme le fait copydesk stats --fit&#x202f;; celles de la partie jusqu’au repère suivant dans son infobulle</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="238"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/outline.py" line="275"/>
        <source>%n line(s) up to the next landmark</source>
        <translation>
            <numerusform>%n ligne jusqu’au repère suivant</numerusform>
            <numerusform>%n lignes jusqu’au repère suivant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="113"/>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="113"/>
        <source>recovered</source>
        <translation>récupéré</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="126"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="128"/>
        <source>Unsaved changes to “%1” were kept from %2 (%3 words). Restore them?</source>
        <translation>Des modifications non enregistrées de «&#xa0;%1&#xa0;» ont été conservées (%2, %3 mots). Les restaurer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="136"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="137"/>
        <source>Save Elsewhere…</source>
        <translation>Enregistrer ailleurs…</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="138"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="139"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="158"/>
        <source>Restore Unsaved Changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="187"/>
        <source>Save recovered article</source>
        <translation>Enregistrer l’article récupéré</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="239"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../editor/app/window_parts.py" line="206"/>
        <source>Show or hide the %1 panel</source>
        <translation>Afficher ou masquer le panneau %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/window_parts.py" line="319"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../editor/app/window_parts.py" line="320"/>
        <source>%1 was imported as a new, unsaved article.</source>
        <translation>%1 a été importé comme nouvel article, non enregistré.</translation>
    </message>
    <message>
        <location filename="../../editor/app/window_parts.py" line="343"/>
        <source>Revert to the Saved File</source>
        <translation>Revenir au fichier enregistré</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="86"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="102"/>
        <source>A JSON file naming the DOCX paragraph style of each part (see the guide)</source>
        <translation>Un fichier JSON qui nomme le style de paragraphe DOCX de chaque partie (voir le guide)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="210"/>
        <location filename="../../editor/app/preferences.py" line="104"/>
        <source>DOCX Style Map</source>
        <translation>Table de styles DOCX</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="211"/>
        <location filename="../../editor/app/preferences.py" line="104"/>
        <source>Style maps (*.json);;All files (*)</source>
        <translation>Tables de styles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="111"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="112"/>
        <source>Earlier versions kept of each article (File → Versions)</source>
        <translation>Versions antérieures gardées pour chaque article (Fichier → Versions)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="113"/>
        <source>Set &amp;typography as you type</source>
        <translation>Corriger la &amp;typographie à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="116"/>
        <source>No-break spaces, « » and ’ for French; curly quotes for English; each one undoable</source>
        <translation>Espaces insécables, «&#xa0;» et ’ en français&#x202f;; guillemets courbes en anglais&#x202f;; chaque correction s’annule</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="119"/>
        <source>Check &amp;spelling as you type</source>
        <translation>Vérifier l’&amp;orthographe à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="122"/>
        <source>Show te&amp;xt under the toolbar icons</source>
        <translation>Afficher le te&amp;xte sous les icônes de la barre d’outils</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="124"/>
        <source>Each toolbar button&apos;s name under its icon</source>
        <translation>Le nom de chaque bouton sous son icône</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="126"/>
        <source>Check French &amp;grammar as you type</source>
        <translation>Vérifier la grammaire &amp;française à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="128"/>
        <source>Agreement, participles, homophones (Grammalecte)</source>
        <translation>Accords, participes, homophones (Grammalecte)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="133"/>
        <source>Grammar rules the newsroom switches off: a text file, one rule a line</source>
        <translation>Les règles de grammaire que la rédaction désactive&#xa0;: un fichier texte, une règle par ligne</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="135"/>
        <source>Newsroom Grammar Rules</source>
        <translation>Règles de grammaire de la rédaction</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="135"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="141"/>
        <source>The newsroom&apos;s own length templates (a folder of .json files, may be shared)</source>
        <translation>Les gabarits de longueur de la rédaction (un dossier de fichiers .json, éventuellement partagé)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="149"/>
        <source>The desk&apos;s own words for the spell-checker: a text file, one word a line</source>
        <translation>Les mots propres à la rédaction pour le correcteur&#xa0;: un fichier texte, un mot par ligne</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="151"/>
        <source>Newsroom Word List</source>
        <translation>Liste de mots de la rédaction</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="151"/>
        <source>Text files (*.txt *.dic);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.dic);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="169"/>
        <source>Newsroom &amp;word list</source>
        <translation>&amp;Mots de la rédaction</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="173"/>
        <source>Newsroom grammar &amp;rules</source>
        <translation>Règles de grammaire de la ré&amp;daction</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="179"/>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="180"/>
        <source>Publish &amp;Destinations…</source>
        <translation>&amp;Destinations de publication…</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="183"/>
        <source>Where File → Publish sends a piece, and in which formats</source>
        <translation>Où Fichier → Publier envoie un article, et dans quels formats</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="185"/>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="250"/>
        <location filename="../../editor/app/preferences.py" line="259"/>
        <source>not a text file</source>
        <translation>ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="251"/>
        <source>Newsroom word list: %1</source>
        <translation>Mots de la rédaction&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="261"/>
        <source>Newsroom grammar rules: %1</source>
        <translation>Règles de grammaire de la rédaction&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="313"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="159"/>
        <source>&amp;Interface language</source>
        <translation>Langue de l’&amp;interface</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="160"/>
        <source>&amp;Language of new articles</source>
        <translation>&amp;Langue des nouveaux articles</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="161"/>
        <source>&amp;Newsroom (NewsML provider)</source>
        <translation>&amp;Rédaction (fournisseur NewsML)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="162"/>
        <source>DOCX style &amp;map</source>
        <translation>Table de st&amp;yles DOCX</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="165"/>
        <source>&amp;Versions kept of each article</source>
        <translation>&amp;Versions gardées par article</translation>
    </message>
    <message>
        <source>Length &amp;templates folder</source>
        <translation type="vanished">Dossier des &amp;gabarits</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="vanished">Langue de l’interface</translation>
    </message>
    <message>
        <source>Language of new articles</source>
        <translation type="vanished">Langue des nouveaux articles</translation>
    </message>
    <message>
        <source>Newsroom (NewsML provider)</source>
        <translation type="vanished">Rédaction (fournisseur NewsML)</translation>
    </message>
    <message>
        <source>Versions kept of each article</source>
        <translation type="vanished">Versions gardées par article</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="176"/>
        <source>As you type</source>
        <translation>À la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="234"/>
        <source>Length templates: %1</source>
        <translation>Gabarits de longueur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="143"/>
        <source>Length Templates Folder</source>
        <translation>Dossier des gabarits de longueur</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="166"/>
        <source>Length templates &amp;folder</source>
        <translation>Dossier des &amp;gabarits</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences_command.py" line="32"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences_command.py" line="38"/>
        <source>Interface language, newsroom and export defaults</source>
        <translation>Langue de l’interface, rédaction et réglages d’export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/gauge.py" line="41"/>
        <source>Under by %1 signes (%n line(s))</source>
        <translation>
            <numerusform>Manque %1 signes (%n ligne)</numerusform>
            <numerusform>Manque %1 signes (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/gauge.py" line="42"/>
        <source>On target (%1 signes, %n line(s))</source>
        <translation>
            <numerusform>Au calibrage (%1 signes, %n ligne)</numerusform>
            <numerusform>Au calibrage (%1 signes, %n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/gauge.py" line="43"/>
        <source>Over by %1 signes (%n line(s))</source>
        <translation>
            <numerusform>Trop long de %1 signes (%n ligne)</numerusform>
            <numerusform>Trop long de %1 signes (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/app/gauge.py" line="68"/>
        <source>Length templates: %1. The shipped templates are used.</source>
        <translation>Gabarits de longueur&#xa0;: %1. Les gabarits fournis sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../editor/app/gauge.py" line="86"/>
        <location filename="../../editor/app/gauge.py" line="125"/>
        <source>Length template</source>
        <translation>Gabarit de longueur</translation>
    </message>
    <message>
        <location filename="../../editor/app/gauge.py" line="87"/>
        <source>The slot the piece is written for</source>
        <translation>L’emplacement pour lequel le papier est écrit</translation>
    </message>
    <message>
        <location filename="../../editor/app/gauge.py" line="74"/>
        <location filename="../../editor/app/gauge.py" line="88"/>
        <source>No target</source>
        <translation>Sans calibrage</translation>
    </message>
    <message>
        <location filename="../../editor/app/saving.py" line="38"/>
        <source>“%1” could not be saved: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../editor/app/saving.py" line="44"/>
        <source>The file in %1 is as it was before, and your changes are still here, unsaved. Save them under another name or in another folder?</source>
        <translation>Le fichier dans %1 est resté tel qu’il était, et vos modifications sont toujours là, non enregistrées. Les enregistrer sous un autre nom ou dans un autre dossier&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="172"/>
        <source>Article in use</source>
        <translation>Article déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="174"/>
        <source>“%1” is already open in Copydesk by %2 on %3, since %4.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans Copydesk par %2 sur %3, depuis %4.</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="176"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="181"/>
        <source>Open it read-only to read or copy from it, or open it anyway if you are sure.</source>
        <translation>Ouvrez-le en lecture seule pour le lire ou en copier des passages, ou ouvrez-le quand même si vous êtes sûr de vous.</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="185"/>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="186"/>
        <source>Open &amp;Anyway</source>
        <translation>Ouvrir &amp;quand même</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="267"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="268"/>
        <source>Someone else has this article open; use Save As</source>
        <translation>Quelqu’un d’autre a ouvert cet article&#x202f;; utilisez Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="339"/>
        <source>“%1” was changed by another program and has been reloaded; the text it replaced is in File → Versions.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme et rechargé&#x202f;; le texte remplacé est dans Fichier → Versions.</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="350"/>
        <location filename="../../editor/app/conflicts.py" line="399"/>
        <source>Changed on disk</source>
        <translation>Modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="352"/>
        <source>“%1” was changed by another program while you have unsaved changes.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme alors que vous avez des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="358"/>
        <source>Reload takes the file’s version; yours goes to File → Versions and Undo brings it back. Keep Mine leaves your text in the window; the file’s version goes to File → Versions.</source>
        <translation>Recharger prend la version du fichier&#x202f;; la vôtre va dans Fichier → Versions, et Annuler la rétablit. Garder la mienne laisse votre texte dans la fenêtre&#x202f;; la version du fichier va dans Fichier → Versions.</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="401"/>
        <source>Reload from Disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.</source>
        <translation type="vanished">«&#xa0;%1&#xa0;» a été modifié par un autre programme.</translation>
    </message>
    <message>
        <source>Reload it (Undo brings your version back), or keep yours and save over it later?</source>
        <translation type="vanished">Le recharger (Annuler rend votre version), ou garder la vôtre et l’enregistrer par-dessus plus tard&#x202f;?</translation>
    </message>
    <message>
        <source>You have unsaved changes. Reload the file (Undo brings yours back), or keep yours?</source>
        <translation type="vanished">Vous avez des modifications non enregistrées. Recharger le fichier (Annuler rend les vôtres), ou garder les vôtres&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="363"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="365"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>Reload “%1”</source>
        <translation type="vanished">Recharger «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="413"/>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="415"/>
        <source>“%1” is open read-only because someone else has it open.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert en lecture seule parce que quelqu’un d’autre l’a ouvert.</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="417"/>
        <source>Save your changes under another name?</source>
        <translation>Enregistrer vos modifications sous un autre nom&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="418"/>
        <location filename="../../editor/app/saving.py" line="48"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="502"/>
        <source>Check &amp;Spelling as You Type</source>
        <translation>Vérifier l’&amp;orthographe à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="503"/>
        <source>Underline the words the dictionary does not know</source>
        <translation>Souligner les mots que le dictionnaire ne connaît pas</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="228"/>
        <source>Check &amp;Grammar as You Type</source>
        <translation>Vérifier la &amp;grammaire à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="229"/>
        <source>Underline French grammar problems (Grammalecte)</source>
        <translation>Souligner les fautes de grammaire en français (Grammalecte)</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="591"/>
        <location filename="../../editor/app/spelling.py" line="551"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="593"/>
        <source>Ignore This</source>
        <translation>Ignorer cette faute</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="594"/>
        <source>Ignore This Rule</source>
        <translation>Ignorer cette règle</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="601"/>
        <location filename="../../editor/app/grammar.py" line="603"/>
        <source>Grammar</source>
        <translation>Grammaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="614"/>
        <source>Ignore Grammar Problem</source>
        <translation>Ignorer une faute de grammaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="623"/>
        <source>Ignore Grammar Rule</source>
        <translation>Ignorer une règle de grammaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="553"/>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="555"/>
        <source>Ignore in This Article</source>
        <translation>Ignorer dans cet article</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="562"/>
        <location filename="../../editor/app/spelling.py" line="565"/>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="575"/>
        <source>Ignore “%1”</source>
        <translation>Ignorer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="609"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="609"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="66"/>
        <source>Versions of “%1”</source>
        <translation>Versions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="72"/>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="72"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="81"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="98"/>
        <source>Restoring replaces the text in the window, not the file; Undo brings it back.</source>
        <translation>Restaurer remplace le texte dans la fenêtre, pas le fichier&#x202f;; Annuler le fait revenir.</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="100"/>
        <source>No earlier versions are kept yet: one is kept each time you save.</source>
        <translation>Aucune version antérieure n’est encore gardée&#xa0;: une version est gardée à chaque enregistrement.</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="105"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="127"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="130"/>
        <source>Restore the version of %1</source>
        <translation>Restaurer la version de %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="136"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="138"/>
        <source>Earlier saved versions of this article, to restore one</source>
        <translation>Les versions enregistrées de cet article, pour en restaurer une</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="174"/>
        <location filename="../../editor/app/versions_dialog.py" line="203"/>
        <source>The previous version could not be kept: %1</source>
        <translation>La version précédente n’a pas pu être gardée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/crash.py" line="140"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../editor/app/crash.py" line="143"/>
        <source>Copydesk ran into an unexpected problem, and could not copy “%1” to safety: save it now.</source>
        <translation>Copydesk a rencontré un problème inattendu et n’a pas pu mettre «&#xa0;%1&#xa0;» à l’abri&#xa0;: enregistrez-le maintenant.</translation>
    </message>
    <message>
        <location filename="../../editor/app/crash.py" line="148"/>
        <source>Copydesk ran into an unexpected problem. Your work is safe: every unsaved article has been copied to the recovery folder.</source>
        <translation>Copydesk a rencontré un problème inattendu. Votre travail est à l’abri&#xa0;: chaque article non enregistré a été copié dans le dossier de récupération.</translation>
    </message>
    <message>
        <location filename="../../editor/app/crash.py" line="154"/>
        <source>You can keep working. The details are in %1, for the people who maintain Copydesk.</source>
        <translation>Vous pouvez continuer à travailler. Le détail se trouve dans %1, pour les personnes qui maintiennent Copydesk.</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="151"/>
        <location filename="../../editor/app/export_warning.py" line="42"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="60"/>
        <source>Problems remain</source>
        <translation>Il reste des problèmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/export_warning.py" line="61"/>
        <source>The check still finds %n problem(s) in this article.</source>
        <translation>
            <numerusform>La vérification trouve encore %n problème dans cet article.</numerusform>
            <numerusform>La vérification trouve encore %n problèmes dans cet article.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="64"/>
        <source>&amp;Export Anyway</source>
        <translation>&amp;Exporter quand même</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="66"/>
        <source>&amp;Show Problems</source>
        <translation>&amp;Voir les problèmes</translation>
    </message>
    <message>
        <location filename="../../editor/app/printing.py" line="309"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../editor/app/printing.py" line="352"/>
        <source>Printed 1 page</source>
        <translation>1 page imprimée</translation>
    </message>
    <message>
        <location filename="../../editor/app/printing.py" line="352"/>
        <source>Printed %1 pages</source>
        <translation>%1 pages imprimées</translation>
    </message>
    <message>
        <location filename="../../editor/app/printing.py" line="355"/>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être lancée.</translation>
    </message>
    <message>
        <location filename="../../editor/app/printing.py" line="363"/>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/zoom.py" line="46"/>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <location filename="../../editor/app/zoom.py" line="137"/>
        <source>Zoom; click for actual size (%1)</source>
        <translation>Zoom&#x202f;; cliquer pour revenir à la taille réelle (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/app/zoom.py" line="139"/>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/error_text.py" line="259"/>
        <source>the file holds %n item(s); there is no item %1</source>
        <translation>
            <numerusform>le fichier contient %n dépêche&#x202f;; il n’y a pas de dépêche %1</numerusform>
            <numerusform>le fichier contient %n dépêches&#x202f;; il n’y a pas de dépêche %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="203"/>
        <source>%n short line(s) without final punctuation or all in bold were taken as subheads (a guess).</source>
        <translation>
            <numerusform>%n ligne courte sans ponctuation finale ou tout en gras a été prise pour un intertitre (supposition).</numerusform>
            <numerusform>%n lignes courtes sans ponctuation finale ou tout en gras ont été prises pour des intertitres (supposition).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="209"/>
        <source>%n short line(s) without final punctuation were taken as subheads (a guess).</source>
        <translation>
            <numerusform>%n ligne courte sans ponctuation finale a été prise pour un intertitre (supposition).</numerusform>
            <numerusform>%n lignes courtes sans ponctuation finale ont été prises pour des intertitres (supposition).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="214"/>
        <source>%n paragraph(s) in the style “{style}” were imported as body text.</source>
        <translation>
            <numerusform>%n paragraphe du style «&#xa0;{style}&#xa0;» a été importé comme texte courant.</numerusform>
            <numerusform>%n paragraphes du style «&#xa0;{style}&#xa0;» ont été importés comme texte courant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="228"/>
        <source>Review: %n tracked change(s) mark no text and were left out.</source>
        <translation>
            <numerusform>Relecture&#xa0;: %n modification suivie ne marque aucun texte et a été écartée.</numerusform>
            <numerusform>Relecture&#xa0;: %n modifications suivies ne marquent aucun texte et ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="231"/>
        <source>Review: %n comment mark(s) name no comment of the document and were left out.</source>
        <translation>
            <numerusform>Relecture&#xa0;: %n marque de commentaire ne renvoie à aucun commentaire du document et a été écartée.</numerusform>
            <numerusform>Relecture&#xa0;: %n marques de commentaire ne renvoient à aucun commentaire du document et ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="236"/>
        <source>Review: %n comment(s) have no text to hang on and were kept on no text.</source>
        <translation>
            <numerusform>Relecture&#xa0;: %n commentaire ne porte sur aucun texte et a été gardé sans ancrage.</numerusform>
            <numerusform>Relecture&#xa0;: %n commentaires ne portent sur aucun texte et ont été gardés sans ancrage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="239"/>
        <source>Review: %n comment range(s) are never closed and run to the end of the document.</source>
        <translation>
            <numerusform>Relecture&#xa0;: %n plage de commentaire n’est jamais fermée et court jusqu’à la fin du document.</numerusform>
            <numerusform>Relecture&#xa0;: %n plages de commentaire ne sont jamais fermées et courent jusqu’à la fin du document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="244"/>
        <source>Review: %n commented stretch(es) of text are suggested for deletion; the comments stay on them.</source>
        <translation>
            <numerusform>Relecture&#xa0;: %n passage commenté est proposé à la suppression&#xa0;; le commentaire y reste attaché.</numerusform>
            <numerusform>Relecture&#xa0;: %n passages commentés sont proposés à la suppression&#xa0;; les commentaires y restent attachés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="250"/>
        <source>Review: %n paragraph join(s) (deleted paragraph marks) were not kept: the paragraphs stay apart.</source>
        <translation>
            <numerusform>Relecture&#xa0;: %n fusion de paragraphes (marque de paragraphe supprimée) n’a pas été gardée&#xa0;: les paragraphes restent séparés.</numerusform>
            <numerusform>Relecture&#xa0;: %n fusions de paragraphes (marques de paragraphe supprimées) n’ont pas été gardées&#xa0;: les paragraphes restent séparés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="256"/>
        <source>Review: %n part(s) of the comments could not be read (damaged XML) and were left out.</source>
        <translation>
            <numerusform>Relecture&#xa0;: %n partie des commentaires n’a pas pu être lue (XML endommagé) et a été écartée.</numerusform>
            <numerusform>Relecture&#xa0;: %n parties des commentaires n’ont pas pu être lues (XML endommagé) et ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="147"/>
        <source>{what} is {signes} signes, {over} over its limit of {limit} (%n line(s) of {per_line})</source>
        <translation>
            <numerusform>{what}&#xa0;: {signes}&#xa0;signes, {over} de plus que sa limite de {limit} (%n&#xa0;ligne de {per_line})</numerusform>
            <numerusform>{what}&#xa0;: {signes}&#xa0;signes, {over} de plus que sa limite de {limit} (%n&#xa0;lignes de {per_line})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="153"/>
        <source>The body is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} (%n line(s))</source>
        <translation>
            <numerusform>Le corps fait {signes}&#xa0;signes, {amount} de moins que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} (%n&#xa0;ligne)</numerusform>
            <numerusform>Le corps fait {signes}&#xa0;signes, {amount} de moins que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} (%n&#xa0;lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="159"/>
        <source>The article is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} (%n line(s))</source>
        <translation>
            <numerusform>L’article fait {signes}&#xa0;signes, {amount} de moins que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} (%n&#xa0;ligne)</numerusform>
            <numerusform>L’article fait {signes}&#xa0;signes, {amount} de moins que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} (%n&#xa0;lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="165"/>
        <source>The body is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} (%n line(s))</source>
        <translation>
            <numerusform>Le corps fait {signes}&#xa0;signes, {amount} de plus que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} (%n&#xa0;ligne)</numerusform>
            <numerusform>Le corps fait {signes}&#xa0;signes, {amount} de plus que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} (%n&#xa0;lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="171"/>
        <source>The article is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} (%n line(s))</source>
        <translation>
            <numerusform>L’article fait {signes}&#xa0;signes, {amount} de plus que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} (%n&#xa0;ligne)</numerusform>
            <numerusform>L’article fait {signes}&#xa0;signes, {amount} de plus que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} (%n&#xa0;lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="177"/>
        <source>%n suggestion(s) not yet accepted or rejected: the wire and the e-book need the final text</source>
        <translation>
            <numerusform>%n suggestion ni acceptée ni refusée&#xa0;: le fil et le livre numérique exigent le texte définitif</numerusform>
            <numerusform>%n suggestions ni acceptées ni refusées&#xa0;: le fil et le livre numérique exigent le texte définitif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="183"/>
        <source>%n open comment(s): resolve or delete them before the piece leaves</source>
        <translation>
            <numerusform>%n commentaire ouvert&#xa0;: résolvez-le ou supprimez-le avant le départ du papier</numerusform>
            <numerusform>%n commentaires ouverts&#xa0;: résolvez-les ou supprimez-les avant le départ du papier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/app/fitting.py" line="121"/>
        <source>the font %1 is not installed</source>
        <translation>la police %1 n’est pas installée</translation>
    </message>
    <message>
        <location filename="../../editor/app/fitting.py" line="201"/>
        <location filename="../../editor/app/fitting.py" line="220"/>
        <source>No column</source>
        <translation>Pas de colonne</translation>
    </message>
    <message>
        <location filename="../../editor/app/fitting.py" line="214"/>
        <location filename="../../editor/app/preferences.py" line="241"/>
        <source>Print profiles: %1</source>
        <translation>Profils d’impression&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/fitting.py" line="218"/>
        <source>Print column</source>
        <translation>Colonne d’impression</translation>
    </message>
    <message>
        <location filename="../../editor/app/fitting.py" line="219"/>
        <source>The paper&apos;s column the lines are counted in</source>
        <translation>La colonne du journal où les lignes sont comptées</translation>
    </message>
    <message>
        <location filename="../../editor/app/fitting.py" line="233"/>
        <source>Counting lines…</source>
        <translation>Comptage des lignes…</translation>
    </message>
    <message>
        <location filename="../../editor/app/fitting.py" line="234"/>
        <source>Lines: %1</source>
        <translation>Lignes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/fitting.py" line="252"/>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../../editor/app/fitting.py" line="254"/>
        <source>%1 / %2 lines, %3 over</source>
        <translation>%1 / %2 lignes, %3 de trop</translation>
    </message>
    <message>
        <location filename="../../editor/app/fitting.py" line="256"/>
        <source>%1 / %2 lines, %3 to spare</source>
        <translation>%1 / %2 lignes, il en manque %3</translation>
    </message>
    <message>
        <location filename="../../editor/app/fitting.py" line="258"/>
        <source>%1 / %2 lines, a perfect fit</source>
        <translation>%1 / %2 lignes, le compte est bon</translation>
    </message>
    <message>
        <location filename="../../editor/app/rescue.py" line="76"/>
        <source>Open the &amp;Recovery Copy</source>
        <translation>Ouvrir la copie de &amp;récupération</translation>
    </message>
    <message>
        <location filename="../../editor/app/rescue.py" line="80"/>
        <source>Copydesk kept unsaved changes to it from %1 (%2 words).</source>
        <translation>Copydesk en a gardé des modifications non enregistrées du %1 (%2 mots).</translation>
    </message>
    <message>
        <location filename="../../editor/app/rescue.py" line="85"/>
        <source>Open the &amp;Earlier Version</source>
        <translation>Ouvrir la version &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../editor/app/rescue.py" line="89"/>
        <source>File → Versions has a version of it kept at %1.</source>
        <translation>Fichier → Versions en garde une version du %1.</translation>
    </message>
    <message>
        <location filename="../../editor/app/rescue.py" line="95"/>
        <source>It opens unsaved; Save writes it over the damaged file, which is kept in File → Versions.</source>
        <translation>Elle s’ouvre sans être enregistrée&#x202f;; Enregistrer l’écrit à la place du fichier endommagé, lui-même conservé dans Fichier → Versions.</translation>
    </message>
    <message>
        <location filename="../../editor/app/rescue.py" line="99"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../editor/app/rescue.py" line="125"/>
        <source>The version kept at %1 is open, unsaved.</source>
        <translation>La version du %1 est ouverte, non enregistrée.</translation>
    </message>
    <message>
        <location filename="../../editor/app/save_name.py" line="39"/>
        <location filename="../../editor/app/share_commands.py" line="215"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="194"/>
        <source>Welcome — Copydesk</source>
        <translation>Bienvenue — Copydesk</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="196"/>
        <source>Start an article, or pick up where you left off.</source>
        <translation>Commencez un article, ou reprenez là où vous en étiez.</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="202"/>
        <source>&amp;Recent articles</source>
        <translation>Articles &amp;récents</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="203"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="203"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="203"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="204"/>
        <source>Recent articles</source>
        <translation>Articles récents</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="206"/>
        <source>No recent articles yet. The articles you open and save will be listed here.</source>
        <translation>Aucun article récent pour l’instant. Les articles que vous ouvrez et enregistrez apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="273"/>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="95"/>
        <source>Not sent to %1: %2</source>
        <translation>Non envoyé à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="115"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="136"/>
        <source>Usable, or Withheld / Canceled to pull a story already sent (a kill notice)</source>
        <translation>Utilisable, ou Retenue / Annulée pour retirer un article déjà envoyé (avis d’annulation)</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="145"/>
        <location filename="../../editor/app/publish_dialog.py" line="170"/>
        <source>Sent before</source>
        <translation>Déjà envoyé</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="157"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="159"/>
        <source>&amp;Destinations…</source>
        <translation>&amp;Destinations…</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="165"/>
        <source>&amp;Send to</source>
        <translation>&amp;Envoyer à</translation>
    </message>
    <message>
        <source>E&amp;mbargo until</source>
        <translation type="vanished">E&amp;mbargo jusqu’à</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="169"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="197"/>
        <source>No destination yet: add one with Destinations…</source>
        <translation>Aucune destination pour l’instant&#xa0;: ajoutez-en une avec Destinations…</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="207"/>
        <source>%1 — %2, %3, version %4</source>
        <translation>%1 — %2, %3, version %4</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="217"/>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="236"/>
        <source>Choose a destination.</source>
        <translation>Choisissez une destination.</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="239"/>
        <source>No embargo: the receivers may use the piece as soon as it arrives.</source>
        <translation>Pas d’embargo&#xa0;: les destinataires peuvent utiliser l’article dès son arrivée.</translation>
    </message>
    <message>
        <source>Embargoed until %1: written into every format sent; the receivers must not publish before then.</source>
        <translation type="vanished">Sous embargo jusqu’au %1&#xa0;: inscrit dans chaque format envoyé&#x202f;; les destinataires ne doivent rien publier avant.</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="167"/>
        <source>E&amp;mbargo</source>
        <translation>E&amp;mbargo</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="241"/>
        <source>Kept from the last sending until it lifts, and written into every format sent. Untick it to send without.</source>
        <translation>Repris de l’envoi précédent jusqu’à sa levée, et inscrit dans chaque format envoyé. Décochez-le pour envoyer sans embargo.</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="244"/>
        <source>Written into every format sent; the receivers must not publish before then.</source>
        <translation>Inscrit dans chaque format envoyé&#xa0;; les destinataires ne doivent pas publier avant.</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="268"/>
        <source>Already Sent</source>
        <translation>Déjà envoyé</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="269"/>
        <source>This version was already sent to %1 on %2. Send it again?</source>
        <translation>Cette version a déjà été envoyée à %1 le %2. L’envoyer de nouveau&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="275"/>
        <source>Send &amp;Again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="306"/>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="317"/>
        <source>Item Identifier</source>
        <translation>Identifiant de l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="323"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="324"/>
        <source>Sent to %1.</source>
        <translation>Envoyé à %1.</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="330"/>
        <source>Not Published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="342"/>
        <source>Stopping the sending…</source>
        <translation>Arrêt de l’envoi…</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="354"/>
        <source>Cancelled: nothing was published, and nothing is left half-sent.</source>
        <translation>Annulé&#xa0;: rien n’a été publié, et rien n’est resté à moitié envoyé.</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_dialog.py" line="357"/>
        <source>Publishing cancelled</source>
        <translation>Publication annulée</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="88"/>
        <source>Accept Changes by</source>
        <translation>Accepter les modifications de</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="88"/>
        <source>Reject Changes by</source>
        <translation>Refuser les modifications de</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="100"/>
        <source>Whose changes?</source>
        <translation>Les modifications de qui&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="154"/>
        <location filename="../../editor/app/review_menu.py" line="295"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="177"/>
        <source>No change at the cursor</source>
        <translation>Aucune modification au curseur</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="180"/>
        <source>Accept Change</source>
        <translation>Accepter la modification</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="180"/>
        <source>Reject Change</source>
        <translation>Refuser la modification</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="195"/>
        <source>Accept Changes by %1</source>
        <translation>Accepter les modifications de %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="195"/>
        <source>Reject Changes by %1</source>
        <translation>Refuser les modifications de %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="199"/>
        <source>Accept All Changes</source>
        <translation>Accepter toutes les modifications</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="201"/>
        <source>Reject All Changes</source>
        <translation>Refuser toutes les modifications</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="204"/>
        <location filename="../../editor/app/review_menu.py" line="210"/>
        <source>No changes to decide</source>
        <translation>Aucune modification en attente</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="232"/>
        <source>No more changes after the cursor</source>
        <translation>Plus de modification après le curseur</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="234"/>
        <source>No more changes before the cursor</source>
        <translation>Plus de modification avant le curseur</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_marks.py" line="79"/>
        <source>Inserted by %1</source>
        <translation>Inséré par %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_marks.py" line="80"/>
        <source>Deleted by %1</source>
        <translation>Supprimé par %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_marks.py" line="81"/>
        <source>Paragraph inserted by %1</source>
        <translation>Paragraphe inséré par %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_marks.py" line="82"/>
        <source>Paragraph deleted by %1</source>
        <translation>Paragraphe supprimé par %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_marks.py" line="83"/>
        <source>Changed to %2 by %1 (was %3)</source>
        <translation>Passé en %2 par %1 (avant&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_marks.py" line="95"/>
        <source>an unnamed reviewer</source>
        <translation>un relecteur sans nom</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_marks.py" line="189"/>
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_marks.py" line="190"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_marks.py" line="196"/>
        <source>was %1</source>
        <translation>avant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/reviewer.py" line="67"/>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location filename="../../editor/app/reviewer.py" line="68"/>
        <source>Signs the comments and changes you make in review</source>
        <translation>Signe les commentaires et les modifications que vous faites en relecture</translation>
    </message>
    <message>
        <location filename="../../editor/app/reviewer.py" line="72"/>
        <source>Shown beside your comments, as in Word</source>
        <translation>Affichées à côté de vos commentaires, comme dans Word</translation>
    </message>
    <message>
        <location filename="../../editor/app/reviewer.py" line="80"/>
        <source>&amp;Reviewer (your name)</source>
        <translation>Relecteur (votre &amp;nom)</translation>
    </message>
    <message>
        <location filename="../../editor/app/reviewer.py" line="81"/>
        <source>Initi&amp;als</source>
        <translation>Initi&amp;ales</translation>
    </message>
    <message>
        <location filename="../../editor/app/reviewer.py" line="90"/>
        <source>Who Is Reviewing?</source>
        <translation>Qui relit&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/reviewer.py" line="95"/>
        <source>Your comments and changes are signed with your name, for the desk and for Word.</source>
        <translation>Vos commentaires et vos modifications sont signés de votre nom, pour le desk comme pour Word.</translation>
    </message>
    <message>
        <location filename="../../editor/app/reviewer.py" line="113"/>
        <source>A name is needed: it signs what you add.</source>
        <translation>Il faut un nom&#xa0;: il signe ce que vous ajoutez.</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="149"/>
        <source>(its text was cut)</source>
        <translation>(son texte a été coupé)</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="157"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="175"/>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="175"/>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="206"/>
        <source>Select the words to comment on</source>
        <translation>Sélectionnez les mots à commenter</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="148"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="212"/>
        <source>Your comment on “%1”</source>
        <translation>Votre commentaire sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="224"/>
        <source>Your reply to %1</source>
        <translation>Votre réponse à %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="246"/>
        <source>New Comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="249"/>
        <source>Reply</source>
        <translation>Réponse au commentaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="275"/>
        <source>Resolve Comment</source>
        <translation>Résoudre le commentaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="275"/>
        <source>Reopen Comment</source>
        <translation>Rouvrir le commentaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="283"/>
        <source>Delete Comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="286"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="287"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="288"/>
        <source>De&amp;lete</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="289"/>
        <source>Se&amp;nd</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="290"/>
        <source>New &amp;Comment</source>
        <translation>Nouveau &amp;commentaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/comments_dock.py" line="291"/>
        <source>Comment on the selected words</source>
        <translation>Commenter les mots sélectionnés</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="129"/>
        <source>%1 time</source>
        <translation>heure de %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="139"/>
        <source>Embargoed until %1, %2 (%3)</source>
        <translation>Sous embargo jusqu’au %1 à %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="140"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d&#xa0;MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="141"/>
        <source>HH:mm</source>
        <translation>H&apos;&#xa0;h&#xa0;&apos;mm</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="184"/>
        <source>Hold until</source>
        <translation>Retenir jusqu’au</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="185"/>
        <source>Not to be published before this moment: written into every format</source>
        <translation>À ne pas publier avant ce moment&#xa0;: inscrit dans chaque format</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="186"/>
        <source>Embargo date and time</source>
        <translation>Date et heure de l’embargo</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="187"/>
        <source>Embargo time zone</source>
        <translation>Fuseau horaire de l’embargo</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="257"/>
        <source>No embargo: free to publish.</source>
        <translation>Pas d’embargo&#xa0;: publication libre.</translation>
    </message>
    <message>
        <location filename="../../editor/app/tracking.py" line="48"/>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../editor/app/tracking.py" line="49"/>
        <source>Track Changes is on: what you type and delete is signed by %1</source>
        <translation>Suivi des modifications actif&#xa0;: ce que vous tapez et supprimez est signé par %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/tracking.py" line="99"/>
        <source>Track Changes needs your name: set it in Preferences</source>
        <translation>Le suivi des modifications a besoin de votre nom&#xa0;: indiquez-le dans les Préférences</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="51"/>
        <source>Shared: connecting…</source>
        <translation>Partagé&#xa0;: connexion…</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="52"/>
        <source>Shared: connected</source>
        <translation>Partagé&#xa0;: en ligne</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="53"/>
        <source>Shared: offline, your edits are kept</source>
        <translation>Partagé&#xa0;: hors ligne, vos modifications sont gardées</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="54"/>
        <source>Shared: refused</source>
        <translation>Partagé&#xa0;: refusé</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="70"/>
        <source>only if the room has one</source>
        <translation>seulement si la salle en a un</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="73"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="74"/>
        <source>&amp;Room:</source>
        <translation>Sa&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="75"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="76"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="109"/>
        <source>The server&apos;s address starts with ws:// or wss://.</source>
        <translation>L’adresse du serveur commence par ws:// ou wss://.</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="111"/>
        <source>This is not a server address (ws://server:port).</source>
        <translation>Ce n’est pas une adresse de serveur (ws://serveur:port).</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="113"/>
        <source>Give the name the others will see.</source>
        <translation>Indiquez le nom que verront les autres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/share_commands.py" line="152"/>
        <source>%n other(s) in the article</source>
        <translation>
            <numerusform>%n autre personne</numerusform>
            <numerusform>%n autres personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="174"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="174"/>
        <source>This article is already shared.</source>
        <translation>Cet article est déjà partagé.</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="177"/>
        <location filename="../../editor/app/share_commands.py" line="213"/>
        <source>Share the Article</source>
        <translation>Partager l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="214"/>
        <source>This room already holds another article (“%1”). Replace it with yours?</source>
        <translation>Cette salle contient déjà un autre article («&#xa0;%1&#xa0;»). Le remplacer par le vôtre&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="224"/>
        <location filename="../../editor/app/share_commands.py" line="256"/>
        <location filename="../../editor/app/share_commands.py" line="314"/>
        <location filename="../../editor/app/share_commands.py" line="331"/>
        <source>Join a Room</source>
        <translation>Rejoindre une salle</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="235"/>
        <source>Keep the Article As</source>
        <translation>Enregistrer l’article sous</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="254"/>
        <source>Reading the room %1…</source>
        <translation>Lecture de la salle %1…</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="254"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="275"/>
        <source>The room %1 holds no article yet: open one and Share it there.</source>
        <translation>La salle %1 ne contient pas encore d’article&#xa0;: ouvrez-en un et partagez-le là.</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="288"/>
        <source>%1 refused the connection: the token is wrong or missing.</source>
        <translation>%1 a refusé la connexion&#xa0;: le jeton est faux ou manquant.</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="290"/>
        <source>%1 cannot be reached. Check the address, or ask whoever runs the server.</source>
        <translation>%1 est injoignable. Vérifiez l’adresse ou demandez à qui gère le serveur.</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="293"/>
        <source>%1 answered, but not as a Copydesk room server. Check the address and the port.</source>
        <translation>%1 a répondu, mais pas comme un serveur de salles Copydesk. Vérifiez l’adresse et le port.</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="296"/>
        <source>%1 does not answer. Check the address, or ask whoever runs the server.</source>
        <translation>%1 ne répond pas. Vérifiez l’adresse ou demandez à qui gère le serveur.</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="298"/>
        <source>The room %1 holds something other than an article.</source>
        <translation>La salle %1 contient autre chose qu’un article.</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_commands.py" line="313"/>
        <source>In the server&apos;s or the system&apos;s words: %1</source>
        <translation>Selon le serveur ou le système&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/together.py" line="60"/>
        <source>Your edit</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <location filename="../../editor/app/together.py" line="166"/>
        <source>The room %1 holds another article: it is left as it was.</source>
        <translation>La salle %1 contient un autre article&#xa0;: elle reste telle quelle.</translation>
    </message>
    <message>
        <location filename="../../editor/app/together.py" line="272"/>
        <source>%1 refused the connection: %2</source>
        <translation>%1 a refusé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../editor/app/together.py" line="274"/>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <location filename="../../editor/app/block_language.py" line="31"/>
        <source>Set Paragraph Language</source>
        <translation>Définir la langue du paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/block_language.py" line="52"/>
        <location filename="../../editor/app/inspector.py" line="228"/>
        <source>Paragraph language</source>
        <translation>Langue du paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/block_language.py" line="54"/>
        <source>The language this paragraph is written in when it is not the article’s (an English quote): spelling, grammar and typography follow it, exports mark it. Leave blank for the article’s language.</source>
        <translation>La langue de ce paragraphe quand ce n’est pas celle de l’article (une citation en anglais)&#xa0;: l’orthographe, la grammaire et la typographie la suivent, les exports l’indiquent. Laisser vide pour la langue de l’article.</translation>
    </message>
    <message>
        <location filename="../../editor/app/block_language.py" line="85"/>
        <source>As the article (%1)</source>
        <translation>Comme l’article (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/app/block_language.py" line="94"/>
        <source>A language code such as en, de or en-GB.</source>
        <translation>Un code de langue, par exemple en, de ou en-GB.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/app/actions.py" line="39"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="41"/>
        <source>Open an article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="46"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="48"/>
        <source>Save the article</source>
        <translation>Enregistrer l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="53"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="55"/>
        <source>Save the article under another name</source>
        <translation>Enregistrer l’article sous un autre nom</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="61"/>
        <source>Close every window and quit</source>
        <translation>Fermer toutes les fenêtres et quitter</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="63"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="64"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="67"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="69"/>
        <source>Paste, keeping paragraphs, headings, italics, bold and links</source>
        <translation>Coller en gardant paragraphes, titres, italique, gras et liens</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="75"/>
        <source>Paste as Plain &amp;Text</source>
        <translation>Coller en &amp;texte brut</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="77"/>
        <source>Paste the text without its formatting</source>
        <translation>Coller le texte sans sa mise en forme</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="79"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="82"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="84"/>
        <source>Find in the whole article</source>
        <translation>Rechercher dans tout l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="89"/>
        <source>&amp;Replace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="91"/>
        <source>Find and replace in the whole article</source>
        <translation>Rechercher et remplacer dans tout l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="93"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="94"/>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="97"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="99"/>
        <source>Make this paragraph the title</source>
        <translation>Faire de ce paragraphe le titre</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="103"/>
        <source>&amp;Subhead</source>
        <translation>&amp;Intertitre</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="105"/>
        <source>Make this paragraph a subhead</source>
        <translation>Faire de ce paragraphe un intertitre</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="109"/>
        <source>St&amp;andfirst</source>
        <translation>&amp;Chapô</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="111"/>
        <source>Make this paragraph the standfirst</source>
        <translation>Faire de ce paragraphe le chapô</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="115"/>
        <source>&amp;Kicker</source>
        <translation>&amp;Surtitre</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="117"/>
        <source>Make this paragraph the kicker</source>
        <translation>Faire de ce paragraphe le surtitre</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="121"/>
        <location filename="../../editor/app/actions.py" line="191"/>
        <source>Pull &amp;Quote</source>
        <translation>E&amp;xergue</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="123"/>
        <source>Make this paragraph a pull quote</source>
        <translation>Faire de ce paragraphe un exergue</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="127"/>
        <location filename="../../editor/app/actions.py" line="205"/>
        <source>Author &amp;Bio</source>
        <translation>&amp;Bio de l’auteur</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="129"/>
        <source>Make this paragraph the author bio</source>
        <translation>Faire de ce paragraphe la bio de l’auteur</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="133"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="135"/>
        <source>Make this a plain paragraph</source>
        <translation>En faire un paragraphe simple</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="139"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="141"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="147"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="149"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="155"/>
        <source>Su&amp;perscript</source>
        <translation>&amp;Exposant</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="157"/>
        <source>Superscript (1er, Mme)</source>
        <translation>Exposant (1er, Mme)</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="163"/>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="165"/>
        <source>Link the selection to a web address (Ctrl+click opens it)</source>
        <translation>Lier la sélection à une adresse web (Ctrl+clic l’ouvre)</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="170"/>
        <source>Move Block &amp;Up</source>
        <translation>&amp;Monter le bloc</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="172"/>
        <source>Move this block above the one before it</source>
        <translation>Placer ce bloc avant le précédent</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="177"/>
        <source>Move Block &amp;Down</source>
        <translation>&amp;Descendre le bloc</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="179"/>
        <source>Move this block below the one after it</source>
        <translation>Placer ce bloc après le suivant</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="184"/>
        <source>&amp;Delete Block</source>
        <translation>&amp;Supprimer le bloc</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="186"/>
        <source>Delete this block (or the selected blocks)</source>
        <translation>Supprimer ce bloc (ou les blocs sélectionnés)</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="193"/>
        <source>Insert a pull quote after this paragraph</source>
        <translation>Insérer un exergue après ce paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="198"/>
        <source>&amp;Image…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="200"/>
        <source>Insert a PNG or JPEG image after this paragraph</source>
        <translation>Insérer une image PNG ou JPEG après ce paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="207"/>
        <source>Add the author bio at the end of the article</source>
        <translation>Ajouter la bio de l’auteur à la fin de l’article</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <location filename="../../editor/app/language.py" line="166"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="168"/>
        <source>&amp;Typography as You Type</source>
        <translation>&amp;Typographie à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="170"/>
        <source>Set French or English typography while you type</source>
        <translation>Appliquer la typographie française ou anglaise pendant la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="172"/>
        <source>Show Formatting &amp;Marks</source>
        <translation>Afficher les &amp;marques de mise en forme</translation>
    </message>
</context>
<context>
    <name>Embargo</name>
    <message>
        <location filename="../../editor/app/embargo.py" line="42"/>
        <source>Paris</source>
        <translation>Paris</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="43"/>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="44"/>
        <source>Zurich</source>
        <translation>Zurich</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="45"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="46"/>
        <source>London</source>
        <translation>Londres</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="47"/>
        <source>Montreal</source>
        <translation>Montréal</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="48"/>
        <source>New York</source>
        <translation>New York</translation>
    </message>
    <message>
        <location filename="../../editor/app/embargo.py" line="52"/>
        <source>Edit Embargo</source>
        <translation>Modifier l’embargo</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Word document for print (DOCX)</source>
        <translation type="vanished">Document Word pour le print (DOCX)</translation>
    </message>
    <message>
        <source>E-book (EPUB 3)</source>
        <translation type="vanished">Livre numérique (EPUB 3)</translation>
    </message>
    <message>
        <source>Wire item (NewsML-G2)</source>
        <translation type="vanished">Dépêche (NewsML-G2)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="55"/>
        <source>&amp;Word document for print (DOCX)</source>
        <translation>Document &amp;Word pour le print (DOCX)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="56"/>
        <source>E-&amp;book (EPUB 3)</source>
        <translation>&amp;Livre numérique (EPUB 3)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="57"/>
        <source>Wire &amp;item (NewsML-G2)</source>
        <translation>Dépêche d’&amp;agence (NewsML-G2)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="58"/>
        <source>News in &amp;JSON for the web (IPTC ninjs)</source>
        <translation>Actualité en &amp;JSON pour le web (IPTC ninjs)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="59"/>
        <source>InDesign/In&amp;Copy story (ICML)</source>
        <translation>Article InDesign/In&amp;Copy (ICML)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="62"/>
        <source>IPTC ninjs 3.1</source>
        <translation>IPTC ninjs 3.1</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="63"/>
        <source>Superdesk (ninjs 1.x)</source>
        <translation>Superdesk (ninjs 1.x)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="67"/>
        <source>Usable</source>
        <translation>Diffusable</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="68"/>
        <source>Withheld</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="69"/>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../editor/app/output_commands.py" line="24"/>
        <source>Export as &amp;DOCX…</source>
        <translation>Exporter en &amp;DOCX…</translation>
    </message>
    <message>
        <location filename="../../editor/app/output_commands.py" line="25"/>
        <source>Export as &amp;EPUB…</source>
        <translation>Exporter en &amp;EPUB…</translation>
    </message>
    <message>
        <location filename="../../editor/app/output_commands.py" line="26"/>
        <source>Export as &amp;NewsML…</source>
        <translation>Exporter en &amp;NewsML…</translation>
    </message>
    <message>
        <location filename="../../editor/app/output_commands.py" line="27"/>
        <source>Export as nin&amp;js…</source>
        <translation>Exporter en nin&amp;js…</translation>
    </message>
    <message>
        <location filename="../../editor/app/output_commands.py" line="28"/>
        <source>Export as &amp;ICML…</source>
        <translation>Exporter en &amp;ICML…</translation>
    </message>
    <message>
        <location filename="../../editor/app/output_commands.py" line="29"/>
        <source>Export &amp;All Formats…</source>
        <translation>Exporter dans &amp;tous les formats…</translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <location filename="../../editor/app/export_warning.py" line="21"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="22"/>
        <source>Typography</source>
        <translation>Typographie</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="23"/>
        <source>Placeholders (TK, XXX…)</source>
        <translation>Marques à compléter (TK, XXX…)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="24"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="25"/>
        <source>Pull quotes</source>
        <translation>Exergues</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="26"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="27"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="28"/>
        <source>Review (suggestions, comments)</source>
        <translation>Relecture (suggestions, commentaires)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="29"/>
        <source>Grammar</source>
        <translation>Grammaire</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <location filename="../../editor/app/error_text.py" line="27"/>
        <source>the file is {size} MB; articles are limited to {limit} MB</source>
        <translation>le fichier fait {size}&#xa0;Mo&#x202f;; les articles sont limités à {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="30"/>
        <source>this is a folder, not an article file</source>
        <translation>c’est un dossier, pas un fichier d’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="31"/>
        <location filename="../../editor/app/error_text.py" line="89"/>
        <source>no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="32"/>
        <location filename="../../editor/app/error_text.py" line="91"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="33"/>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="34"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="35"/>
        <source>broken JSON: {detail}</source>
        <translation>JSON invalide&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="36"/>
        <source>broken JSON: nested too deeply</source>
        <translation>JSON invalide&#xa0;: imbrication trop profonde</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="37"/>
        <source>expected {expected}, found {found}</source>
        <translation>on attend {expected}, le fichier contient {found}</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="38"/>
        <source>not a Copydesk article (no &quot;format&quot;: &quot;copydesk.article&quot;)</source>
        <translation>ce n’est pas un article Copydesk (pas de &quot;format&quot;: &quot;copydesk.article&quot;)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="41"/>
        <source>written by a newer Copydesk (format version {version}); this version reads up to {supported}. Update Copydesk to open it</source>
        <translation>écrit par un Copydesk plus récent (format version {version})&#x202f;; celui-ci lit jusqu’à la version {supported}. Mettez Copydesk à jour pour l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="46"/>
        <source>unknown format version {version}</source>
        <translation>version de format inconnue ({version})</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="47"/>
        <source>a subject needs a code</source>
        <translation>un thème doit avoir un code</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="48"/>
        <source>“{value}” is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="49"/>
        <source>“{value}” is not a date and time (ISO 8601)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date avec l’heure (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="50"/>
        <source>the embargo “{value}” needs a time-zone offset, e.g. +01:00</source>
        <translation>l’embargo «&#xa0;{value}&#xa0;» doit indiquer son décalage horaire, par exemple +01:00</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="53"/>
        <source>“{type}” is not an image type</source>
        <translation>«&#xa0;{type}&#xa0;» n’est pas un type d’image</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="54"/>
        <source>the image data is not valid base64</source>
        <translation>les données de l’image ne sont pas du base64 valide</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="55"/>
        <source>the image data does not match its checksum (damaged file)</source>
        <translation>les données de l’image ne correspondent pas à leur somme de contrôle (fichier endommagé)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="58"/>
        <source>unknown block kind “{kind}”</source>
        <translation>type de bloc inconnu&#xa0;: «&#xa0;{kind}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="59"/>
        <source>“{id}” is not a valid block id (letters, digits, - _ . ; not starting with a digit)</source>
        <translation>«&#xa0;{id}&#xa0;» n’est pas un identifiant de bloc valide (lettres, chiffres, - _ .&#x202f;; pas de chiffre en tête)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="63"/>
        <source>“{lang}” is not a language tag (en, de-CH…)</source>
        <translation>«&#xa0;{lang}&#xa0;» n’est pas un code de langue (en, de-CH…)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="66"/>
        <source>the image “{media}” is not in the file&apos;s media</source>
        <translation>l’image «&#xa0;{media}&#xa0;» n’est pas dans les médias du fichier</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="69"/>
        <source>unknown mark “{mark}”</source>
        <translation>enrichissement inconnu&#xa0;: «&#xa0;{mark}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="70"/>
        <source>unknown suggestion type “{type}”</source>
        <translation>type de suggestion inconnu «&#xa0;{type}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="73"/>
        <source>an id is needed</source>
        <translation>il manque un identifiant</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="74"/>
        <source>the id “{id}” is used twice</source>
        <translation>l’identifiant «&#xa0;{id}&#xa0;» sert deux fois</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="75"/>
        <source>the suggestion “{id}” is not in the file&apos;s suggestions</source>
        <translation>la suggestion «&#xa0;{id}&#xa0;» ne figure pas parmi celles du fichier</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="78"/>
        <source>the suggestion “{id}” is of type {found}, not {wanted}</source>
        <translation>la suggestion «&#xa0;{id}&#xa0;» est de type «&#xa0;{found}&#xa0;», pas «&#xa0;{wanted}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="81"/>
        <source>the comment “{id}” is not in the file&apos;s comments</source>
        <translation>le commentaire «&#xa0;{id}&#xa0;» ne figure pas parmi ceux du fichier</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="88"/>
        <source>the file is {size} MB; the limit is {limit} MB</source>
        <translation>le fichier fait {size}&#xa0;Mo&#x202f;; la limite est de {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="90"/>
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="92"/>
        <source>the text encoding could not be recognised</source>
        <translation>l’encodage du texte n’a pas été reconnu</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="95"/>
        <source>the copied text is larger than {limit} MB</source>
        <translation>le texte copié dépasse {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="96"/>
        <source>the NewsML-G2 message carries no news item</source>
        <translation>le message NewsML-G2 ne contient aucune dépêche (newsItem)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="97"/>
        <source>this NewsML-G2 file is a package (it lists other items but holds no story)</source>
        <translation>ce fichier NewsML-G2 est un paquet (il renvoie à d’autres éléments mais ne contient aucun article)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="101"/>
        <source>this NewsML-G2 file is a concept item (a vocabulary entry, not a story)</source>
        <translation>ce fichier NewsML-G2 est un concept (une entrée de vocabulaire, pas un article)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="104"/>
        <source>this NewsML-G2 file is a knowledge item (vocabulary entries, not a story)</source>
        <translation>ce fichier NewsML-G2 est une base de connaissances (des entrées de vocabulaire, pas un article)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="108"/>
        <source>this NewsML-G2 file is a planning item (coverage plans, not a story)</source>
        <translation>ce fichier NewsML-G2 est une prévision (une couverture annoncée, pas un article)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="111"/>
        <source>this NewsML-G2 file is a catalog of scheme aliases</source>
        <translation>ce fichier NewsML-G2 est un catalogue d’alias de vocabulaires</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="114"/>
        <source>this is NewsML 1, an older standard; ask for NewsML-G2</source>
        <translation>c’est du NewsML 1, une norme plus ancienne&#x202f;; demandez du NewsML-G2</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="117"/>
        <source>not a NewsML-G2 item or message (its root is &lt;{root}&gt;)</source>
        <translation>ce n’est ni une dépêche ni un message NewsML-G2 (sa racine est &lt;{root}&gt;)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="120"/>
        <source>{what} is larger than {limit} MB</source>
        <translation>{what} dépasse {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="121"/>
        <source>the Word document is not a Word package</source>
        <translation>le document Word n’est pas un paquet Word</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="124"/>
        <source>the Word document is damaged ({detail})</source>
        <translation>le document Word est endommagé ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="125"/>
        <source>this is not a Word document ({detail})</source>
        <translation>ce n’est pas un document Word ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="126"/>
        <source>{what} holds broken XML ({detail})</source>
        <translation>{what} contient du XML invalide ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="127"/>
        <source>{what} declares XML entities; Copydesk does not read those (they can expand without limit or read other files)</source>
        <translation>{what} déclare des entités XML&#x202f;; Copydesk ne les lit pas (elles peuvent grossir sans limite ou lire d’autres fichiers)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="132"/>
        <source>{what} (part “{part}”) declares XML entities; Copydesk does not read those (they can expand without limit or read other files)</source>
        <translation>{what} (partie «&#xa0;{part}&#xa0;») déclare des entités XML&#x202f;; Copydesk ne les lit pas (elles peuvent grossir sans limite ou lire d’autres fichiers)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="137"/>
        <source>{what} is larger than {limit} MB of XML</source>
        <translation>{what} dépasse {limit}&#xa0;Mo de XML</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="138"/>
        <source>{what} uses XML entities, which Copydesk does not read</source>
        <translation>{what} utilise des entités XML, que Copydesk ne lit pas</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="141"/>
        <source>{what} is not well-formed XML ({detail})</source>
        <translation>{what} n’est pas du XML bien formé ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="142"/>
        <source>{what} holds no XML element</source>
        <translation>{what} ne contient aucun élément XML</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="143"/>
        <source>{what} is not a zip package (a .docx is one)</source>
        <translation>{what} n’est pas une archive zip (un .docx en est une)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="144"/>
        <source>{what} holds {count} files; the limit is {limit}</source>
        <translation>{what} contient {count}&#xa0;fichiers&#x202f;; la limite est de {limit}</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="147"/>
        <source>{what} holds a file named “{name}”, outside the package</source>
        <translation>{what} contient un fichier nommé «&#xa0;{name}&#xa0;», hors de l’archive</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="150"/>
        <source>{what} looks like a zip bomb: “{name}” expands {ratio} times</source>
        <translation>{what} ressemble à une bombe zip&#xa0;: «&#xa0;{name}&#xa0;» grossit {ratio}&#xa0;fois</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="153"/>
        <source>{what} would expand to {size} MB; the limit is {limit} MB</source>
        <translation>{what} occuperait {size}&#xa0;Mo une fois décompressé&#x202f;; la limite est de {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="156"/>
        <source>{what}: “{name}” is larger than {limit} MB</source>
        <translation>{what}&#xa0;: «&#xa0;{name}&#xa0;» dépasse {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="157"/>
        <source>{what}: “{name}” cannot be read ({detail})</source>
        <translation>{what}&#xa0;: «&#xa0;{name}&#xa0;» est illisible ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="164"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="165"/>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="166"/>
        <source>the Word document</source>
        <translation>le document Word</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="167"/>
        <source>the NewsML file</source>
        <translation>le fichier NewsML</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="172"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="173"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="174"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="175"/>
        <source>true/false</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="176"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="177"/>
        <source>nothing (null)</source>
        <translation>rien (null)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="178"/>
        <source>a list of blocks</source>
        <translation>une liste de blocs</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="179"/>
        <source>a version number</source>
        <translation>un numéro de version</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="180"/>
        <source>an author</source>
        <translation>un auteur</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="181"/>
        <source>a subject</source>
        <translation>un thème</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="182"/>
        <source>a block</source>
        <translation>un bloc</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="183"/>
        <source>text or a list of runs</source>
        <translation>du texte ou une liste de segments</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="184"/>
        <source>text or a run object</source>
        <translation>du texte ou un segment</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="185"/>
        <source>a list of marks</source>
        <translation>une liste d’enrichissements</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="190"/>
        <source>expecting value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="191"/>
        <source>expecting property name enclosed in double quotes</source>
        <translation>nom de propriété attendu, entre guillemets droits doubles</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="192"/>
        <source>expecting &apos;:&apos; delimiter</source>
        <translation>séparateur «&#xa0;:&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="193"/>
        <source>expecting &apos;,&apos; delimiter</source>
        <translation>séparateur «&#xa0;,&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="194"/>
        <source>unterminated string starting</source>
        <translation>chaîne de caractères non terminée</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="195"/>
        <source>invalid control character</source>
        <translation>caractère de contrôle invalide</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="196"/>
        <source>invalid \escape</source>
        <translation>séquence d’échappement \ invalide</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="197"/>
        <source>invalid \uxxxx escape</source>
        <translation>séquence d’échappement \uXXXX invalide</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="198"/>
        <source>extra data</source>
        <translation>données en trop après la fin</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="199"/>
        <source>illegal trailing comma before end of object</source>
        <translation>virgule en trop avant la fin de l’objet</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="200"/>
        <source>illegal trailing comma before end of array</source>
        <translation>virgule en trop avant la fin de la liste</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="204"/>
        <source>{path}: {reason}</source>
        <translation>{path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="205"/>
        <source>{path}: {reason} (at {place})</source>
        <translation>{path}&#xa0;: {reason} (emplacement&#xa0;: {place})</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="206"/>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="207"/>
        <source>byte {byte}</source>
        <translation>octet {byte}</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="208"/>
        <source>top level</source>
        <translation>premier niveau</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="209"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../editor/app/error_text.py" line="210"/>
        <source>{path}: could not save: {reason}</source>
        <translation>{path}&#xa0;: enregistrement impossible&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../editor/app/files.py" line="28"/>
        <source>Word documents</source>
        <translation>Documents Word</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="29"/>
        <source>NewsML-G2 and NITF wire items</source>
        <translation>Dépêches NewsML-G2 et NITF</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="30"/>
        <source>Plain text and Markdown</source>
        <translation>Texte brut et Markdown</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="35"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="36"/>
        <source>Start an empty article</source>
        <translation>Commencer un article vide</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="37"/>
        <source>New from &amp;Sample</source>
        <translation>Nouveau à partir de l’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="38"/>
        <source>Start from the sample article</source>
        <translation>Partir de l’article d’exemple</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="39"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="40"/>
        <source>Forget the unsaved changes and read the file again</source>
        <translation>Oublier les modifications non enregistrées et relire le fichier</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="41"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="42"/>
        <source>Close this article</source>
        <translation>Fermer cet article</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="45"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
</context>
<context>
    <name>Gauge</name>
    <message>
        <source>Under by %1 signes (%2 lines)</source>
        <translation type="vanished">Manque %1 signes (%2 lignes)</translation>
    </message>
    <message>
        <source>On target (%1 signes, %2 lines)</source>
        <translation type="vanished">Au calibrage (%1 signes, %2 lignes)</translation>
    </message>
    <message>
        <source>Over by %1 signes (%2 lines)</source>
        <translation type="vanished">Trop long de %1 signes (%2 lignes)</translation>
    </message>
</context>
<context>
    <name>Grammar</name>
    <message>
        <location filename="../../editor/app/grammar.py" line="70"/>
        <source>Grammalecte, the French grammar checker, is not installed: grammar is not checked. Install it (on Debian or Ubuntu: sudo apt install python3-grammalecte).</source>
        <translation>Grammalecte, le correcteur grammatical du français, n’est pas installé&#xa0;: la grammaire n’est pas vérifiée. Installez-le (sous Debian ou Ubuntu&#xa0;: sudo apt install python3-grammalecte).</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../editor/app/help.py" line="130"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="131"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="132"/>
        <source>&amp;About Copydesk</source>
        <translation>À &amp;propos de Copydesk</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="135"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <location filename="../../editor/app/note_text.py" line="23"/>
        <source>The title was taken from the document&apos;s properties.</source>
        <translation>Le titre a été repris des propriétés du document.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="26"/>
        <source>The section was taken from the document&apos;s category.</source>
        <translation>La rubrique a été reprise de la catégorie du document.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="29"/>
        <source>The author was taken from the document&apos;s properties.</source>
        <translation>L’auteur a été repris des propriétés du document.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="32"/>
        <source>Item {item} of the {count} in the message was imported.</source>
        <translation>La dépêche {item} sur les {count} du message a été importée.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="35"/>
        <source>The item has no headline: the article has no title.</source>
        <translation>La dépêche n’a pas de titre&#xa0;: l’article n’en a pas.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="38"/>
        <source>Not kept as such: {what} ({count}).</source>
        <translation>Pas repris tel quel&#xa0;: {what} ({count}).</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="39"/>
        <source>The agency&apos;s item id was {guid}.</source>
        <translation>L’identifiant de la dépêche chez l’agence était {guid}.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="40"/>
        <source>The credit was taken from the provider ({name}).</source>
        <translation>Le crédit a été repris du fournisseur ({name}).</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="43"/>
        <source>The item is embargoed until {until}.</source>
        <translation>La dépêche est sous embargo jusqu’au {until}.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="44"/>
        <source>Editor&apos;s note from the sender: {note}</source>
        <translation>Note de l’expéditeur à la rédaction&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="45"/>
        <source>The sender marked the item “withheld”.</source>
        <translation>L’expéditeur a marqué la dépêche «&#xa0;retenue&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="48"/>
        <source>The sender marked the item “canceled”.</source>
        <translation>L’expéditeur a marqué la dépêche «&#xa0;annulée&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="51"/>
        <source>No styles and no short first line: no title was found.</source>
        <translation>Ni styles ni première ligne courte&#xa0;: aucun titre n’a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="54"/>
        <source>The document has no styles: its structure was guessed.</source>
        <translation>Le document n’a pas de styles&#xa0;: sa structure a été devinée.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="57"/>
        <source>The first line was taken as the title (a guess).</source>
        <translation>La première ligne a été prise pour le titre (supposition).</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="60"/>
        <source>The paragraph after the title was taken as the standfirst (it was in bold).</source>
        <translation>Le paragraphe qui suit le titre a été pris pour le chapô (il était en gras).</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="63"/>
        <source>The paragraph after the title was taken as the standfirst (a guess).</source>
        <translation>Le paragraphe qui suit le titre a été pris pour le chapô (supposition).</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="66"/>
        <source>The document has no title style: its first heading became the title.</source>
        <translation>Le document n’a pas de style de titre&#xa0;: son premier intertitre est devenu le titre.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="69"/>
        <source>The file was not UTF-8; it was read as Windows-1252.</source>
        <translation>Le fichier n’était pas en UTF-8&#x202f;; il a été lu en Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="72"/>
        <source>The file holds no text.</source>
        <translation>Le fichier ne contient pas de texte.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="73"/>
        <source>The first line was taken as the kicker (a guess).</source>
        <translation>La première ligne a été prise pour le surtitre (supposition).</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="76"/>
        <source>The title was in capitals, as wire copy sends it; it is kept as written.</source>
        <translation>Le titre était en capitales, comme les dépêches l’envoient&#x202f;; il est gardé tel quel.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="79"/>
        <source>The first paragraph was taken as the title (a guess).</source>
        <translation>Le premier paragraphe a été pris pour le titre (supposition).</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="82"/>
        <source>The front matter is not valid YAML; it was ignored.</source>
        <translation>L’en-tête YAML n’est pas valide&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="85"/>
        <source>The image “{source}” could not be read; it was left out.</source>
        <translation>L’image «&#xa0;{source}&#xa0;» n’a pas pu être lue&#x202f;; elle a été laissée de côté.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="88"/>
        <source>Markdown {what}: an article has no such block.</source>
        <translation>Markdown, {what}&#xa0;: un article n’a pas ce genre de bloc.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="91"/>
        <source>Front matter not mapped: {keys}.</source>
        <translation>En-tête non repris&#xa0;: {keys}.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="92"/>
        <source>Dateline “{place}” read from the first paragraph.</source>
        <translation>Lieu «&#xa0;{place}&#xa0;» lu dans le premier paragraphe.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="95"/>
        <source>Text in a picture paragraph was kept as a paragraph.</source>
        <translation>Le texte d’un paragraphe d’image a été gardé comme paragraphe.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="98"/>
        <source>The item&apos;s headline was kept as the title; the story&apos;s own headline read “{headline}”.</source>
        <translation>Le titre de la dépêche a été retenu&#xa0;; le texte portait son propre titre, «&#xa0;{headline}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="102"/>
        <source>The byline repeated as the first paragraph was left out.</source>
        <translation>La signature répétée en premier paragraphe a été retirée.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="105"/>
        <source>The sender&apos;s user account ({accounts}) was not taken as an author.</source>
        <translation>Le compte utilisateur de l’expéditeur ({accounts}) n’a pas été pris pour un auteur.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="108"/>
        <source>The dateline&apos;s place is given only as the code {code}, which the item does not name: the place was left empty.</source>
        <translation>Le lieu de la date n’est donné que par le code {code}, que la dépêche ne nomme pas&#xa0;: le lieu est resté vide.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="113"/>
        <source>The dateline&apos;s place was taken from the item&apos;s location, {place}; the story&apos;s lead opens with {lead}.</source>
        <translation>Le lieu de la date a été repris de la localisation de la dépêche, {place}&#xa0;; le premier paragraphe du texte s’ouvre sur {lead}.</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="124"/>
        <source>footnotes</source>
        <translation>notes de bas de page</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="125"/>
        <source>endnotes</source>
        <translation>notes de fin</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="126"/>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="127"/>
        <source>old-style (VML) pictures and shapes</source>
        <translation>images et formes à l’ancienne (VML)</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="128"/>
        <source>embedded objects</source>
        <translation>objets incorporés</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="129"/>
        <source>text boxes and shapes</source>
        <translation>zones de texte et formes</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="130"/>
        <source>tables (their text was kept as paragraphs)</source>
        <translation>tableaux (leur texte a été gardé en paragraphes)</translation>
    </message>
    <message>
        <source>tracked deletions</source>
        <translation type="vanished">suppressions suivies</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="131"/>
        <source>symbols from symbol fonts</source>
        <translation>symboles de polices de symboles</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="132"/>
        <source>drawings that are not pictures (charts, shapes)</source>
        <translation>dessins qui ne sont pas des images (graphiques, formes)</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="133"/>
        <source>pictures linked from outside the document</source>
        <translation>images liées hors du document</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="134"/>
        <source>pictures missing from the document</source>
        <translation>images absentes du document</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="135"/>
        <source>list items (imported as paragraphs)</source>
        <translation>éléments de liste (importés en paragraphes)</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="136"/>
        <source>captions without a picture (kept as paragraphs)</source>
        <translation>légendes sans image (gardées en paragraphes)</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="137"/>
        <source>pull quote attributions without a pull quote (kept as text)</source>
        <translation>attributions d’exergue sans exergue (gardées en texte)</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="138"/>
        <source>content that is not text</source>
        <translation>contenu qui n’est pas du texte</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="139"/>
        <source>NITF note</source>
        <translation>note NITF</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="140"/>
        <source>NITF rights</source>
        <translation>droits NITF</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="141"/>
        <source>bibliography</source>
        <translation>bibliographie</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="142"/>
        <source>lists (items kept as paragraphs)</source>
        <translation>listes (éléments gardés en paragraphes)</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="143"/>
        <source>pictures not found beside the item (or not a local file)</source>
        <translation>images introuvables à côté de la dépêche (ou pas un fichier local)</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="144"/>
        <source>files that are not PNG, JPEG or GIF pictures</source>
        <translation>fichiers qui ne sont pas des images PNG, JPEG ou GIF</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="145"/>
        <source>HTML (left out)</source>
        <translation>HTML (laissé de côté)</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="146"/>
        <source>tables (left out)</source>
        <translation>tableaux (laissés de côté)</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="153"/>
        <source>repeated {role} paragraphs</source>
        <translation>paragraphes «&#xa0;{role}&#xa0;» répétés</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="157"/>
        <source>pictures in a format the article cannot hold ({type})</source>
        <translation>images dans un format que l’article ne peut pas contenir ({type})</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="161"/>
        <source>links in a {kind} (text kept)</source>
        <translation>liens dans un bloc «&#xa0;{kind}&#xa0;» (texte gardé)</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="165"/>
        <source>“{name}” elements (kept as paragraphs)</source>
        <translation>éléments «&#xa0;{name}&#xa0;» (gardés en paragraphes)</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="167"/>
        <source>“{name}” elements</source>
        <translation>éléments «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="168"/>
        <source>{type} media</source>
        <translation>médias «&#xa0;{type}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/note_text.py" line="169"/>
        <source>NITF “{name}”</source>
        <translation>élément NITF «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>draft</source>
        <translation type="vanished">brouillon</translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="vanished">relu</translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="vanished">prêt</translation>
    </message>
    <message>
        <source>published</source>
        <translation type="vanished">publié</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation type="vanished">retenu</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="vanished">annulé</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="45"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="46"/>
        <source>Edited</source>
        <translation>Relu</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="47"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="48"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="49"/>
        <source>Withheld</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="50"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="116"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="119"/>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="122"/>
        <source>Name (role); Name</source>
        <translation>Nom (rôle)&#x202f;; Nom</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="123"/>
        <source>Dateline place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="126"/>
        <source>e.g. Lyon</source>
        <translation>ex.&#xa0;: Lyon</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="127"/>
        <source>Dateline date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="130"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="131"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="134"/>
        <source>comma, separated</source>
        <translation>séparés, par, des virgules</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="135"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="140"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="144"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="146"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="148"/>
        <source>Copyright</source>
        <translation>Copyright</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../editor/app/labels.py" line="14"/>
        <source>Kicker</source>
        <translation>Surtitre</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="15"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="16"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="17"/>
        <source>Subhead</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="18"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="19"/>
        <source>Pull quote</source>
        <translation>Exergue</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="20"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="21"/>
        <source>Author bio</source>
        <translation>Bio de l’auteur</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="22"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="25"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="26"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="27"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="28"/>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/app/language.py" line="103"/>
        <source>Paragraph &amp;Kind</source>
        <translation>&amp;Type de paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="128"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="129"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="151"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="153"/>
        <source>Paragraph kind</source>
        <translation>Type de paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="155"/>
        <source>The kind of the paragraph at the cursor</source>
        <translation>Le type du paragraphe sous le curseur</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <location filename="../../editor/app/labels.py" line="31"/>
        <source>italic</source>
        <translation>italique</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="32"/>
        <source>bold</source>
        <translation>gras</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="33"/>
        <source>superscript</source>
        <translation>exposant</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="34"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../editor/app/actions.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="215"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="220"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../editor/app/actions.py" line="225"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <location filename="../../editor/app/labels.py" line="37"/>
        <source>Kicker</source>
        <translation>Surtitre</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="38"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="39"/>
        <source>Standfirst: the story in two lines</source>
        <translation>Chapô&#xa0;: l’histoire en deux lignes</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="40"/>
        <source>Subhead</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="41"/>
        <source>Write here…</source>
        <translation>Écrivez ici…</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="42"/>
        <source>About the author</source>
        <translation>À propos de l’auteur</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="43"/>
        <source>The quote</source>
        <translation>La citation</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="44"/>
        <source>Who said it</source>
        <translation>Qui l’a dit</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="45"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="46"/>
        <source>Credit: photographer / agency</source>
        <translation>Crédit&#xa0;: photographe / agence</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="47"/>
        <source>Alt text: describe the image for readers who cannot see it</source>
        <translation>Texte alternatif&#xa0;: décrivez l’image pour les lecteurs qui ne la voient pas</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../editor/app/preferences.py" line="72"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="139"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="142"/>
        <source>Interface language, newsroom and export defaults</source>
        <translation>Langue de l’interface, rédaction et réglages d’export</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../editor/app/output_commands.py" line="37"/>
        <source>Print Previe&amp;w…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../../editor/app/output_commands.py" line="38"/>
        <source>See the pages as they will print</source>
        <translation>Voir les pages telles qu’elles seront imprimées</translation>
    </message>
    <message>
        <location filename="../../editor/app/output_commands.py" line="39"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../editor/app/output_commands.py" line="40"/>
        <source>Print the article as the page shows it</source>
        <translation>Imprimer l’article tel que la page le montre</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../editor/app/problem_text.py" line="25"/>
        <source>The article has no title.</source>
        <translation>L’article n’a pas de titre.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="26"/>
        <source>Unknown block kind “{kind}”.</source>
        <translation>Type de bloc inconnu «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="27"/>
        <source>A second title; an article has one.</source>
        <translation>Un second titre&#x202f;; un article n’en a qu’un.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="28"/>
        <source>A second kicker; an article has at most one.</source>
        <translation>Un second surtitre&#x202f;; un article en a un au plus.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="31"/>
        <source>The kicker should stand above the title.</source>
        <translation>Le surtitre se place au-dessus du titre.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="32"/>
        <source>A second standfirst; an article has one.</source>
        <translation>Un second chapô&#x202f;; un article n’en a qu’un.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="35"/>
        <source>The standfirst should follow the title.</source>
        <translation>Le chapô suit le titre.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="38"/>
        <source>The author bio should close the article.</source>
        <translation>La bio de l’auteur clôt l’article.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="39"/>
        <source>{kind} has no field “{field}”.</source>
        <translation>{kind}&#xa0;: pas de champ «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="40"/>
        <source>The pull quote has no text.</source>
        <translation>L’exergue n’a pas de texte.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="41"/>
        <source>Empty {kind_lower}.</source>
        <translation>{kind} vide.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="42"/>
        <source>{kind} cannot carry “{mark}”.</source>
        <translation>{kind} ne peut pas porter «&#xa0;{mark}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="43"/>
        <source>A link has no address.</source>
        <translation>Un lien n’a pas d’adresse.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="44"/>
        <source>The image file is missing from the article.</source>
        <translation>Le fichier de l’image manque dans l’article.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="47"/>
        <source>The image has no alternative text.</source>
        <translation>L’image n’a pas de texte alternatif.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="49"/>
        <source>“{char}” takes {space} before it</source>
        <translation>Devant «&#xa0;{char}&#xa0;»&#xa0;: {space}</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="50"/>
        <source>“:” takes {space} before it</source>
        <translation>Devant le deux-points&#xa0;: {space}</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="51"/>
        <source>Guillemets take {space} inside them</source>
        <translation>À l’intérieur des guillemets&#xa0;: {space}</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="52"/>
        <source>Straight quote; typographic: {replacement}</source>
        <translation>Guillemet droit&#x202f;; typographique&#xa0;: {replacement}</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="53"/>
        <source>Straight apostrophe; typographic: {replacement}</source>
        <translation>Apostrophe droite&#x202f;; typographique&#xa0;: {replacement}</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="56"/>
        <source>Three dots; one ellipsis character: …</source>
        <translation>Trois points&#x202f;; un seul caractère points de suspension&#xa0;: …</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="57"/>
        <source>Several spaces in a row</source>
        <translation>Plusieurs espaces à la suite</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="58"/>
        <source>Digits of a large number are grouped in threes (10 000)</source>
        <translation>Les chiffres d’un grand nombre se groupent par trois (10&#x202f;000)</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="61"/>
        <source>Capitals keep their accents: “{replacement}”?</source>
        <translation>Les capitales gardent leurs accents&#xa0;: «&#xa0;{replacement}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="64"/>
        <source>Straight quote without its pair</source>
        <translation>Guillemet droit sans son pendant</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="65"/>
        <source>Straight apostrophe without its pair</source>
        <translation>Apostrophe droite isolée</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="68"/>
        <source>“{char}” without its partner</source>
        <translation>{char} sans son pendant</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="70"/>
        <source>Placeholder “{text}” left in the text</source>
        <translation>Marque provisoire «&#xa0;{text}&#xa0;» restée dans le texte</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="101"/>
        <source>The embargo ({until}) has already lifted: every export still writes it; clear it or set the new time</source>
        <translation>L’embargo ({until}) est déjà levé&#xa0;: chaque export l’inscrit encore&#xa0;; supprimez-le ou fixez la nouvelle heure</translation>
    </message>
    <message>
        <source>{what} is {signes} signes, {over} over its limit of {limit} ({lines} line(s) of {per_line})</source>
        <translation type="vanished">{what}&#xa0;: {signes}&#xa0;signes, {over} de plus que sa limite de {limit} ({lines}&#xa0;ligne(s) de {per_line})</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="72"/>
        <source>The image has no credit (photographer or agency)</source>
        <translation>L’image n’a pas de crédit (photographe ou agence)</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="75"/>
        <source>The image has no caption</source>
        <translation>L’image n’a pas de légende</translation>
    </message>
    <message>
        <source>The body is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} ({lines} line(s))</source>
        <translation type="vanished">Le corps fait {signes}&#xa0;signes, {amount} de moins que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} ({lines}&#xa0;ligne(s))</translation>
    </message>
    <message>
        <source>The article is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} ({lines} line(s))</source>
        <translation type="vanished">L’article fait {signes}&#xa0;signes, {amount} de moins que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} ({lines}&#xa0;ligne(s))</translation>
    </message>
    <message>
        <source>The body is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} ({lines} line(s))</source>
        <translation type="vanished">Le corps fait {signes}&#xa0;signes, {amount} de plus que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} ({lines}&#xa0;ligne(s))</translation>
    </message>
    <message>
        <source>The article is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} ({lines} line(s))</source>
        <translation type="vanished">L’article fait {signes}&#xa0;signes, {amount} de plus que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} ({lines}&#xa0;ligne(s))</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="80"/>
        <source>The pull quote is not found in the body: an exergue repeats the copy</source>
        <translation>L’exergue ne figure pas dans le texte&#xa0;: un exergue reprend mot pour mot une phrase de l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="84"/>
        <source>“{language}” is not a language tag (fr, en, fr-CH…): EPUB and NewsML need one</source>
        <translation>«&#xa0;{language}&#xa0;» n’est pas un code de langue (fr, en, fr-CH…)&#xa0;: EPUB et NewsML en exigent un</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="88"/>
        <source>No typography rules for “{language}”: only French and English are checked</source>
        <translation>Pas de règles typographiques pour «&#xa0;{language}&#xa0;»&#xa0;: seuls le français et l’anglais sont vérifiés</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="91"/>
        <source>No author: the byline (DOCX Signature, EPUB creator, NewsML by) stays empty</source>
        <translation>Pas d’auteur&#xa0;: la signature (Signature DOCX, creator EPUB, by NewsML) reste vide</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="94"/>
        <source>No section: the DOCX Rubrique and the NewsML subject stay empty</source>
        <translation>Pas de rubrique&#xa0;: la Rubrique DOCX et le thème NewsML restent vides</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="97"/>
        <source>No dateline place (DOCX Lieu et date, NewsML dateline)</source>
        <translation>Pas de lieu pour la date (Lieu et date DOCX, dateline NewsML)</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="100"/>
        <source>No length template is called “{template}”</source>
        <translation>Aucun gabarit ne s’appelle «&#xa0;{template}&#xa0;»</translation>
    </message>
    <message>
        <source>{count} suggestion(s) not yet accepted or rejected: the wire and the e-book need the final text</source>
        <translation type="vanished">{count} suggestion(s) ni acceptée(s) ni refusée(s)&#xa0;: le fil et le livre numérique exigent le texte définitif</translation>
    </message>
    <message>
        <source>{count} open comment(s): resolve or delete them before the piece leaves</source>
        <translation type="vanished">{count} commentaire(s) ouvert(s)&#xa0;: résolvez-les ou supprimez-les avant le départ du papier</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="120"/>
        <source>a no-break space</source>
        <translation>espace insécable</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="121"/>
        <source>a narrow no-break space</source>
        <translation>espace fine insécable</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="122"/>
        <source>no space</source>
        <translation>pas d’espace</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="123"/>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>italic</source>
        <translation type="vanished">italique</translation>
    </message>
    <message>
        <source>bold</source>
        <translation type="vanished">gras</translation>
    </message>
    <message>
        <source>superscript</source>
        <translation type="vanished">exposant</translation>
    </message>
    <message>
        <source>link</source>
        <translation type="vanished">lien</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="129"/>
        <source>{kind} {field}</source>
        <translation>{kind}, {field}</translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="34"/>
        <source>ninjs 3.1 (web, apps)</source>
        <translation>ninjs 3.1 (web, applis)</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="35"/>
        <source>ninjs for Superdesk</source>
        <translation>ninjs pour Superdesk</translation>
    </message>
    <message>
        <location filename="../../editor/app/destinations_dialog.py" line="36"/>
        <source>NewsML-G2 (wire)</source>
        <translation>NewsML-G2 (fil)</translation>
    </message>
    <message>
        <location filename="../../editor/app/output_commands.py" line="32"/>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublier…</translation>
    </message>
    <message>
        <location filename="../../editor/app/output_commands.py" line="33"/>
        <source>Send the article to a newsroom system: a watched folder, an FTP drop or an HTTP endpoint</source>
        <translation>Envoyer l’article à un système de la rédaction&#xa0;: dossier surveillé, dépôt FTP ou adresse HTTP</translation>
    </message>
</context>
<context>
    <name>PublishText</name>
    <message>
        <location filename="../../editor/app/publish_text.py" line="24"/>
        <source>the folder does not exist or cannot be reached</source>
        <translation>le dossier n’existe pas ou est inaccessible</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="vanished">le disque est plein</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="27"/>
        <source>no space left on the disk</source>
        <translation>plus de place sur le disque</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="28"/>
        <source>the file is too large for the disk (its size limit was reached)</source>
        <translation>le fichier est trop gros pour le disque (la taille limite est atteinte)</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="31"/>
        <source>the disk quota is used up</source>
        <translation>le quota du disque est épuisé</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="32"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="33"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="34"/>
        <source>the server refused the user name or password</source>
        <translation>le serveur a refusé le nom d’utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="37"/>
        <source>the server refused the file or folder (no such folder, or no permission)</source>
        <translation>le serveur a refusé le fichier ou le dossier (dossier inexistant, ou pas d’autorisation)</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="40"/>
        <source>the server has no room left for the file</source>
        <translation>le serveur n’a plus de place pour le fichier</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="41"/>
        <source>the server refused the file name</source>
        <translation>le serveur a refusé le nom du fichier</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="42"/>
        <source>the server does not allow this account to publish here</source>
        <translation>le serveur n’autorise pas ce compte à publier ici</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="45"/>
        <source>there is no ingest endpoint at this address</source>
        <translation>aucun point de réception à cette adresse</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="46"/>
        <source>the server refused the file as too large</source>
        <translation>le serveur a refusé le fichier, trop gros</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="47"/>
        <source>the server answered “{detail}”</source>
        <translation>le serveur a répondu «&#xa0;{detail}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="48"/>
        <source>the server stopped answering</source>
        <translation>le serveur ne répond plus</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="49"/>
        <source>the server refused the connection (is it running, is the port right?)</source>
        <translation>le serveur a refusé la connexion (est-il en marche, le port est-il le bon&#x202f;?)</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="52"/>
        <source>the server name is unknown</source>
        <translation>le nom du serveur est inconnu</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="53"/>
        <source>the sending was cancelled</source>
        <translation>l’envoi a été annulé</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="54"/>
        <source>the secure connection failed: the server&apos;s certificate is not trusted ({detail})</source>
        <translation>la connexion sécurisée a échoué&#xa0;: le certificat du serveur n’est pas reconnu ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="58"/>
        <source>the secure connection failed ({detail})</source>
        <translation>la connexion sécurisée a échoué ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="59"/>
        <source>the connection was lost during the upload</source>
        <translation>la connexion a été perdue pendant l’envoi</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="66"/>
        <source>a destination needs a name</source>
        <translation>une destination doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="67"/>
        <source>“{name}” has no address</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas d’adresse</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="68"/>
        <source>“{name}”: {scheme}:// is not a way to publish (a folder, ftp://, ftps://, http:// or https://)</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: {scheme}:// ne permet pas de publier (un dossier, ftp://, ftps://, http:// ou https://)</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="72"/>
        <source>“{name}”: the address has no server name</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: l’adresse ne nomme pas de serveur</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="73"/>
        <source>“{name}”: the formats must be among {formats}</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: les formats doivent être parmi {formats}</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="76"/>
        <source>cannot be read as JSON ({detail})</source>
        <translation>illisible en JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="77"/>
        <source>expected {{&quot;destinations&quot;: [ … ]}}</source>
        <translation>attendu&#xa0;: {{&quot;destinations&quot;: [ … ]}}</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="78"/>
        <source>expected an object with name and address</source>
        <translation>attendu&#xa0;: un objet avec un nom et une adresse</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="79"/>
        <source>formats must be a list of names</source>
        <translation>les formats doivent être une liste de noms</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="80"/>
        <source>two destinations have the same name</source>
        <translation>deux destinations portent le même nom</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="101"/>
        <source>{file}: this version was already sent to {destination} on {time}; add --again to send it again</source>
        <translation>{file}&#xa0;: cette version a déjà été envoyée à {destination} le {time}&#x202f;; ajoutez --again pour la renvoyer</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="106"/>
        <source>note: embargoed until {time}; the embargo is written into every format sent</source>
        <translation>remarque&#xa0;: sous embargo jusqu’au {time}&#x202f;; l’embargo est inscrit dans chaque format envoyé</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="110"/>
        <source>{file}: not published: {reason}</source>
        <translation>{file}&#xa0;: non publié&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../editor/app/publish_text.py" line="111"/>
        <source>warning: sent, but the log could not be kept in {file} ({reason})</source>
        <translation>attention&#xa0;: envoyé, mais le journal des envois n’a pas pu être enregistré dans {file} ({reason})</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../editor/app/review_menu.py" line="47"/>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="49"/>
        <source>&amp;Accept Change</source>
        <translation>&amp;Accepter la modification</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="50"/>
        <source>Accept the change at the cursor</source>
        <translation>Accepter la modification au curseur</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="51"/>
        <source>&amp;Reject Change</source>
        <translation>&amp;Refuser la modification</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="52"/>
        <source>Reject the change at the cursor</source>
        <translation>Refuser la modification au curseur</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="53"/>
        <source>Accept A&amp;ll Changes</source>
        <translation>Accepter &amp;toutes les modifications</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="54"/>
        <source>Accept every change in the article</source>
        <translation>Accepter toutes les modifications de l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="55"/>
        <source>Reject All C&amp;hanges</source>
        <translation>Refuser toutes &amp;les modifications</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="56"/>
        <source>Reject every change in the article</source>
        <translation>Refuser toutes les modifications de l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="57"/>
        <source>Accept All &amp;by Author…</source>
        <translation>Accepter par a&amp;uteur…</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="58"/>
        <source>Accept every change one person made</source>
        <translation>Accepter toutes les modifications d’une personne</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="59"/>
        <source>Reject All b&amp;y Author…</source>
        <translation>Refuser par aut&amp;eur…</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="60"/>
        <source>Reject every change one person made</source>
        <translation>Refuser toutes les modifications d’une personne</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="61"/>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="62"/>
        <source>Select the next change</source>
        <translation>Sélectionner la modification suivante</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="63"/>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="64"/>
        <source>Select the change before</source>
        <translation>Sélectionner la modification précédente</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="65"/>
        <source>Final with &amp;Markup</source>
        <translation>Final avec &amp;marques</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="66"/>
        <source>Show the changes on the page, where the text is edited</source>
        <translation>Montrer les modifications sur la page, où le texte se corrige</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="67"/>
        <source>&amp;Final</source>
        <translation>&amp;Final</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="68"/>
        <source>Show the article with every change accepted (read-only)</source>
        <translation>Montrer l’article, toutes les modifications acceptées (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="69"/>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="70"/>
        <source>Show the article before any change (read-only)</source>
        <translation>Montrer l’article d’avant les modifications (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../editor/app/review_menu.py" line="74"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../editor/app/tracking.py" line="28"/>
        <source>&amp;Track Changes</source>
        <translation>&amp;Suivi des modifications</translation>
    </message>
    <message>
        <location filename="../../editor/app/tracking.py" line="29"/>
        <source>Make what you type and delete suggestions signed with your name</source>
        <translation>Faire de ce que vous tapez et supprimez des suggestions signées de votre nom</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>the disk is full</source>
        <translation type="vanished">le disque est plein</translation>
    </message>
    <message>
        <location filename="../../editor/app/saving.py" line="18"/>
        <source>no space left on the disk</source>
        <translation>plus de place sur le disque</translation>
    </message>
    <message>
        <location filename="../../editor/app/saving.py" line="19"/>
        <source>the disk quota is exceeded</source>
        <translation>le quota du disque est dépassé</translation>
    </message>
    <message>
        <location filename="../../editor/app/saving.py" line="20"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../../editor/app/saving.py" line="21"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/app/saving.py" line="22"/>
        <source>the folder no longer exists</source>
        <translation>le dossier n’existe plus</translation>
    </message>
</context>
<context>
    <name>SetupErrors</name>
    <message>
        <location filename="../../editor/app/config_text.py" line="24"/>
        <source>“{setting}” must be a whole number of signes, not {value}</source>
        <translation>«&#xa0;{setting}&#xa0;» doit être un nombre entier de signes, pas {value}</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="27"/>
        <source>the limit for “{limit}” must be a whole number of signes, not {value}</source>
        <translation>la limite de «&#xa0;{limit}&#xa0;» doit être un nombre entier de signes, pas {value}</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="30"/>
        <source>“{setting}” must be a text or a table of texts by language</source>
        <translation>«&#xa0;{setting}&#xa0;» doit être un texte ou une table de textes par langue</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="33"/>
        <source>“limits” must be a table of block kinds and signes</source>
        <translation>«&#xa0;limits&#xa0;» doit être une table de types de blocs et de signes</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="36"/>
        <source>“limits” names “{key}”, which is no block or field</source>
        <translation>«&#xa0;limits&#xa0;» nomme «&#xa0;{key}&#xa0;», qui n’est ni un bloc ni un champ</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="39"/>
        <source>a template is a JSON object</source>
        <translation>un gabarit est un objet JSON</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="40"/>
        <source>“extends” names no known template</source>
        <translation>«&#xa0;extends&#xa0;» ne nomme aucun gabarit connu</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="41"/>
        <source>unknown setting “{setting}”</source>
        <translation>réglage inconnu&#xa0;: «&#xa0;{setting}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="42"/>
        <source>a template needs a “target” in signes</source>
        <translation>un gabarit doit avoir une cible («&#xa0;target&#xa0;») en signes</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="43"/>
        <source>“measure” is one of {measures}</source>
        <translation>«&#xa0;measure&#xa0;» vaut l’une de ces valeurs&#xa0;: {measures}</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="44"/>
        <source>not a JSON file ({detail})</source>
        <translation>ce n’est pas un fichier JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="45"/>
        <source>no such folder of templates</source>
        <translation>ce dossier de gabarits n’existe pas</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="50"/>
        <source>{path}: cannot read the style map ({reason})</source>
        <translation>{path}&#xa0;: impossible de lire la table de styles ({reason})</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="53"/>
        <source>{path}: the style map is not UTF-8 text</source>
        <translation>{path}&#xa0;: la table de styles n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="56"/>
        <source>{path}: the style map is not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>{path}&#xa0;: la table de styles n’est pas du JSON valide (ligne {line}, colonne {column}&#xa0;: {detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="60"/>
        <source>{path}: the style map must be a JSON object of role → style name</source>
        <translation>{path}&#xa0;: la table de styles doit être un objet JSON qui associe à chaque rôle un nom de style</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="63"/>
        <source>{path}: unknown role “{role}”; the roles are {roles}</source>
        <translation>{path}&#xa0;: rôle inconnu «&#xa0;{role}&#xa0;»&#x202f;; les rôles sont {roles}</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="66"/>
        <source>{path}: unknown role “{role}” (a picture is “photo”, “caption” and “credit”); the roles are {roles}</source>
        <translation>{path}&#xa0;: rôle inconnu «&#xa0;{role}&#xa0;» (une image, c’est «&#xa0;photo&#xa0;», «&#xa0;caption&#xa0;» et «&#xa0;credit&#xa0;»)&#x202f;; les rôles sont {roles}</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="71"/>
        <source>{path}: the style name for “{role}” must be a non-empty string</source>
        <translation>{path}&#xa0;: le nom de style de «&#xa0;{role}&#xa0;» ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="74"/>
        <source>the style “{name}” is a {found} style, but {role} needs a {wanted} style</source>
        <translation>le style «&#xa0;{name}&#xa0;» est un style de {found}, mais «&#xa0;{role}&#xa0;» demande un style de {wanted}</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="77"/>
        <source>{path}: cannot read the reference template ({reason})</source>
        <translation>{path}&#xa0;: impossible de lire le modèle de référence ({reason})</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="80"/>
        <source>{path}: not a usable Word (.docx) reference template ({detail})</source>
        <translation>{path}&#xa0;: ce n’est pas un modèle de référence Word (.docx) utilisable ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="83"/>
        <source>{path}: the reference template is damaged ({detail})</source>
        <translation>{path}&#xa0;: le modèle de référence est endommagé ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="86"/>
        <source>{where}: the image file is missing from the article</source>
        <translation>{where}&#xa0;: le fichier de l’image manque dans l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="89"/>
        <source>{where}: the picture ({type}) cannot go into a Word file ({detail})</source>
        <translation>{where}&#xa0;: l’image ({type}) ne peut pas entrer dans un fichier Word ({detail})</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="92"/>
        <source>{where}: the picture ({type}) cannot go into a Word file (its data is cut short or damaged)</source>
        <translation>{where}&#xa0;: l’image ({type}) ne peut pas entrer dans un fichier Word (ses données sont tronquées ou endommagées)</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="97"/>
        <source>NewsML-G2: the publication status “{status}” is not one of {statuses}</source>
        <translation>NewsML-G2&#xa0;: le statut de publication «&#xa0;{status}&#xa0;» n’est pas l’un de ceux-ci&#xa0;: {statuses}</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="100"/>
        <source>NewsML-G2: the urgency {urgency} is not between 1 (most urgent) and 9</source>
        <translation>NewsML-G2&#xa0;: l’urgence {urgency} n’est pas comprise entre 1 (la plus urgente) et 9</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="103"/>
        <source>NewsML-G2: the embargo needs a time-zone offset, e.g. 2025-01-10T06:00:00+01:00</source>
        <translation>NewsML-G2&#xa0;: l’embargo doit indiquer le décalage horaire, par exemple 2025-01-10T06:00:00+01:00</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="107"/>
        <source>NewsML-G2: the provider address “{address}” is not a web address</source>
        <translation>NewsML-G2&#xa0;: l’adresse du fournisseur «&#xa0;{address}&#xa0;» n’est pas une adresse web</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="110"/>
        <source>NewsML-G2: the article&apos;s language “{language}” is not a language tag such as fr, en or fr-CH</source>
        <translation>NewsML-G2&#xa0;: la langue de l’article «&#xa0;{language}&#xa0;» n’est pas un code de langue comme fr, en ou fr-CH</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="115"/>
        <source>NewsML-G2: the picture of block {block} is missing</source>
        <translation>NewsML-G2&#xa0;: l’image du bloc {block} manque</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="118"/>
        <source>EPUB export: “{name}” is not a JPEG or PNG file ({type}); e-readers only show those. Replace it with a JPEG or PNG and export again.</source>
        <translation>Export EPUB&#xa0;: «&#xa0;{name}&#xa0;» n’est pas un fichier JPEG ou PNG ({type})&#x202f;; les liseuses n’affichent que ceux-là. Remplacez l’image par un fichier JPEG ou PNG et exportez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="123"/>
        <source>EPUB export: an image is not a JPEG or PNG file ({type}); e-readers only show those. Replace it with a JPEG or PNG and export again.</source>
        <translation>Export EPUB&#xa0;: une image n’est pas un fichier JPEG ou PNG ({type})&#x202f;; les liseuses n’affichent que ceux-là. Remplacez-la par un fichier JPEG ou PNG et exportez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="134"/>
        <source>block {block} ({kind})</source>
        <translation>bloc {block} ({kind})</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="137"/>
        <source>paragraph</source>
        <translation>paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="138"/>
        <source>character</source>
        <translation>caractère</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="139"/>
        <source>table</source>
        <translation>tableau</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="140"/>
        <source>numbering</source>
        <translation>numérotation</translation>
    </message>
    <message>
        <location filename="../../editor/app/config_text.py" line="145"/>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../editor/app/share_menu.py" line="42"/>
        <source>S&amp;hare…</source>
        <translation>Par&amp;tager…</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_menu.py" line="43"/>
        <source>Put this article in a room on a server, to write with others</source>
        <translation>Placer cet article dans une salle d’un serveur, pour l’écrire à plusieurs</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_menu.py" line="45"/>
        <source>Open a room&apos;s article from a server, to write with others</source>
        <translation>Ouvrir l’article d’une salle d’un serveur, pour l’écrire à plusieurs</translation>
    </message>
    <message>
        <location filename="../../editor/app/share_menu.py" line="44"/>
        <source>&amp;Join…</source>
        <translation>Re&amp;joindre…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../editor/app/start_screen.py" line="44"/>
        <source>&amp;New Article</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="45"/>
        <source>An empty article</source>
        <translation>Un article vierge</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="46"/>
        <source>New from &amp;Sample</source>
        <translation>Nouveau à partir de l’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="47"/>
        <source>A copy of the sample article, to try Copydesk</source>
        <translation>Une copie de l’article d’exemple, pour essayer Copydesk</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="48"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../editor/app/start_screen.py" line="49"/>
        <source>An article, or a Word, NewsML or text file to import</source>
        <translation>Un article, ou un fichier Word, NewsML ou texte à importer</translation>
    </message>
</context>
<context>
    <name>Surface</name>
    <message>
        <location filename="../../editor/app/language.py" line="90"/>
        <location filename="../../editor/app/surface.py" line="74"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/surface.py" line="346"/>
        <location filename="../../editor/app/surface.py" line="380"/>
        <location filename="../../editor/app/surface.py" line="388"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../editor/app/surface.py" line="425"/>
        <location filename="../../editor/app/surface.py" line="453"/>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../editor/app/surface.py" line="560"/>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location filename="../../editor/app/surface.py" line="579"/>
        <location filename="../../editor/app/surface.py" line="584"/>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <location filename="../../editor/app/language.py" line="181"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="184"/>
        <source>Earlier saved versions of this article, to restore one</source>
        <translation>Les versions enregistrées de cet article, pour en restaurer une</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../editor/app/window_parts.py" line="40"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../editor/app/window_parts.py" line="41"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <location filename="../../editor/app/zoom.py" line="30"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <location filename="../../editor/app/zoom.py" line="31"/>
        <source>Larger text on the page</source>
        <translation>Texte plus grand sur la page</translation>
    </message>
    <message>
        <location filename="../../editor/app/zoom.py" line="32"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../editor/app/zoom.py" line="33"/>
        <source>Smaller text on the page</source>
        <translation>Texte plus petit sur la page</translation>
    </message>
    <message>
        <location filename="../../editor/app/zoom.py" line="34"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../../editor/app/zoom.py" line="35"/>
        <source>The page at its actual size</source>
        <translation>La page à sa taille réelle</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <location filename="../../editor/app/tracked_structure.py" line="176"/>
        <source>Delete block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <location filename="../../editor/app/tracked_structure.py" line="212"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../editor/app/tracked_structure.py" line="212"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
</TS>
