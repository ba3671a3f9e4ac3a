# Les messages de feltboard-cli, dans la langue du terminal (LANG). Les commandes, options et formats
# ne sont pas traduits : c’est ce que l’on tape.

cli-usage = utilisation :
      feltboard-cli list
      feltboard-cli export WORKSHOP --format pdf|png|csv|decisions|json --out FILE [--page-size a4|a3|letter] [--board BOARD]
      feltboard-cli import FILE [--replace]
    options acceptées partout : --data-dir FOLDER (sinon FELTBOARD_DATA_DIR, sinon le dossier du système)
    WORKSHOP et BOARD sont un identifiant ou un titre exact ; après --, plus rien n’est une option.
cli-say-what = indiquez quoi faire : list, export ou import
cli-export-needs-workshop = export demande un atelier : son identifiant ou son titre exact
cli-unknown-format = --format { $format } ne fait pas partie de pdf, png, csv, decisions, json
cli-export-needs-format = export demande --format pdf, png, csv, decisions ou json
cli-unknown-page-size = --page-size { $size } ne fait pas partie de a4, a3, letter
cli-export-needs-out = export demande --out FILE
cli-import-needs-file = import demande un fichier d’atelier
cli-not-a-command = « { $command } » n’est pas une commande
cli-not-utf8 = « { $value } » n’est pas un texte lisible par ce système (ce n’est pas de l’UTF-8)
cli-needs-value = { $option } demande une valeur
cli-unknown-option = option inconnue : { $option }
cli-takes-no-value = { $option } ne prend pas de valeur
cli-could-not-print = impossible d’afficher le résultat : { $problem }
cli-imported-not-printed = l’atelier a été importé sous l’identifiant { $id }, mais ce résultat n’a pas pu être affiché ({ $problem })
cli-no-workshop = aucun atelier n’a l’identifiant ou le titre « { $name } » (voir `feltboard-cli list`)
cli-several-workshops = { $count ->
    [one] { $count } atelier s’intitule « { $name } » ; désignez-le par son identifiant (voir `feltboard-cli list`)
   *[other] { $count } ateliers s’intitulent « { $name } » ; désignez-en un par son identifiant (voir `feltboard-cli list`)
}
cli-no-board = l’atelier n’a aucun tableau dont l’identifiant ou le titre est « { $name } »
cli-no-boards = l’atelier n’a aucun tableau à exporter
cli-several-boards = plusieurs tableaux s’intitulent « { $name } » ; désignez-en un par son identifiant
cli-choose-board = l’atelier a plusieurs tableaux ; choisissez-en un avec --board
