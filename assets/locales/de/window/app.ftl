# Das Fenster als Ganzes: die Sprache, das Menü, die Tastenkürzel.

language-label = Sprache
language-title = Die Sprache des Feltboard-Fensters; jeder Workshop hat seine eigene für sein PDF und die Smartphones

## Überall im Fenster

app-cancel = Abbrechen
app-close = Schließen
# Der zweite Klick auf eine Löschen-Schaltfläche, die an Ort und Stelle nachfragt, geht zurück, statt zu löschen.
app-keep = Behalten
# Blendet einen Hinweis am unteren Rand des Fensters aus.
app-dismiss = Ausblenden
app-undo = Rückgängig
app-nothing-to-undo = Nichts rückgängig zu machen.
app-nothing-to-redo = Nichts zu wiederholen.
# $change nennt, was rückgängig gemacht oder wiederholt wurde: "‚Rückgaben‘ gelöscht".
app-undone = Rückgängig gemacht: { $change }
app-redone = Wiederholt: { $change }
app-imported = ‚{ $title }‘ importiert
app-file-unreadable = „{ $name }“ konnte nicht gelesen werden.
# Das Fenster erreichte den Kern von Feltboard nicht; $detail ist der technische Grund, auf Englisch.
app-ipc-failed = Feltboard konnte das nicht ausführen: { $detail }

## Die Problemseite: Der Speicher der Workshops kann nicht verwendet werden

app-problem-already-open = Feltboard ist bereits geöffnet
app-problem-already-open-advice = Wechseln Sie zu dem Feltboard-Fenster, das bereits geöffnet ist. Um ein zweites zu starten, starten Sie es mit einem anderen Datenordner.
app-problem-cannot-open = Feltboard kann Ihre Workshops nicht öffnen
app-problem-cannot-open-advice = Ihre Workshops sind unverändert. Beheben Sie das oben genannte Problem, und starten Sie Feltboard dann erneut. Um stattdessen mit einem leeren Speicher zu beginnen, starten Sie es mit einem anderen Datenordner (--data-dir).
app-problem-data-folder = Datenordner
# Wo der Datenordner ist, wenn Feltboard nicht einmal danach fragen konnte.
app-problem-data-folder-unknown = unbekannt

## In Feltboard ist etwas schiefgelaufen

app-trouble-heading = In Feltboard ist etwas schiefgelaufen
# $nothingLost ist app-trouble-nothing-lost, fett gedruckt.
app-trouble-saved = { $nothingLost } Jede Änderung wurde in dem Moment gespeichert, in dem Sie sie gemacht haben.
app-trouble-nothing-lost = Nichts ist verloren:
app-trouble-restart = Wenn Feltboard nicht mehr reagiert, schließen Sie es und öffnen Sie es erneut; Ihre Workshops sind dann so, wie Sie sie verlassen haben.
# $folder ist der Ort des Protokolls, als Pfad angezeigt.
app-trouble-log = Was passiert ist, steht im Protokoll in { $folder } – für die Person, die Ihnen hilft.
app-trouble-carry-on = Weiterarbeiten

## Hilfe → Tastenkürzel

app-shortcuts-heading = Tastenkürzel
app-shortcuts-board = Auf einem Board
app-shortcuts-pick-cell = Eine Zelle auswählen
app-shortcuts-first-last = Erster oder letzter Schritt
app-shortcuts-start-card = Eine Karte in der ausgewählten Zelle beginnen
app-shortcuts-edit-card = Die ausgewählte Karte bearbeiten
app-shortcuts-delete-cards = Die ausgewählten Karten löschen
app-shortcuts-pick-several = Mehrere Karten auswählen
app-shortcuts-let-go = Auswahl der Karten aufheben
app-shortcuts-next-stage = Nächste oder vorherige Phase, eine Phase nach der anderen
app-shortcuts-move-board = Das Board verschieben
# $key ist die Taste ?, als Taste dargestellt.
app-shortcuts-room = Im Raummodus listet { $key } die Tasten für den Projektor auf.

## Die Namen der Tasten, wie sie auf der Tastatur stehen

app-key-ctrl = Strg
app-key-alt = Alt
app-key-shift = Umschalt
app-key-home = Pos1
app-key-end = Ende
app-key-enter = Eingabe
app-key-delete = Entf
app-key-escape = Esc
app-key-page-up = Bild↑
app-key-page-down = Bild↓
app-key-any-letter = Beliebiger Buchstabe
app-key-ctrl-click = Strg+Klick
app-key-space-drag = Leertaste+Ziehen

## Die Menüleiste: die Titel der Menüs, mit & vor dem Buchstaben, der das Menü mit Alt öffnet,
## und die Namen der Einträge, wo die Ansicht ihnen keinen eigenen gibt

menu-title-file = &Datei
menu-title-edit = &Bearbeiten
menu-title-view = &Ansicht
menu-title-room = &Raum
menu-title-help = &Hilfe
menu-new = Neu…
menu-import = Workshop-Datei importieren…
menu-export = Exportieren…
menu-back = Zurück
menu-quit = Feltboard beenden
menu-undo = Rückgängig
menu-redo = Wiederholen
menu-find = Suchen…
menu-rate = Wie sich dieser Schritt anfühlte…
menu-supports = Belegt eine Chance…
menu-zoomIn = Vergrößern
menu-zoomOut = Verkleinern
menu-fit = Board einpassen
menu-focusView = Eine Phase nach der anderen
menu-room = Raum öffnen
menu-roomMode = Raummodus (Projektor)
menu-voting = Abstimmung starten
menu-shortcuts = Tastenkürzel

menu-system-cut = Ausschneiden
menu-system-copy = Kopieren
menu-system-paste = Einfügen
menu-system-select-all = Alles auswählen
menu-system-about = Über Feltboard
