# Startseite: die Workshops der Moderation.

home-heading = Workshops
home-search-label = Workshops nach Titel durchsuchen
home-search-placeholder = Workshops durchsuchen
home-import = Importieren…
home-import-title = Workshop-Datei importieren ({ $key })
home-new = Neuer Workshop
home-new-title = Neuer Workshop ({ $key })
home-menu-new = Neuer Workshop…
home-menu-find = Workshop suchen
home-create = Workshop anlegen
home-count = { $count ->
    [one] { $count } Workshop
   *[other] { $count } Workshops
}
home-count-matching = { $count ->
    [one] { $count } Workshop passt zu ‚{ $search }‘
   *[other] { $count } Workshops passen zu ‚{ $search }‘
}
home-opening = Ihre Workshops werden geöffnet…
home-no-match = Kein Workshop-Titel enthält ‚{ $search }‘
home-no-match-hint = Prüfen Sie die Schreibweise, oder leeren Sie die Suche, um alle Workshops zu sehen.
home-clear-search = Suche leeren
home-first = Beginnen Sie Ihren ersten Workshop
home-first-explained = Ein Workshop enthält die Menschen im Raum, die Personas, die Sie mit ihnen entwickeln, und deren emotionale Journeys. Alles bleibt auf diesem Laptop und funktioniert offline.
home-explore-sample = Beispiel-Workshop ansehen
home-renamed = ‚{ $before }‘ in ‚{ $after }‘ umbenannt
home-deleted = ‚{ $title }‘ gelöscht
home-rename-heading = Workshop umbenennen
home-rename = Umbenennen
home-delete-heading = ‚{ $title }‘ löschen?
home-delete = Workshop löschen
home-delete-message = Mit ihm werden { $participants ->
    [one] { $participants } Teilnehmer
   *[other] { $participants } Teilnehmer
}, { $personas ->
    [one] { $personas } Persona
   *[other] { $personas } Personas
} und { $boards ->
    [one] { $boards } Journey-Board
   *[other] { $boards } Journey-Boards
} gelöscht. Sie können das rückgängig machen, bis Sie Feltboard schließen.
