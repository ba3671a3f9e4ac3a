# Ein Journey-Board: der Editor, seine Werkzeuge und Dialoge, das Raster mit seinen Karten und Kurven.
# Die Beschriftungen für Rückgängig (… hinzugefügt, … verschoben, … gelöscht) nennen eine Änderung im Rückgängig-Hinweis und im Menü Bearbeiten.

## Die Leiste des Editors

board-back = ← Boards
board-back-title = Zurück zu den Boards ({ $key })
board-back-to-boards = Zurück zu den Boards
board-gone = Dieses Board gibt es nicht mehr: zurück zu den Boards des Workshops.
board-edited = Board bearbeitet
board-title-label = Titel des Boards
board-speaker = Wer spricht
board-speaker-title = Neue Karten werden dieser Person zugeschrieben; Eingabe oder Esc führt zurück zum Board
board-speaker-team = Das Team
board-speaker-research = Forschung
board-compare = Mit Ist-Journey vergleichen
board-compare-title = Diese Soll-Journey neben der Ist-Journey, aus der sie entstanden ist, Schritt für Schritt
board-scenario-and-expectations = Szenario und Erwartungen
board-scenario = Szenario
board-scenario-placeholder = Was passiert, wem und warum
board-expectations = Erwartungen
board-expectations-placeholder = Was sie zu Beginn erwarten
board-empty = Ein leeres Board
board-empty-explained = Geben Sie ihm Phasen (die Abschnitte der Journey, jeweils mit ihren Schritten) und Ebenen (was der Kunde tut, denkt, fühlt …).
board-set-up = Phasen und Ebenen einrichten
# Der Menüeintrag und die Überschrift im Raummodus, wenn die ganze Journey zu sehen ist, nicht eine Phase.
board-whole-journey = Die ganze Journey

## Die Werkzeuge über dem Board

board-tools = Board-Werkzeuge
board-curves-shown = Angezeigte Kurven
board-curve-assumed = Vom Team angenommen
board-curve-rated = Von Kunden bewertet
board-curve-desired = Gewünscht
board-rated-by = Kurve der Kunden
board-rated-by-title = Die Kurve der Kunden für alle zusammen oder eine pro Persona, der das Board folgt (jeder Kunde zählt für die Persona, der er am ähnlichsten ist)
board-rated-by-all = alle
board-rated-by-persona = pro Persona
board-view = Ansicht
board-frame = Phasen und Ebenen…
board-focus = Fokusansicht
board-focus-title = Auf eine Phase konzentrieren ({ $key }; Bild↓ und Bild↑ wechseln die Phase)
board-focus-stage = Phase im Fokus
board-zoom-out = Verkleinern ({ $key })
board-zoom-in = Vergrößern ({ $key })
board-zoom = { $percent } %
board-fit = Einpassen
board-fit-title = An den Bildschirm anpassen ({ $key })
board-export = Exportieren…
board-export-title = Ein PDF des Workshops oder dieses Board als Bild oder Tabelle ({ $key })

## Das Raster

board-grid = Journey-Board
# Eine Zelle des Boards, nach ihrem Schritt und ihrer Ebene.
board-cell = { $step }, { $lane }
# Vor den Karten einer Zelle gesagt.
board-cell-said = { $cell }, { $count ->
    [0] keine Karten
    [one] eine Karte
   *[other] { $count } Karten
}:
board-new-card = Neue Karte in { $cell }
board-new-card-placeholder = Tippen, Eingabe für die nächste Karte
board-stage-drag = Auf eine andere Phase ziehen, um sie zu verschieben
board-step-drag = Auf einen anderen Schritt ziehen, um ihn zu verschieben
board-lane-drag = Auf eine andere Ebene ziehen, um sie zu verschieben
board-moment = Moment der Wahrheit
board-emotion-scale = Emotionsskala
board-menu-rate = Wie sich ‚{ $title }‘ anfühlte…
board-added-card = „{ $text }“ hinzugefügt
board-edited-card = Karte bearbeitet
board-moved = ‚{ $title }‘ verschoben
board-moved-cards = { $count ->
    [one] Eine Karte verschoben
   *[other] { $count } Karten verschoben
}
board-deleted-cards = { $count ->
    [one] Eine Karte gelöscht
   *[other] { $count } Karten gelöscht
}

## Die Emotionskurven

board-curves = Emotionskurven
# Wie viele Kunden einen Schritt bewertet haben (n, wie in der Statistik).
board-curve-count = n={ $count }
board-curve-segment = Bewertet von Kunden, die { $name } am ähnlichsten sind
board-curve-rate = ‚{ $title }‘ bewerten

## Eine Karte

board-card-face-down = Eine Notiz, verdeckt, bis sie aufgedeckt wird
board-card-face-down-meta = Verdeckt bis zum Aufdecken
board-card-owned-by = Verantwortlich: { $owner }
board-card-evidence = { $count ->
    [one] { $count } Beleg
   *[other] { $count } Belege
}
# Nach der Anzahl der Belege, für Screenreader: der Satz, der sagt, was sie sind.
board-card-evidence-said = : { $summary }
board-card-dots = { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkte
}
board-card-text = Kartentext
board-card-kind = Art
board-card-owner = Verantwortlich
board-card-metric = Kennzahl
board-card-target = Zielwert
board-card-status = Status
board-card-evidence-summary = Belege: { $summary }
board-card-no-evidence = Noch keine Belege: Wählen Sie Karten aus, dann { $key }.

## Ausgewählte Karten

board-picked = { $count ->
    [one] { $count } Karte ausgewählt
   *[other] { $count } Karten ausgewählt
}
board-picked-label = Ausgewählte Karten
board-picked-link = Belegt eine Chance…
board-picked-link-title = Als Belege mit einer Chance verknüpfen ({ $key })
board-picked-delete = Löschen
board-picked-delete-title = Löschen (Entf); Rückgängig holt sie zurück
board-picked-none = Auswahl aufheben
board-picked-none-title = Esc bewirkt dasselbe

## Wessen Journey

board-personas-title = Die Personas, denen dieses Board folgt: Um die Journey der ersten geht es
board-personas-label = Wessen Journey
board-personas-none = Keine Persona
board-personas-legend = Personas, denen dieses Board folgt
board-personas-anti = (nicht bedient)
board-personas-first = · ihre Journey
board-personas-make-first = Zu ihrer Journey machen
# Nach ‚Zu ihrer Journey machen‘, für Screenreader.
board-personas-make-first-said = : Journey von { $name }
board-personas-no-personas = Dieser Workshop hat noch keine Personas.
board-personas-full = { $count ->
    [one] Ein Board folgt höchstens { $count } Persona.
   *[other] Ein Board folgt höchstens { $count } Personas.
}

## Einen Schritt bewerten

board-rating-heading = Wie fühlt sich ‚{ $title }‘ an?
board-rating-assumed = Die Annahme des Teams
board-rating-assumed-note = die angenommene Kurve
board-rating-desired = Wie es sich anfühlen soll
board-rating-desired-note = die gewünschte Kurve
board-rating-customer-note = ein Kunde
board-rating-not-yet = noch nicht
board-rating-whose = Wessen Gefühl
board-rating-how = Wie es sich für { $name } angefühlt hat
board-rating-key = Taste { $key }
# Die Tasten werden einzeln gezeigt, jede in einem Kasten.
board-rating-keys = Tasten: { $up } { $down } wessen Gefühl, { $first } (begeistert) bis { $last } (verärgert) wie es sich anfühlte.
board-rating-moment = Ein Moment der Wahrheit: Dieser Schritt entscheidet über die Beziehung
board-rating-clear = Bewertung von { $name } löschen
board-rated = ‚{ $title }‘ bewertet
board-marked-moment = ‚{ $title }‘ als Moment der Wahrheit markiert
board-unmarked-moment = Markierung von ‚{ $title }‘ aufgehoben

## Belege für eine Chance

board-supports-heading = Belegt eine Chance
board-supports-none = Dieses Board hat noch keine Chancen. Schreiben Sie eine in die Ebene „Chancen“, und wählen Sie dann aus, was sie belegt.
board-supports-evidence = Die Belege
# Eine Karte als Beleg: ihre Art und der Anfang ihres Texts.
board-supports-card = { $kind }: „{ $text }“
board-supports-step = Wie Kunden ‚{ $title }‘ bewertet haben
board-supports-step-rated = ({ $count ->
    [one] { $count } Bewertung
   *[other] { $count } Bewertungen
})
board-supports-which = Welche Chance wird damit belegt?
board-supports-already = bereits { $count }
board-supports-link = Als Beleg verknüpfen
board-linked-evidence = { $count ->
    [one] Beleg mit ‚{ $text }‘ verknüpft
   *[other] { $count } Belege mit ‚{ $text }‘ verknüpft
}
board-unlinked-evidence = Beleg von ‚{ $text }‘ gelöst

## Der Rahmen des Boards: Phasen, Schritte und Ebenen

board-frame-heading = Der Rahmen des Boards
board-frame-stages = Phasen und Schritte
board-frame-stage = Phase { $number }
board-frame-step = Schritt { $number } von ‚{ $stage }‘
board-frame-lanes = Ebenen
board-frame-lane = Ebene { $number }
board-frame-earlier = ‚{ $title }‘ nach vorn verschieben
board-frame-later = ‚{ $title }‘ nach hinten verschieben
board-frame-up = ‚{ $title }‘ nach oben verschieben
board-frame-down = ‚{ $title }‘ nach unten verschieben
board-frame-delete = Löschen
board-frame-delete-stage = Die Phase und ihre Karten löschen?
board-frame-delete-step = Den Schritt und seine Karten löschen?
board-frame-delete-lane = Die Ebene und ihre Karten löschen?
board-frame-show = Einblenden
board-frame-hide = Ausblenden
board-frame-lane-kind = Art der Ebene
board-frame-add-stage = + Phase
board-frame-add-step = + Schritt
board-frame-add-lane = + Ebene
# Die Titel, die neue Phasen, Schritte und Ebenen bekommen (dann die eigenen des Boards, zum Umbenennen).
board-new-stage = Neue Phase
board-new-step = Neuer Schritt
board-lane-actions = Was sie tun
board-lane-touchpoints = Touchpoints und Kanäle
board-lane-thoughts = Was sie denken
board-lane-feelings = Wie sie sich fühlen
board-lane-pain-points = Pain Points
board-lane-opportunities = Chancen
board-lane-frontstage = Frontstage
board-lane-backstage = Backstage
board-lane-support = Unterstützungsprozesse
board-lane-custom = Notizen
board-renamed = ‚{ $title }‘ umbenannt
board-added = ‚{ $title }‘ hinzugefügt
board-added-stage = Phase hinzugefügt
board-added-step = Schritt hinzugefügt
board-deleted = ‚{ $title }‘ gelöscht
board-showed = ‚{ $title }‘ eingeblendet
board-hid = ‚{ $title }‘ ausgeblendet

## Die Soll-Journey im Vergleich mit der Ist-Journey

board-compare-heading = Verglichen mit der Ist-Journey
board-compare-curves = Kurven
board-compare-as-is = Bewertung Ist
board-compare-to-be = Bewertung Soll
board-compare-chart = Die bewerteten Kurven beider Journeys; die Tabelle darunter enthält alle Zahlen
board-compare-caption = Jeder Schritt, was daraus wurde und wie Kunden ihn bewertet haben
board-compare-step = Schritt
board-compare-fate = Was daraus wurde
board-compare-change = Gemessene Veränderung
board-compare-was = vorher „{ $title }“
# Der Mittelwert eines bewerteten Schritts: das Emoji seines Gefühls, der Wert und wie viele bewertet haben.
board-compare-mean = { $emoji } { $score } (n={ $count })
board-compare-note = Die gemessene Veränderung ist die Soll-Bewertung minus die Ist-Bewertung, wo Kunden beide bewertet haben.
board-compare-comparing = Wird verglichen…

## Schaltflächen der Dialoge (Abbrechen und Schließen stehen in app.ftl)

board-done = Fertig
