# Personas: die Galerie der Personas eines Workshops und eine Persona auf ihrer Seite.

## Die Galerie

persona-gallery = Personas
# Datei → Neu… im Menü, bei den Personas.
persona-menu-new = Neue Persona…
persona-search = Personas durchsuchen
persona-new = Neue Persona
persona-new-title = Neue Persona ({ $key })
persona-empty = Wer ist Ihr Kunde – und wer nicht?
persona-empty-explained = Entwickeln Sie Personas mit den Menschen im Raum: ihre Ziele, Bedürfnisse und Pain Points, in ihren eigenen Worten. Markieren Sie diejenigen, die Sie bewusst nicht bedienen, als Anti-Personas.
persona-create-first = Erste Persona anlegen
persona-no-match = Keine Persona passt zu ‚{ $search }‘
persona-clear-search = Suche leeren
persona-duplicate = Duplizieren
persona-copy-to = Kopieren nach…
persona-delete = Löschen
persona-added = Persona hinzugefügt
persona-duplicated = { $name } dupliziert
persona-duplicated-unnamed = Persona dupliziert
persona-deleted = { $name } gelöscht
persona-deleted-unnamed = Persona gelöscht
persona-copied = { $name } nach ‚{ $workshop }‘ kopiert
persona-moved = { $name } verschoben
persona-delete-heading = { $name } löschen?
persona-delete-heading-unnamed = Diese Persona löschen?
persona-delete-message = Boards, die dieser Persona folgen, behalten ihre Karten. Sie können das rückgängig machen, bis Sie Feltboard schließen.
persona-delete-confirm = Persona löschen

## Eine Persona in der Galerie

# Die Tasten, auf die der Name einer Persona reagiert, in ihrem Tooltip.
persona-card-keys = Öffnen (Eingabe) · Verschieben (Alt+← →) · Löschen (Entf)
persona-card-anti = ⊘ Anti-Persona: nicht unsere Zielgruppe
persona-card-research = ✓ Forschung · { $interviews ->
    [one] { $interviews } Interview
   *[other] { $interviews } Interviews
}
persona-card-assumed = ? Proto-Persona: Annahme des Teams
persona-card-why-not = Warum nicht:

## Die Seite einer Persona

# Datei → Zurück im Menü, auf einer Persona.
persona-menu-back = Zurück zu den Personas
persona-back = ← Personas
persona-back-title = Zurück zu den Personas ({ $key })
persona-all-saved = Jede Änderung ist gespeichert
# Der Name der Seite für Screenreader.
persona-page = Persona { $name }
persona-name = Name
persona-name-example = Name der Persona
persona-role = Rolle oder Segment
persona-avatar-colour = Avatarfarbe
persona-quote = Zitat, in eigenen Worten
persona-quote-example = Ein Zitat, in eigenen Worten
persona-evidence = Worauf sie beruht
persona-assumed = Proto-Persona (Annahme)
persona-research = Durch Forschung belegt
persona-interviews = Interviews
persona-sources = Quellen
persona-assumed-from = Worauf das Team die Annahme stützt
persona-anti = Anti-Persona: jemand, den wir bewusst nicht bedienen
persona-anti-reason = Warum wir diese Person bewusst nicht bedienen
persona-story = Geschichte
persona-story-example = Ein paar Sätze über ihr Leben, in der Situation, um die es uns geht
persona-goals = Ziele
persona-goals-example = Was sie erreichen wollen, keine Aufgaben
persona-needs = Bedürfnisse
persona-needs-example = Was sie von uns brauchen
persona-pain-points = Pain Points
persona-pain-points-example = Was ihnen im Weg steht
persona-behaviours = Verhaltensweisen
persona-behaviours-example = Was sie gewohnheitsmäßig tun
persona-channels = Kanäle
persona-channels-example = Wo sie uns begegnen
persona-wants-to-feel = Möchte sich so fühlen
persona-wants-to-feel-example = Selbstbestimmt, ernst genommen, …
persona-edited = { $name } bearbeitet
# Eine Zeile einer Liste, für Screenreader: "Ziele, Eintrag 1 von 3".
persona-list-item = { $list }, Eintrag { $number } von { $count }

## Die Empathy Map

persona-empathy-map = Empathy Map
persona-says = Sagt
persona-thinks = Denkt
persona-does = Tut
persona-feels = Fühlt

## Das Porträt

# Auf dem Porträt, wenn es keines hat: die sichtbaren Worte der Schaltfläche.
persona-portrait-add = Porträt hinzufügen
# Der vollständige Name derselben Schaltfläche, der mit ihren sichtbaren Worten beginnt.
persona-portrait-add-of = Porträt hinzufügen für { $name }
persona-portrait-change = Ändern
persona-portrait-change-of = Ändern: Porträt von { $name }
persona-portrait-file = Bilddatei für das Porträt
persona-portrait-remove = Porträt entfernen
persona-portrait-new = Neues Porträt für { $name }
persona-portrait-removed = Porträt von { $name } entfernt
persona-new-name = Neue Persona
