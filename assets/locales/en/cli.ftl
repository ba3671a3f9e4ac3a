# feltboard-cli's messages, in the terminal's language (LANG). Commands, options and formats
# are not translated: they are what is typed.

cli-usage = usage:
      feltboard-cli list
      feltboard-cli export WORKSHOP --format pdf|png|csv|decisions|json --out FILE [--page-size a4|a3|letter] [--board BOARD]
      feltboard-cli import FILE [--replace]
    options anywhere: --data-dir FOLDER (else FELTBOARD_DATA_DIR, else the system's folder)
    WORKSHOP and BOARD are an id or an exact title; after --, nothing is an option.
cli-say-what = say what to do: list, export or import
cli-export-needs-workshop = export needs one workshop: its id or exact title
cli-unknown-format = --format { $format } is not one of pdf, png, csv, decisions, json
cli-export-needs-format = export needs --format pdf, png, csv, decisions or json
cli-unknown-page-size = --page-size { $size } is not one of a4, a3, letter
cli-export-needs-out = export needs --out FILE
cli-import-needs-file = import needs one workshop file
cli-not-a-command = “{ $command }” is not a command
cli-not-utf8 = “{ $value }” is not text this system can read (it is not UTF-8)
cli-needs-value = { $option } needs a value
cli-unknown-option = unknown option { $option }
cli-takes-no-value = { $option } takes no value
cli-could-not-print = could not print: { $problem }
cli-imported-not-printed = the workshop was imported as { $id }, but that could not be printed ({ $problem })
cli-no-workshop = no workshop has the id or title “{ $name }” (see `feltboard-cli list`)
cli-several-workshops = { $count } workshops are titled “{ $name }”; name one by its id (see `feltboard-cli list`)
cli-no-board = the workshop has no board with the id or title “{ $name }”
cli-no-boards = the workshop has no boards to export
cli-several-boards = several boards are titled “{ $name }”; name one by its id
cli-choose-board = the workshop has several boards; choose one with --board
