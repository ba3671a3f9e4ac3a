# Ein Workshop: seine Journey-Boards, Personas und Teilnehmer; ein Workshop auf der Startseite.

workshop-boards = Journey-Boards
workshop-personas = Personas
workshop-participants = Teilnehmer
workshop-parts = Bereiche des Workshops
workshop-back = ← Workshops
workshop-back-title = Zurück zu den Workshops (Esc)
# Datei → Zurück im Menü, in einem Workshop.
workshop-menu-back = Zurück zu den Workshops
workshop-edit-details = Details bearbeiten
workshop-export = Exportieren…
workshop-export-title = Ein PDF, ein Bild oder eine Tabelle exportieren ({ $key })
workshop-facilitated-by = Moderiert von { $name }
workshop-details-heading = Workshop-Details
workshop-save = Speichern
workshop-saved-details = Details von ‚{ $title }‘ gespeichert

## Ein Workshop auf der Startseite

# Die Tasten, auf die der Titel eines Workshops reagiert, in seinem Tooltip.
workshop-card-keys = Öffnen (Eingabe) · Umbenennen (F2) · Löschen (Entf)
workshop-card-counts = { $participants ->
    [one] { $participants } Teilnehmer
   *[other] { $participants } Teilnehmer
} · { $personas ->
    [one] { $personas } Persona
   *[other] { $personas } Personas
} · { $boards ->
    [one] { $boards } Board
   *[other] { $boards } Boards
}
workshop-card-open = Öffnen
workshop-card-rename = Umbenennen
workshop-card-rename-title = Umbenennen (F2)
workshop-card-delete = Löschen
workshop-card-delete-title = Löschen (Entf)

## Die Details eines Workshops

workshop-title = Titel
workshop-title-example = Eine Online-Bestellung zurücksenden
workshop-question = Die Frage, der er nachgeht
workshop-question-example = Wo verlieren wir Menschen, wenn sie etwas zurückschicken?
workshop-date = Datum
# Ein Datum, wie die Moderation es eintippen würde, so wie der Kern es liest.
workshop-date-example = 22. November 2026
workshop-place = Ort
workshop-place-example = Filiale Leipzig, Gemeinschaftsraum
workshop-facilitator = Moderation

## Journey-Boards

# Datei → Neu… im Menü, bei den Boards.
workshop-menu-new-board = Neues Board…
workshop-new-board = Neues Board
workshop-new-board-title = Neues Board ({ $key })
workshop-start-to-be = Soll-Journey beginnen
workshop-start-to-be-title = Eine Kopie zum Neugestalten, Schritt für Schritt mit dieser verglichen
workshop-duplicate = Duplizieren
workshop-delete = Löschen
workshop-boards-empty = Erarbeiten Sie die Journey gemeinsam mit dem Raum
workshop-boards-empty-explained = Ein Journey-Board begleitet eine oder mehrere Personas durch die Phasen ihrer Journey: was sie tun, denken und fühlen.
workshop-start-board = Board beginnen
workshop-board-added = Board hinzugefügt
workshop-board-duplicated = ‚{ $title }‘ dupliziert
workshop-board-to-be-started = Soll-Journey von ‚{ $title }‘ begonnen
workshop-board-deleted = ‚{ $title }‘ gelöscht
workshop-delete-board-heading = ‚{ $title }‘ löschen?
workshop-delete-board-message = { $cards ->
    [one] Seine { $cards } Karte und seine Kurven werden mitgelöscht. Sie können das rückgängig machen, bis Sie Feltboard schließen.
   *[other] Seine { $cards } Karten und seine Kurven werden mitgelöscht. Sie können das rückgängig machen, bis Sie Feltboard schließen.
}
workshop-delete-board = Board löschen
workshop-board-open-title = Board öffnen
# $persona ist der Name der ersten Persona, fett; $others die Namen der anderen; $beside, wie viele andere.
workshop-board-journey = { $beside ->
    [0] Die Journey von { $persona }
   *[other] Die Journey von { $persona }, neben { $others }
}
workshop-board-to-be-journey = { $beside ->
    [0] Die Soll-Journey von { $persona }
   *[other] Die Soll-Journey von { $persona }, neben { $others }
}
workshop-board-to-be = Eine Soll-Journey
workshop-board-stages = Phasen
workshop-board-counts = { $stages ->
    [one] { $stages } Phase
   *[other] { $stages } Phasen
} · { $steps ->
    [one] { $steps } Schritt
   *[other] { $steps } Schritte
} · { $cards ->
    [one] { $cards } Karte
   *[other] { $cards } Karten
}

## Ein neues Journey-Board

workshop-new-board-heading = Neues Journey-Board
workshop-start-from = Vorlage
workshop-blank-board = Ein leeres Board
workshop-blank-board-explained = Noch keine Phasen oder Ebenen: Bauen Sie den Rahmen mit dem Raum auf.
workshop-board-title-example = Wessen Journey, bei welcher Aufgabe?
workshop-create-board = Board anlegen

## Eine Persona in einen anderen Workshop kopieren

# $what ist der Name der Persona.
workshop-copy-heading = { $what } in einen anderen Workshop kopieren
workshop-copy-none = Es gibt noch keinen anderen Workshop. Legen Sie zuerst auf der Startseite einen an.
workshop-copy-choice = Workshop
workshop-copy = Kopieren

## Teilnehmer

workshop-participants-summary = { $customers ->
    [one] { $customers } Kunde
   *[other] { $customers } Kunden
}, { $team } aus dem Team, { $stakeholders ->
    [one] { $stakeholders } Stakeholder
   *[other] { $stakeholders } Stakeholder
}. Zitate von Personen, die einer Namensnennung nicht zugestimmt haben, erscheinen anonym.
workshop-participants-empty = Wer ist im Raum?
workshop-participants-empty-explained = Fügen Sie die Kunden, Kollegen und Stakeholder hinzu, die teilnehmen. Ihre Notizen tragen ihren Namen oder bleiben anonym, wenn sie das möchten.
workshop-add-participant = Teilnehmer hinzufügen
workshop-add-participant-example = Name oder Pseudonym, dann Eingabe
workshop-kind = Rolle
workshop-kind-customer = Kunde
workshop-kind-team = Team
workshop-kind-stakeholder = Stakeholder
workshop-add = Hinzufügen
workshop-participant-name = Name oder Pseudonym
workshop-most-like = Am ähnlichsten
workshop-most-like-none = Keine der Personas
workshop-quote-by-name = Namentlich zitieren
workshop-colour = Farbe
workshop-remove = Entfernen
workshop-remove-name = { $name } entfernen
workshop-remove-heading = { $name } entfernen?
workshop-remove-message = Die Notizen und Bewertungen bleiben ohne Namen auf den Boards. Sie können das rückgängig machen, bis Sie Feltboard schließen.
workshop-participant-changed = { $name } geändert
workshop-participant-removed = { $name } entfernt
workshop-language = Sprache
workshop-language-title = Die Sprache des PDFs dieses Workshops und seiner Smartphone-Seite, für Smartphones, die keine der Sprachen von Feltboard eingestellt haben
