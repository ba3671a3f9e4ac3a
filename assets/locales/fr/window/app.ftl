# La fenêtre dans son ensemble : la langue, le menu, les raccourcis clavier.

language-label = Langue
language-title = La langue de la fenêtre de Feltboard ; chaque atelier a la sienne pour son PDF et ses téléphones

## Dit partout dans la fenêtre

app-cancel = Annuler
app-close = Fermer
# La seconde pression d’un bouton de suppression qui demande sur place revient en arrière au lieu de supprimer.
app-keep = Conserver
# Retire une notification au pied de la fenêtre.
app-dismiss = Masquer
app-undo = Annuler
app-nothing-to-undo = Rien à annuler.
app-nothing-to-redo = Rien à rétablir.
# $change nomme ce qui a été annulé ou rétabli : Atelier « Retours » supprimé.
app-undone = Annulé : { $change }
app-redone = Rétabli : { $change }
app-imported = Atelier « { $title } » importé
app-file-unreadable = Impossible de lire « { $name } ».
# La fenêtre de Feltboard n’a pas pu joindre son cœur ; $detail est la raison technique, en anglais.
app-ipc-failed = Feltboard n’a pas pu faire cela : { $detail }

## L’écran de problème : la réserve d’ateliers est inutilisable

app-problem-already-open = Feltboard est déjà ouvert
app-problem-already-open-advice = Passez à la fenêtre de Feltboard déjà ouverte. Pour en lancer une seconde, démarrez-la avec un autre dossier de données.
app-problem-cannot-open = Feltboard ne peut pas ouvrir vos ateliers
app-problem-cannot-open-advice = Vos ateliers sont intacts. Corrigez le problème ci-dessus, puis relancez Feltboard. Pour démarrer plutôt avec une réserve vide, lancez-le avec un autre dossier de données (--data-dir).
app-problem-data-folder = Dossier de données
# Où se trouve le dossier de données, quand Feltboard n’a même pas pu le demander.
app-problem-data-folder-unknown = inconnu

## Un problème est survenu dans Feltboard

app-trouble-heading = Un problème est survenu dans Feltboard
# $nothingLost est app-trouble-nothing-lost, affiché en gras.
app-trouble-saved = { $nothingLost } chaque modification a été enregistrée au moment où vous l’avez faite.
app-trouble-nothing-lost = Rien n’est perdu :
app-trouble-restart = Si Feltboard ne répond plus, fermez-le et rouvrez-le ; vos ateliers seront tels que vous les avez laissés.
# $folder est l’emplacement du journal, affiché comme un chemin.
app-trouble-log = Ce qui s’est passé est écrit dans le journal, dans { $folder }, pour la personne qui vous aidera.
app-trouble-carry-on = Continuer

## Aide → Raccourcis clavier

app-shortcuts-heading = Raccourcis clavier
app-shortcuts-board = Sur un tableau
app-shortcuts-pick-cell = Sélectionner une cellule
app-shortcuts-first-last = Première ou dernière étape
app-shortcuts-start-card = Commencer une carte dans la cellule sélectionnée
app-shortcuts-edit-card = Modifier la carte sélectionnée
app-shortcuts-delete-cards = Supprimer les cartes sélectionnées
app-shortcuts-pick-several = Sélectionner plusieurs cartes
app-shortcuts-let-go = Désélectionner les cartes
app-shortcuts-next-stage = Phase suivante ou précédente, une phase à la fois
app-shortcuts-move-board = Déplacer le tableau
# $key est la touche ?, affichée comme une touche.
app-shortcuts-room = En mode salle, { $key } affiche les touches pour le projecteur.

## Les noms des touches, tels qu’imprimés sur le clavier

app-key-ctrl = Ctrl
app-key-alt = Alt
app-key-shift = Maj
app-key-home = Début
app-key-end = Fin
app-key-enter = Entrée
app-key-delete = Suppr
app-key-escape = Échap
app-key-page-up = Page préc.
app-key-page-down = Page suiv.
app-key-any-letter = N’importe quelle lettre
app-key-ctrl-click = Ctrl+clic
app-key-space-drag = Espace+glisser

## La barre de menus : les titres des menus, avec & devant la lettre qui ouvre le menu avec Alt,
## et le nom de chaque élément là où l’écran ne lui en donne pas un à lui

menu-title-file = &Fichier
menu-title-edit = &Édition
menu-title-view = &Affichage
menu-title-room = &Salle
menu-title-help = Ai&de
menu-new = Nouveau…
menu-import = Importer un fichier d’atelier…
menu-export = Exporter…
menu-back = Retour
menu-quit = Quitter Feltboard
menu-undo = Annuler
menu-redo = Rétablir
menu-find = Rechercher…
menu-rate = Ressenti de cette étape…
menu-supports = Étayer une opportunité…
menu-zoomIn = Zoom avant
menu-zoomOut = Zoom arrière
menu-fit = Ajuster le tableau à l’écran
menu-focusView = Une phase à la fois
menu-room = Ouvrir la salle
menu-roomMode = Mode salle (projecteur)
menu-voting = Ouvrir le vote
menu-shortcuts = Raccourcis clavier

menu-system-cut = Couper
menu-system-copy = Copier
menu-system-paste = Coller
menu-system-select-all = Tout sélectionner
menu-system-about = À propos de Feltboard
