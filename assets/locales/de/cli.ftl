# Die Meldungen von feltboard-cli, in der Sprache des Terminals (LANG). Befehle, Optionen und
# Formate werden nicht übersetzt: Sie sind das, was eingetippt wird.

cli-usage = Aufruf:
      feltboard-cli list
      feltboard-cli export WORKSHOP --format pdf|png|csv|decisions|json --out FILE [--page-size a4|a3|letter] [--board BOARD]
      feltboard-cli import FILE [--replace]
    Optionen überall: --data-dir FOLDER (sonst FELTBOARD_DATA_DIR, sonst der Ordner des Systems)
    WORKSHOP und BOARD sind eine ID oder ein exakter Titel; nach -- ist nichts mehr eine Option.
cli-say-what = sagen Sie, was zu tun ist: list, export oder import
cli-export-needs-workshop = export braucht genau einen Workshop: seine ID oder seinen exakten Titel
cli-unknown-format = --format { $format } ist keins von pdf, png, csv, decisions, json
cli-export-needs-format = export braucht --format pdf, png, csv, decisions oder json
cli-unknown-page-size = --page-size { $size } ist keins von a4, a3, letter
cli-export-needs-out = export braucht --out FILE
cli-import-needs-file = import braucht genau eine Workshop-Datei
cli-not-a-command = „{ $command }“ ist kein Befehl
cli-not-utf8 = „{ $value }“ ist kein Text, den dieses System lesen kann (es ist kein UTF-8)
cli-needs-value = { $option } braucht einen Wert
cli-unknown-option = unbekannte Option { $option }
cli-takes-no-value = { $option } nimmt keinen Wert an
cli-could-not-print = konnte nicht ausgegeben werden: { $problem }
cli-imported-not-printed = der Workshop wurde als { $id } importiert, aber das konnte nicht ausgegeben werden ({ $problem })
cli-no-workshop = kein Workshop hat die ID oder den Titel „{ $name }“ (siehe `feltboard-cli list`)
cli-several-workshops = { $count } Workshops heißen „{ $name }“; nennen Sie einen über seine ID (siehe `feltboard-cli list`)
cli-no-board = der Workshop hat kein Board mit der ID oder dem Titel „{ $name }“
cli-no-boards = der Workshop hat keine Boards, die sich exportieren lassen
cli-several-boards = mehrere Boards heißen „{ $name }“; nennen Sie eines über seine ID
cli-choose-board = der Workshop hat mehrere Boards; wählen Sie eines mit --board
