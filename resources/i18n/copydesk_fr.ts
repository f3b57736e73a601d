<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../editor/app/application.py" line="145"/>
        <source>Cannot open the article</source>
        <translation>Impossible d’ouvrir l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/autotype.py" line="41"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../editor/app/autotype.py" line="52"/>
        <source>&amp;Typography as You Type</source>
        <translation>&amp;Typographie à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/autotype.py" line="56"/>
        <source>Set French or English typography while you type</source>
        <translation>Appliquer la typographie française ou anglaise pendant la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/autotype.py" line="58"/>
        <source>Show Formatting &amp;Marks</source>
        <translation>Afficher les &amp;marques de mise en forme</translation>
    </message>
    <message>
        <location filename="../../editor/app/autotype.py" line="110"/>
        <source>Typography</source>
        <translation>Typographie</translation>
    </message>
    <message>
        <location filename="../../editor/app/clipboard.py" line="224"/>
        <location filename="../../editor/app/keys.py" line="51"/>
        <location filename="../../editor/app/keys.py" line="70"/>
        <location filename="../../editor/app/keys.py" line="148"/>
        <location filename="../../editor/app/keys.py" line="178"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../editor/app/clipboard.py" line="233"/>
        <location filename="../../editor/app/clipboard.py" line="254"/>
        <location filename="../../editor/app/clipboard.py" line="275"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../editor/app/document.py" line="140"/>
        <location filename="../../editor/app/recovery.py" line="50"/>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <location filename="../../editor/app/document.py" line="266"/>
        <location filename="../../editor/app/keys.py" line="190"/>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../editor/app/document.py" line="271"/>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="70"/>
        <source>Make %1</source>
        <translation>Transformer en %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="127"/>
        <source>Apply %1</source>
        <translation>Appliquer %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="127"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="210"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="210"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="222"/>
        <source>Delete block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <location filename="../../editor/app/editing.py" line="222"/>
        <source>Delete blocks</source>
        <translation>Supprimer les blocs</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="147"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="157"/>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="158"/>
        <location filename="../../editor/app/export_dialog.py" line="198"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="162"/>
        <source>Formats</source>
        <translation>Formats</translation>
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
        <location filename="../../editor/app/export_dialog.py" line="187"/>
        <source>&amp;Destination</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="193"/>
        <source>DOCX st&amp;yle map</source>
        <translation>Table de st&amp;yles DOCX</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="195"/>
        <source>DOCX &amp;reference template</source>
        <translation>Modèle DOCX de &amp;référence</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="195"/>
        <source>DOCX Reference Template</source>
        <translation>Modèle DOCX de référence</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="196"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="206"/>
        <source>NewsML &amp;provider</source>
        <translation>&amp;Fournisseur NewsML</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="207"/>
        <source>NewsML s&amp;tatus</source>
        <translation>&amp;Statut NewsML</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="208"/>
        <source>NewsML e&amp;mbargo</source>
        <translation>E&amp;mbargo NewsML</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="239"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="250"/>
        <source>The embargo is not a date and time.</source>
        <translation>L’embargo n’est pas une date et une heure.</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="252"/>
        <source>The embargo needs a time-zone offset, e.g. +01:00.</source>
        <translation>L’embargo doit indiquer le décalage horaire, par exemple +01:00.</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="257"/>
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="271"/>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="310"/>
        <source>Wire Item Identifier</source>
        <translation>Identifiant de la dépêche</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="327"/>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="328"/>
        <source>Written:</source>
        <translation>Fichiers écrits :</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="331"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="336"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="54"/>
        <location filename="../../editor/app/main_window.py" line="363"/>
        <location filename="../../editor/app/recovery.py" line="154"/>
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
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../editor/app/files.py" line="159"/>
        <source>Forget the changes to “%1” and read the file again?</source>
        <translation>Oublier les modifications de « %1 » et relire le fichier ?</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="134"/>
        <location filename="../../editor/app/find.py" line="210"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="200"/>
        <location filename="../../editor/app/find.py" line="201"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="202"/>
        <location filename="../../editor/app/find.py" line="203"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="204"/>
        <source>Whole word</source>
        <translation>Mot entier</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="205"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="206"/>
        <source>Ignore accents</source>
        <translation>Ignorer les accents</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="207"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="208"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="209"/>
        <location filename="../../editor/app/find.py" line="243"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="211"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="212"/>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <location filename="../../editor/app/find.py" line="226"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/find.py" line="255"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="64"/>
        <source>Copydesk User Guide</source>
        <translation>Guide d’utilisation de Copydesk</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="71"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="80"/>
        <source>About Copydesk</source>
        <translation>À propos de Copydesk</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="81"/>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;The article editor for the newsroom: write, check the length, fill the metadata and export to DOCX, EPUB and NewsML-G2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;L’éditeur d’articles de la rédaction : écrire, vérifier la longueur, renseigner les métadonnées et exporter en DOCX, EPUB et NewsML-G2.&lt;/p&gt;</translation>
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
        <location filename="../../editor/app/inspector.py" line="85"/>
        <source>A date is written YYYY-MM-DD, e.g. 2025-03-14.</source>
        <translation>Une date s’écrit AAAA-MM-JJ, par exemple 2025-03-14.</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="132"/>
        <source>Lower-case letters, digits and single hyphens only, e.g. bibliotheque-lyon.</source>
        <translation>Minuscules, chiffres et tirets simples uniquement, par exemple bibliotheque-lyon.</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="137"/>
        <source>A language code such as fr or en.</source>
        <translation>Un code de langue comme fr ou en.</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="202"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="208"/>
        <location filename="../../editor/app/inspector.py" line="209"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="212"/>
        <location filename="../../editor/app/inspector.py" line="213"/>
        <source>Search IPTC subjects</source>
        <translation>Chercher un thème IPTC</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="214"/>
        <source>Subjects</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="274"/>
        <source>Edit Subjects</source>
        <translation>Modifier les thèmes</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="277"/>
        <source>Edit Status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="323"/>
        <source>Edit %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/keys.py" line="77"/>
        <location filename="../../editor/app/keys.py" line="91"/>
        <location filename="../../editor/app/keys.py" line="94"/>
        <location filename="../../editor/app/keys.py" line="109"/>
        <source>New paragraph</source>
        <translation>Nouveau paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="166"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="167"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="177"/>
        <source>Paragraph &amp;Kind</source>
        <translation>&amp;Type de paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="196"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="203"/>
        <source>Paragraph kind</source>
        <translation>Type de paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="204"/>
        <source>The kind of the paragraph at the cursor</source>
        <translation>Le type du paragraphe sous le curseur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/main_window.py" line="268"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="270"/>
        <source>Article: %1</source>
        <translation>Article : %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="279"/>
        <source>Selection: %1</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="307"/>
        <source>Select the words to link first.</source>
        <translation>Sélectionnez d’abord les mots à lier.</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="314"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="314"/>
        <source>Web address (empty to remove the link):</source>
        <translation>Adresse web (vide pour retirer le lien) :</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="322"/>
        <location filename="../../editor/app/main_window.py" line="326"/>
        <source>Insert %1</source>
        <translation>Insérer : %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="333"/>
        <location filename="../../editor/app/main_window.py" line="340"/>
        <source>Insert image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="333"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="350"/>
        <source>Open article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="363"/>
        <source>Save article</source>
        <translation>Enregistrer l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="161"/>
        <location filename="../../editor/app/saving.py" line="36"/>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="378"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="389"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="390"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de « %1 » avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="422"/>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1 : impossible de lire le fichier (%2).</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="428"/>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="434"/>
        <location filename="../../editor/app/outline.py" line="114"/>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="434"/>
        <location filename="../../editor/app/outline.py" line="114"/>
        <source>%1 words</source>
        <translation>%1 mots</translation>
    </message>
    <message>
        <location filename="../../editor/app/main_window.py" line="437"/>
        <source>%1 · %2 signes · %3 feuillets</source>
        <translation>%1 · %2 signes · %3 feuillets</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="116"/>
        <source>Up to the next landmark: %1, %2 min read</source>
        <translation>Jusqu’au repère suivant&#xa0;: %1, %2 min de lecture</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="158"/>
        <location filename="../../editor/app/outline.py" line="159"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="160"/>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="160"/>
        <location filename="../../editor/app/versions_dialog.py" line="74"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="160"/>
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
        <location filename="../../editor/app/check_dock.py" line="112"/>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="113"/>
        <source>Fix All &amp;Typography</source>
        <translation>Corriger toute la &amp;typographie</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="114"/>
        <location filename="../../editor/app/outline.py" line="176"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="142"/>
        <source>No problems found: the piece can go.</source>
        <translation>Aucun problème&#xa0;: le papier peut partir.</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="149"/>
        <source>Check (%1)</source>
        <translation>Vérification (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="151"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="192"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../../editor/app/check_dock.py" line="208"/>
        <source>Fix All Typography</source>
        <translation>Corriger toute la typographie</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="182"/>
        <source>Section: %1</source>
        <translation>Rubrique : %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="99"/>
        <source>%1 signes over the limit of %2</source>
        <translation>%1 signes au-delà de la limite de %2</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="106"/>
        <source>%1: %2 / %3 signes</source>
        <translation>%1&#xa0;: %2 / %3 signes</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="165"/>
        <source>Words of the block, as copydesk stats counts them: a pull quote with its attribution, an image with its caption and credit</source>
        <translation>Mots du bloc, comptés comme le fait copydesk stats&#xa0;: un exergue avec son attribution, une image avec sa légende et son crédit</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="172"/>
        <source>Signes of the block (characters with spaces), counted like its words, against the limit its length template sets</source>
        <translation>Signes du bloc (caractères, espaces comprises), comptés comme ses mots, face à la limite que fixe son gabarit</translation>
    </message>
    <message>
        <location filename="../../editor/app/outline.py" line="208"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="96"/>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="96"/>
        <source>recovered</source>
        <translation>récupéré</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="109"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="111"/>
        <source>Unsaved changes to “%1” were kept from %2 (%3 words). Restore them?</source>
        <translation>Des modifications non enregistrées de « %1 » ont été conservées (%2, %3 mots). Les restaurer ?</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="119"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="120"/>
        <source>Save Elsewhere…</source>
        <translation>Enregistrer ailleurs…</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="121"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="122"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../editor/app/recovery.py" line="154"/>
        <source>Save recovered article</source>
        <translation>Enregistrer l’article récupéré</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="221"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../editor/app/window_parts.py" line="180"/>
        <source>Show or hide the %1 panel</source>
        <translation>Afficher ou masquer le panneau %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/window_parts.py" line="270"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../editor/app/window_parts.py" line="271"/>
        <source>%1 was imported as a new, unsaved article.</source>
        <translation>%1 a été importé comme nouvel article, non enregistré.</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="77"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="93"/>
        <source>A JSON file naming the DOCX paragraph style of each part (see the guide)</source>
        <translation>Un fichier JSON qui nomme le style de paragraphe DOCX de chaque partie (voir le guide)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="193"/>
        <location filename="../../editor/app/preferences.py" line="95"/>
        <source>DOCX Style Map</source>
        <translation>Table de styles DOCX</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="194"/>
        <location filename="../../editor/app/preferences.py" line="95"/>
        <source>Style maps (*.json);;All files (*)</source>
        <translation>Tables de styles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="102"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="103"/>
        <source>Earlier versions kept of each article (File → Versions)</source>
        <translation>Versions antérieures gardées pour chaque article (Fichier → Versions)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="104"/>
        <source>Set &amp;typography as you type</source>
        <translation>Corriger la &amp;typographie à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="107"/>
        <source>No-break spaces, « » and ’ for French; curly quotes for English; each one undoable</source>
        <translation>Espaces insécables, « » et ’ en français ; guillemets courbes en anglais ; chaque correction s’annule</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="110"/>
        <source>Check &amp;spelling as you type</source>
        <translation>Vérifier l’&amp;orthographe à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="113"/>
        <source>Check French &amp;grammar as you type</source>
        <translation>Vérifier la grammaire &amp;française à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="115"/>
        <source>Agreement, participles, homophones (Grammalecte)</source>
        <translation>Accords, participes, homophones (Grammalecte)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="120"/>
        <source>Grammar rules the newsroom switches off: a text file, one rule a line</source>
        <translation>Les règles de grammaire que la rédaction désactive : un fichier texte, une règle par ligne</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="122"/>
        <source>Newsroom Grammar Rules</source>
        <translation>Règles de grammaire de la rédaction</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="122"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="128"/>
        <source>The newsroom&apos;s own length templates (a folder of .json files, may be shared)</source>
        <translation>Les gabarits de longueur de la rédaction (un dossier de fichiers .json, éventuellement partagé)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="136"/>
        <source>The desk&apos;s own words for the spell-checker: a text file, one word a line</source>
        <translation>Les mots propres à la rédaction pour le correcteur&#xa0;: un fichier texte, un mot par ligne</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="138"/>
        <source>Newsroom Word List</source>
        <translation>Liste de mots de la rédaction</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="138"/>
        <source>Text files (*.txt *.dic);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.dic);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="155"/>
        <source>Newsroom &amp;word list</source>
        <translation>&amp;Mots de la rédaction</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="158"/>
        <source>Newsroom grammar &amp;rules</source>
        <translation>Règles de grammaire de la ré&amp;daction</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="199"/>
        <location filename="../../editor/app/preferences.py" line="210"/>
        <source>not a text file</source>
        <translation>ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="201"/>
        <source>Newsroom word list: %1</source>
        <translation>Mots de la rédaction&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="212"/>
        <source>Newsroom grammar rules: %1</source>
        <translation>Règles de grammaire de la rédaction : %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="261"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="145"/>
        <source>&amp;Interface language</source>
        <translation>Langue de l’&amp;interface</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="146"/>
        <source>&amp;Language of new articles</source>
        <translation>&amp;Langue des nouveaux articles</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="147"/>
        <source>&amp;Newsroom (NewsML provider)</source>
        <translation>&amp;Rédaction (fournisseur NewsML)</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="148"/>
        <source>DOCX style &amp;map</source>
        <translation>Table de st&amp;yles DOCX</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="151"/>
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
        <location filename="../../editor/app/preferences.py" line="161"/>
        <source>As you type</source>
        <translation>À la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="190"/>
        <source>Length templates: %1</source>
        <translation>Gabarits de longueur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="130"/>
        <source>Length Templates Folder</source>
        <translation>Dossier des gabarits de longueur</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="152"/>
        <source>Length templates &amp;folder</source>
        <translation>Dossier des &amp;gabarits</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="303"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../editor/app/preferences.py" line="309"/>
        <source>Interface language, newsroom and export defaults</source>
        <translation>Langue de l’interface, rédaction et réglages d’export</translation>
    </message>
    <message>
        <location filename="../../editor/app/gauge.py" line="61"/>
        <source>Length templates: %1. The shipped templates are used.</source>
        <translation>Gabarits de longueur&#xa0;: %1. Les gabarits fournis sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../editor/app/gauge.py" line="79"/>
        <location filename="../../editor/app/gauge.py" line="120"/>
        <source>Length template</source>
        <translation>Gabarit de longueur</translation>
    </message>
    <message>
        <location filename="../../editor/app/gauge.py" line="80"/>
        <source>The slot the piece is written for</source>
        <translation>L’emplacement pour lequel le papier est écrit</translation>
    </message>
    <message>
        <location filename="../../editor/app/gauge.py" line="67"/>
        <location filename="../../editor/app/gauge.py" line="81"/>
        <source>No target</source>
        <translation>Sans calibrage</translation>
    </message>
    <message>
        <location filename="../../editor/app/saving.py" line="38"/>
        <source>“%1” could not be saved: %2.</source>
        <translation>« %1 » n’a pas pu être enregistré : %2.</translation>
    </message>
    <message>
        <location filename="../../editor/app/saving.py" line="44"/>
        <source>The file in %1 is as it was before, and your changes are still here, unsaved. Save them under another name or in another folder?</source>
        <translation>Le fichier dans %1 est resté tel qu’il était, et vos modifications sont toujours là, non enregistrées. Les enregistrer sous un autre nom ou dans un autre dossier ?</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="162"/>
        <source>Article in use</source>
        <translation>Article déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="164"/>
        <source>“%1” is already open in Copydesk by %2 on %3, since %4.</source>
        <translation>« %1 » est déjà ouvert dans Copydesk par %2 sur %3, depuis %4.</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="166"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="171"/>
        <source>Open it read-only to read or copy from it, or open it anyway if you are sure.</source>
        <translation>Ouvrez-le en lecture seule pour le lire ou en copier des passages, ou ouvrez-le quand même si vous êtes sûr de vous.</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="175"/>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="176"/>
        <source>Open &amp;Anyway</source>
        <translation>Ouvrir &amp;quand même</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="257"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="258"/>
        <source>Someone else has this article open; use Save As</source>
        <translation>Quelqu’un d’autre a ouvert cet article ; utilisez Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="327"/>
        <location filename="../../editor/app/conflicts.py" line="360"/>
        <source>Changed on disk</source>
        <translation>Modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="328"/>
        <source>“%1” was changed by another program.</source>
        <translation>« %1 » a été modifié par un autre programme.</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="330"/>
        <source>Reload it (Undo brings your version back), or keep yours and save over it later?</source>
        <translation>Le recharger (Annuler rend votre version), ou garder la vôtre et l’enregistrer par-dessus plus tard ?</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="333"/>
        <source>You have unsaved changes. Reload the file (Undo brings yours back), or keep yours?</source>
        <translation>Vous avez des modifications non enregistrées. Recharger le fichier (Annuler rend les vôtres), ou garder les vôtres ?</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="336"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="338"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="362"/>
        <source>Reload “%1”</source>
        <translation>Recharger « %1 »</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="374"/>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="376"/>
        <source>“%1” is open read-only because someone else has it open.</source>
        <translation>« %1 » est ouvert en lecture seule parce que quelqu’un d’autre l’a ouvert.</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="378"/>
        <source>Save your changes under another name?</source>
        <translation>Enregistrer vos modifications sous un autre nom ?</translation>
    </message>
    <message>
        <location filename="../../editor/app/conflicts.py" line="379"/>
        <location filename="../../editor/app/saving.py" line="48"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="361"/>
        <source>Check &amp;Spelling as You Type</source>
        <translation>Vérifier l’&amp;orthographe à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="362"/>
        <source>Underline the words the dictionary does not know</source>
        <translation>Souligner les mots que le dictionnaire ne connaît pas</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="136"/>
        <source>Check &amp;Grammar as You Type</source>
        <translation>Vérifier la &amp;grammaire à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="137"/>
        <source>Underline French grammar problems (Grammalecte)</source>
        <translation>Souligner les fautes de grammaire en français (Grammalecte)</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="294"/>
        <location filename="../../editor/app/spelling.py" line="407"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="296"/>
        <source>Ignore This</source>
        <translation>Ignorer cette faute</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="297"/>
        <source>Ignore This Rule</source>
        <translation>Ignorer cette règle</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="302"/>
        <source>Grammar</source>
        <translation>Grammaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="313"/>
        <source>Ignore Grammar Problem</source>
        <translation>Ignorer une faute de grammaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/grammar.py" line="322"/>
        <source>Ignore Grammar Rule</source>
        <translation>Ignorer une règle de grammaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="409"/>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="411"/>
        <source>Ignore in This Article</source>
        <translation>Ignorer dans cet article</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="416"/>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="426"/>
        <source>Ignore “%1”</source>
        <translation>Ignorer « %1 »</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="460"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location filename="../../editor/app/spelling.py" line="460"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="68"/>
        <source>Versions of “%1”</source>
        <translation>Versions de « %1 »</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="74"/>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="74"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="83"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="100"/>
        <source>Restoring replaces the text in the window, not the file; Undo brings it back.</source>
        <translation>Restaurer remplace le texte dans la fenêtre, pas le fichier ; Annuler le fait revenir.</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="102"/>
        <source>No earlier versions are kept yet: one is kept each time you save.</source>
        <translation>Aucune version antérieure n’est encore gardée : une version est gardée à chaque enregistrement.</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="107"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="129"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="132"/>
        <source>Restore the version of %1</source>
        <translation>Restaurer la version de %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="138"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="140"/>
        <source>Earlier saved versions of this article, to restore one</source>
        <translation>Les versions enregistrées de cet article, pour en restaurer une</translation>
    </message>
    <message>
        <location filename="../../editor/app/versions_dialog.py" line="176"/>
        <source>The previous version could not be kept: %1</source>
        <translation>La version précédente n’a pas pu être gardée : %1</translation>
    </message>
    <message>
        <location filename="../../editor/app/crash.py" line="120"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../editor/app/crash.py" line="123"/>
        <source>Copydesk ran into an unexpected problem, and could not copy “%1” to safety: save it now.</source>
        <translation>Copydesk a rencontré un problème inattendu et n’a pas pu mettre « %1 » à l’abri : enregistrez-le maintenant.</translation>
    </message>
    <message>
        <location filename="../../editor/app/crash.py" line="128"/>
        <source>Copydesk ran into an unexpected problem. Your work is safe: every unsaved article has been copied to the recovery folder.</source>
        <translation>Copydesk a rencontré un problème inattendu. Votre travail est à l’abri : chaque article non enregistré a été copié dans le dossier de récupération.</translation>
    </message>
    <message>
        <location filename="../../editor/app/crash.py" line="134"/>
        <source>You can keep working. The details are in %1, for the people who maintain Copydesk.</source>
        <translation>Vous pouvez continuer à travailler. Le détail se trouve dans %1, pour les personnes qui maintiennent Copydesk.</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="40"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="58"/>
        <source>Problems remain</source>
        <translation>Il reste des problèmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/export_warning.py" line="59"/>
        <source>The check still finds %n problem(s) in this article.</source>
        <translation>
            <numerusform>La vérification trouve encore %n problème dans cet article.</numerusform>
            <numerusform>La vérification trouve encore %n problèmes dans cet article.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="62"/>
        <source>&amp;Export Anyway</source>
        <translation>&amp;Exporter quand même</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_warning.py" line="64"/>
        <source>&amp;Show Problems</source>
        <translation>&amp;Voir les problèmes</translation>
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
        <location filename="../../editor/app/language.py" line="135"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="137"/>
        <source>&amp;Typography as You Type</source>
        <translation>&amp;Typographie à la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="139"/>
        <source>Set French or English typography while you type</source>
        <translation>Appliquer la typographie française ou anglaise pendant la frappe</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="141"/>
        <source>Show Formatting &amp;Marks</source>
        <translation>Afficher les &amp;marques de mise en forme</translation>
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
        <source>InDesign/In&amp;Copy story (ICML)</source>
        <translation>Article InDesign/In&amp;Copy (ICML)</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="62"/>
        <source>Usable</source>
        <translation>Diffusable</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="63"/>
        <source>Withheld</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="64"/>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="353"/>
        <source>Export as &amp;DOCX…</source>
        <translation>Exporter en &amp;DOCX…</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="354"/>
        <source>Export as &amp;EPUB…</source>
        <translation>Exporter en &amp;EPUB…</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="355"/>
        <source>Export as &amp;NewsML…</source>
        <translation>Exporter en &amp;NewsML…</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="356"/>
        <source>Export as &amp;ICML…</source>
        <translation>Exporter en &amp;ICML…</translation>
    </message>
    <message>
        <location filename="../../editor/app/export_dialog.py" line="357"/>
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
        <location filename="../../editor/app/gauge.py" line="22"/>
        <source>Under by %1 signes (%2 lines)</source>
        <translation>Manque %1 signes (%2 lignes)</translation>
    </message>
    <message>
        <location filename="../../editor/app/gauge.py" line="23"/>
        <source>On target (%1 signes, %2 lines)</source>
        <translation>Au calibrage (%1 signes, %2 lignes)</translation>
    </message>
    <message>
        <location filename="../../editor/app/gauge.py" line="24"/>
        <source>Over by %1 signes (%2 lines)</source>
        <translation>Trop long de %1 signes (%2 lignes)</translation>
    </message>
</context>
<context>
    <name>Grammar</name>
    <message>
        <location filename="../../editor/app/grammar.py" line="47"/>
        <source>Grammalecte, the French grammar checker, is not installed: grammar is not checked. Install it (on Debian or Ubuntu: sudo apt install python3-grammalecte).</source>
        <translation>Grammalecte, le correcteur grammatical du français, n’est pas installé : la grammaire n’est pas vérifiée. Installez-le (sous Debian ou Ubuntu : sudo apt install python3-grammalecte).</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../editor/app/help.py" line="88"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="89"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="90"/>
        <source>&amp;About Copydesk</source>
        <translation>À &amp;propos de Copydesk</translation>
    </message>
    <message>
        <location filename="../../editor/app/help.py" line="93"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
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
        <location filename="../../editor/app/inspector.py" line="40"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="41"/>
        <source>Edited</source>
        <translation>Relu</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="42"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="43"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="44"/>
        <source>Withheld</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="45"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="111"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="114"/>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="117"/>
        <source>Name (role); Name</source>
        <translation>Nom (rôle) ; Nom</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="118"/>
        <source>Dateline place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="121"/>
        <source>e.g. Lyon</source>
        <translation>ex.&#xa0;: Lyon</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="122"/>
        <source>Dateline date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="125"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="126"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="129"/>
        <source>comma, separated</source>
        <translation>séparés, par, des virgules</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="130"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="135"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="139"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="141"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../editor/app/inspector.py" line="143"/>
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
        <location filename="../../editor/app/language.py" line="91"/>
        <source>Paragraph &amp;Kind</source>
        <translation>&amp;Type de paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="97"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="120"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="122"/>
        <source>Paragraph kind</source>
        <translation>Type de paragraphe</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="124"/>
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
        <translation>Chapô : l’histoire en deux lignes</translation>
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
        <translation>Crédit : photographe / agence</translation>
    </message>
    <message>
        <location filename="../../editor/app/labels.py" line="47"/>
        <source>Alt text: describe the image for readers who cannot see it</source>
        <translation>Texte alternatif : décrivez l’image pour les lecteurs qui ne la voient pas</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../editor/app/preferences.py" line="63"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="108"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="111"/>
        <source>Interface language, newsroom and export defaults</source>
        <translation>Langue de l’interface, rédaction et réglages d’export</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../editor/app/problem_text.py" line="23"/>
        <source>The article has no title.</source>
        <translation>L’article n’a pas de titre.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="24"/>
        <source>Unknown block kind “{kind}”.</source>
        <translation>Type de bloc inconnu «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="25"/>
        <source>A second title; an article has one.</source>
        <translation>Un second titre&#x202f;; un article n’en a qu’un.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="26"/>
        <source>A second kicker; an article has at most one.</source>
        <translation>Un second surtitre&#x202f;; un article en a un au plus.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="29"/>
        <source>The kicker should stand above the title.</source>
        <translation>Le surtitre se place au-dessus du titre.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="30"/>
        <source>A second standfirst; an article has one.</source>
        <translation>Un second chapô&#x202f;; un article n’en a qu’un.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="33"/>
        <source>The standfirst should follow the title.</source>
        <translation>Le chapô suit le titre.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="36"/>
        <source>The author bio should close the article.</source>
        <translation>La bio de l’auteur clôt l’article.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="37"/>
        <source>{kind} has no field “{field}”.</source>
        <translation>{kind}&#xa0;: pas de champ «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="38"/>
        <source>The pull quote has no text.</source>
        <translation>L’exergue n’a pas de texte.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="39"/>
        <source>Empty {kind_lower}.</source>
        <translation>{kind} vide.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="40"/>
        <source>{kind} cannot carry “{mark}”.</source>
        <translation>{kind} ne peut pas porter «&#xa0;{mark}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="41"/>
        <source>A link has no address.</source>
        <translation>Un lien n’a pas d’adresse.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="42"/>
        <source>The image file is missing from the article.</source>
        <translation>Le fichier de l’image manque dans l’article.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="45"/>
        <source>The image has no alternative text.</source>
        <translation>L’image n’a pas de texte alternatif.</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="47"/>
        <source>“{char}” takes {space} before it</source>
        <translation>Devant «&#xa0;{char}&#xa0;»&#xa0;: {space}</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="48"/>
        <source>“:” takes {space} before it</source>
        <translation>Devant le deux-points&#xa0;: {space}</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="49"/>
        <source>Guillemets take {space} inside them</source>
        <translation>À l’intérieur des guillemets&#xa0;: {space}</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="50"/>
        <source>Straight quote; typographic: {replacement}</source>
        <translation>Guillemet droit&#x202f;; typographique&#xa0;: {replacement}</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="51"/>
        <source>Straight apostrophe; typographic: {replacement}</source>
        <translation>Apostrophe droite&#x202f;; typographique&#xa0;: {replacement}</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="54"/>
        <source>Three dots; one ellipsis character: …</source>
        <translation>Trois points&#x202f;; un seul caractère points de suspension&#xa0;: …</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="55"/>
        <source>Several spaces in a row</source>
        <translation>Plusieurs espaces à la suite</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="56"/>
        <source>Digits of a large number are grouped in threes (10 000)</source>
        <translation>Les chiffres d’un grand nombre se groupent par trois (10&#x202f;000)</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="59"/>
        <source>Capitals keep their accents: “{replacement}”?</source>
        <translation>Les capitales gardent leurs accents&#xa0;: «&#xa0;{replacement}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="62"/>
        <source>Straight quote without its pair</source>
        <translation>Guillemet droit sans son pendant</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="63"/>
        <source>Straight apostrophe without its pair</source>
        <translation>Apostrophe droite isolée</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="66"/>
        <source>“{char}” without its partner</source>
        <translation>{char} sans son pendant</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="68"/>
        <source>Placeholder “{text}” left in the text</source>
        <translation>Marque provisoire «&#xa0;{text}&#xa0;» restée dans le texte</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="69"/>
        <source>{what} is {signes} signes, {over} over its limit of {limit} ({lines} line(s) of {per_line})</source>
        <translation>{what}&#xa0;: {signes}&#xa0;signes, {over} de plus que sa limite de {limit} ({lines}&#xa0;ligne(s) de {per_line})</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="74"/>
        <source>The image has no credit (photographer or agency)</source>
        <translation>L’image n’a pas de crédit (photographe ou agence)</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="77"/>
        <source>The image has no caption</source>
        <translation>L’image n’a pas de légende</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="78"/>
        <source>The body is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} ({lines} line(s))</source>
        <translation>Le corps fait {signes}&#xa0;signes, {amount} de moins que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} ({lines}&#xa0;ligne(s))</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="83"/>
        <source>The article is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} ({lines} line(s))</source>
        <translation>L’article fait {signes}&#xa0;signes, {amount} de moins que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} ({lines}&#xa0;ligne(s))</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="88"/>
        <source>The body is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} ({lines} line(s))</source>
        <translation>Le corps fait {signes}&#xa0;signes, {amount} de plus que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} ({lines}&#xa0;ligne(s))</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="93"/>
        <source>The article is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} ({lines} line(s))</source>
        <translation>L’article fait {signes}&#xa0;signes, {amount} de plus que l’objectif «&#xa0;{label}&#xa0;» de {target}&#xa0;±&#xa0;{tolerance} ({lines}&#xa0;ligne(s))</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="98"/>
        <source>The pull quote is not found in the body: an exergue repeats the copy</source>
        <translation>L’exergue ne se retrouve pas dans le texte&#xa0;: une exergue reprend la copie</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="102"/>
        <source>“{language}” is not a language tag (fr, en, fr-CH…): EPUB and NewsML need one</source>
        <translation>«&#xa0;{language}&#xa0;» n’est pas un code de langue (fr, en, fr-CH…)&#xa0;: EPUB et NewsML en exigent un</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="106"/>
        <source>No typography rules for “{language}”: only French and English are checked</source>
        <translation>Pas de règles typographiques pour «&#xa0;{language}&#xa0;»&#xa0;: seuls le français et l’anglais sont vérifiés</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="109"/>
        <source>No author: the byline (DOCX Signature, EPUB creator, NewsML by) stays empty</source>
        <translation>Pas d’auteur&#xa0;: la signature (Signature DOCX, creator EPUB, by NewsML) reste vide</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="112"/>
        <source>No section: the DOCX Rubrique and the NewsML subject stay empty</source>
        <translation>Pas de rubrique&#xa0;: la Rubrique DOCX et le sujet NewsML restent vides</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="115"/>
        <source>No dateline place (DOCX Lieu et date, NewsML dateline)</source>
        <translation>Pas de lieu pour la date (Lieu et date DOCX, dateline NewsML)</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="118"/>
        <source>No length template is called “{template}”</source>
        <translation>Aucun gabarit ne s’appelle «&#xa0;{template}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="130"/>
        <source>a no-break space</source>
        <translation>espace insécable</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="131"/>
        <source>a narrow no-break space</source>
        <translation>espace fine insécable</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="132"/>
        <source>no space</source>
        <translation>pas d’espace</translation>
    </message>
    <message>
        <location filename="../../editor/app/problem_text.py" line="133"/>
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
        <location filename="../../editor/app/problem_text.py" line="139"/>
        <source>{kind} {field}</source>
        <translation>{kind}, {field}</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../editor/app/saving.py" line="18"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
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
    <name>Surface</name>
    <message>
        <location filename="../../editor/app/language.py" line="78"/>
        <location filename="../../editor/app/surface.py" line="61"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location filename="../../editor/app/surface.py" line="222"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../editor/app/surface.py" line="270"/>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../editor/app/surface.py" line="348"/>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <location filename="../../editor/app/language.py" line="149"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <location filename="../../editor/app/language.py" line="152"/>
        <source>Earlier saved versions of this article, to restore one</source>
        <translation>Les versions enregistrées de cet article, pour en restaurer une</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../editor/app/window_parts.py" line="32"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../editor/app/window_parts.py" line="33"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
</context>
</TS>
