# Files: exporting a workshop or a board, importing a workshop file.

## Export

files-export-heading = Export
files-what = What
files-pdf = PDF document
files-pdf-hint = The whole workshop, for stakeholders
files-png = PNG picture
files-png-hint = One board, for a slide or a wall
files-png-note = The whole board in one picture, drawn as in the PDF.
files-csv = CSV spreadsheet
files-csv-hint = One board’s cards, for a spreadsheet
files-csv-note = One row per card: stage, step, lane, kind, text, who, owner, metric, target, status, votes, evidence.
files-decisions = What we decided (CSV)
files-decisions-hint = Every opportunity, ranked by dots, to follow up
files-decisions-note = One row per opportunity of every board, most-voted first: owner, metric and target, status, votes and its evidence.
# The name offered for the file of decisions; $workshop is the workshop's title.
files-decisions-file = { $workshop } — what we decided
files-workshop-file = Workshop file
files-workshop-file-hint = Everything, to open in Feltboard on another laptop
files-workshop-file-note = The whole workshop — participants, personas with their portraits, boards, cards and ratings — in one file. Import it from the workshops screen.
files-paper = Paper
files-paper-size = Paper size
files-paper-letter = US Letter
files-include = Include, after the cover
files-include-personas = Personas
files-include-boards = Journey boards
files-include-summary = Summary
files-board = Board
files-preview = Preview
files-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
files-pages-updating = { $count ->
    [one] { $count } page · updating…
   *[other] { $count } pages · updating…
}
# A page of the preview, for screen readers.
files-page = Page { $number }
# Pages the preview leaves out.
files-more-pages = …and { $count } more.
files-drawing = Drawing the pages…
files-export = Export…
files-exporting = Exporting…
# $path is where the file was saved.
files-saved = Saved { $path }

## Import

files-import-heading = Import a workshop
# The kind of file in the system's dialog for choosing one.
files-workshop-file-kind = Feltboard workshop file
# $file is the file's name, in bold.
files-import-given = Import the workshop in { $file }? Everything in it arrives: participants, personas, boards and their cards.
files-import-explained = Choose a workshop file exported from Feltboard (Export… → Workshop file). Everything in it arrives: participants, personas, boards and their cards.
files-replace = Replace the workshop it came from, if it is here
files-replace-explained = Otherwise it arrives as a copy beside it. A replaced workshop can be brought back with Undo.
files-import = Import
files-importing = Importing…
files-choose-file = Choose the file…
