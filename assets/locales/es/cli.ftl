# Los mensajes de feltboard-cli, en el idioma del terminal (LANG). Los comandos, las opciones y
# los formatos no se traducen: son lo que se escribe.

cli-usage = uso:
      feltboard-cli list
      feltboard-cli export WORKSHOP --format pdf|png|csv|decisions|json --out FILE [--page-size a4|a3|letter] [--board BOARD]
      feltboard-cli import FILE [--replace]
    opciones en cualquier posición: --data-dir FOLDER (si no, FELTBOARD_DATA_DIR; si no, la carpeta del sistema)
    WORKSHOP y BOARD son un id o un título exacto; después de --, nada es una opción.
cli-say-what = indica qué hacer: list, export o import
cli-export-needs-workshop = export necesita un taller: su id o su título exacto
cli-unknown-format = --format { $format } no es pdf, png, csv, decisions ni json
cli-export-needs-format = export necesita --format pdf, png, csv, decisions o json
cli-unknown-page-size = --page-size { $size } no es a4, a3 ni letter
cli-export-needs-out = export necesita --out FILE
cli-import-needs-file = import necesita un archivo de taller
cli-not-a-command = «{ $command }» no es un comando
cli-not-utf8 = «{ $value }» no es texto que este sistema pueda leer (no es UTF-8)
cli-needs-value = { $option } necesita un valor
cli-unknown-option = opción desconocida: { $option }
cli-takes-no-value = { $option } no admite ningún valor
cli-could-not-print = no se ha podido mostrar: { $problem }
cli-imported-not-printed = el taller se importó como { $id }, pero no se pudo mostrar ({ $problem })
cli-no-workshop = ningún taller tiene el id o el título «{ $name }» (consulta `feltboard-cli list`)
cli-several-workshops = hay { $count } talleres titulados «{ $name }»; indica uno por su id (consulta `feltboard-cli list`)
cli-no-board = el taller no tiene ningún tablero con el id o el título «{ $name }»
cli-no-boards = el taller no tiene tableros que exportar
cli-several-boards = hay varios tableros titulados «{ $name }»; indica uno por su id
cli-choose-board = el taller tiene varios tableros; elige uno con --board
