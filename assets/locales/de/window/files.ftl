# Dateien: einen Workshop oder ein Board exportieren, eine Workshop-Datei importieren.

## Exportieren

files-export-heading = Exportieren
files-what = Was
files-pdf = PDF-Dokument
files-pdf-hint = Der ganze Workshop, für Stakeholder
files-png = PNG-Bild
files-png-hint = Ein Board, für eine Folie oder eine Wand
files-png-note = Das ganze Board in einem Bild, gezeichnet wie im PDF.
files-csv = CSV-Tabelle
files-csv-hint = Die Karten eines Boards, für eine Tabellenkalkulation
files-csv-note = Eine Zeile pro Karte: Phase, Schritt, Ebene, Art, Text, Person, Verantwortlich, Kennzahl, Zielwert, Status, Stimmen, Belege.
files-decisions = Was wir entschieden haben (CSV)
files-decisions-hint = Jede Chance, nach Punkten geordnet, zum Nachverfolgen
files-decisions-note = Eine Zeile pro Chance aus jedem Board, die meistgewählten zuerst: Verantwortlich, Kennzahl und Zielwert, Status, Stimmen und Belege.
# Der vorgeschlagene Name der Datei mit den Entscheidungen; $workshop ist der Titel des Workshops.
files-decisions-file = { $workshop } – was wir entschieden haben
files-workshop-file = Workshop-Datei
files-workshop-file-hint = Alles, zum Öffnen in Feltboard auf einem anderen Laptop
files-workshop-file-note = Der ganze Workshop – Teilnehmer, Personas mit ihren Porträts, Boards, Karten und Bewertungen – in einer Datei. Importieren Sie sie in der Workshop-Übersicht.
files-paper = Papier
files-paper-size = Papierformat
files-paper-letter = US Letter
files-include = Nach dem Deckblatt aufnehmen
files-include-personas = Personas
files-include-boards = Journey-Boards
files-include-summary = Zusammenfassung
files-board = Board
files-preview = Vorschau
files-pages = { $count ->
    [one] { $count } Seite
   *[other] { $count } Seiten
}
files-pages-updating = { $count ->
    [one] { $count } Seite · wird aktualisiert…
   *[other] { $count } Seiten · wird aktualisiert…
}
# Eine Seite der Vorschau, für Screenreader.
files-page = Seite { $number }
# Seiten, die die Vorschau auslässt.
files-more-pages = … und { $count } weitere.
files-drawing = Die Seiten werden gezeichnet…
files-export = Exportieren…
files-exporting = Wird exportiert…
# $path ist der Ort, an dem die Datei gespeichert wurde.
files-saved = Gespeichert: { $path }

## Importieren

files-import-heading = Workshop importieren
# Die Dateiart im Dialog des Systems zum Auswählen einer Datei.
files-workshop-file-kind = Feltboard-Workshop-Datei
# $file ist der Name der Datei, fett.
files-import-given = Den Workshop in { $file } importieren? Alles darin wird übernommen: Teilnehmer, Personas, Boards und ihre Karten.
files-import-explained = Wählen Sie eine Workshop-Datei, die aus Feltboard exportiert wurde (Exportieren… → Workshop-Datei). Alles darin wird übernommen: Teilnehmer, Personas, Boards und ihre Karten.
files-replace = Den Workshop ersetzen, aus dem sie stammt, falls er hier ist
files-replace-explained = Sonst kommt sie als Kopie daneben hinzu. Ein ersetzter Workshop lässt sich mit Rückgängig zurückholen.
files-import = Importieren
files-importing = Wird importiert…
files-choose-file = Datei auswählen…
