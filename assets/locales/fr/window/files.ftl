# Fichiers : exporter un atelier ou un tableau, importer un fichier d’atelier.

## Exporter

files-export-heading = Exporter
files-what = Quoi
files-pdf = Document PDF
files-pdf-hint = Tout l’atelier, pour les parties prenantes
files-png = Image PNG
files-png-hint = Un tableau, pour une diapositive ou un mur
files-png-note = Tout le tableau en une image, dessiné comme dans le PDF.
files-csv = Tableur CSV
files-csv-hint = Les cartes d’un tableau, pour un tableur
files-csv-note = Une ligne par carte : phase, étape, ligne du tableau, type, texte, auteur, responsable, indicateur, cible, statut, votes, preuves.
files-decisions = Ce que nous avons décidé (CSV)
files-decisions-hint = Chaque opportunité, classée par gommettes, pour le suivi
files-decisions-note = Une ligne par opportunité de chaque tableau, les plus votées d’abord : responsable, indicateur et cible, statut, votes et ses preuves.
# Le nom proposé pour le fichier des décisions ; $workshop est le titre de l’atelier.
files-decisions-file = { $workshop } — ce que nous avons décidé
files-workshop-file = Fichier d’atelier
files-workshop-file-hint = Tout, pour l’ouvrir dans Feltboard sur un autre ordinateur
files-workshop-file-note = Tout l’atelier — participants, personas avec leurs portraits, tableaux, cartes et évaluations — dans un seul fichier. Importez-le depuis l’écran des ateliers.
files-paper = Papier
files-paper-size = Format du papier
files-paper-letter = Lettre US
files-include = Inclure, après la couverture
files-include-personas = Personas
files-include-boards = Tableaux de parcours
files-include-summary = Synthèse
files-board = Tableau
files-preview = Aperçu
files-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
files-pages-updating = { $count ->
    [one] { $count } page · mise à jour…
   *[other] { $count } pages · mise à jour…
}
# Une page de l’aperçu, pour les lecteurs d’écran.
files-page = Page { $number }
# Les pages que l’aperçu laisse de côté.
files-more-pages = … et { $count } de plus.
files-drawing = Dessin des pages…
files-export = Exporter…
files-exporting = Exportation…
# $path est l’endroit où le fichier a été enregistré.
files-saved = Enregistré : { $path }

## Importer

files-import-heading = Importer un atelier
# Le type de fichier dans la boîte de dialogue du système pour en choisir un.
files-workshop-file-kind = Fichier d’atelier Feltboard
# $file est le nom du fichier, en gras.
files-import-given = Importer l’atelier contenu dans { $file } ? Tout ce qu’il contient arrive : participants, personas, tableaux et leurs cartes.
files-import-explained = Choisissez un fichier d’atelier exporté depuis Feltboard (Exporter… → Fichier d’atelier). Tout ce qu’il contient arrive : participants, personas, tableaux et leurs cartes.
files-replace = Remplacer l’atelier d’origine, s’il est ici
files-replace-explained = Sinon, il arrive comme une copie à côté de lui. Un atelier remplacé peut être récupéré avec Annuler.
files-import = Importer
files-importing = Importation…
files-choose-file = Choisir le fichier…
