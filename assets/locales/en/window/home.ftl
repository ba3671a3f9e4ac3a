# Home: the facilitator's workshops.

home-heading = Workshops
home-search-label = Search workshops by title
home-search-placeholder = Search workshops
home-import = Import…
home-import-title = Import a workshop file ({ $key })
home-new = New workshop
home-new-title = New workshop ({ $key })
home-menu-new = New workshop…
home-menu-find = Find a workshop
home-create = Create workshop
home-count = { $count ->
    [one] { $count } workshop
   *[other] { $count } workshops
}
home-count-matching = { $count ->
    [one] { $count } workshop matching ‘{ $search }’
   *[other] { $count } workshops matching ‘{ $search }’
}
home-opening = Opening your workshops…
home-no-match = No workshop’s title contains ‘{ $search }’
home-no-match-hint = Check the spelling, or clear the search to see every workshop.
home-clear-search = Clear the search
home-first = Start your first workshop
home-first-explained = A workshop holds the people in the room, the personas you build with them, and their emotional journeys. Everything stays on this laptop and works offline.
home-explore-sample = Explore the sample workshop
home-renamed = Renamed ‘{ $before }’ to ‘{ $after }’
home-deleted = Deleted ‘{ $title }’
home-rename-heading = Rename workshop
home-rename = Rename
home-delete-heading = Delete ‘{ $title }’?
home-delete = Delete workshop
home-delete-message = Its { $participants ->
    [one] { $participants } participant
   *[other] { $participants } participants
}, { $personas ->
    [one] { $personas } persona
   *[other] { $personas } personas
}, { $boards ->
    [one] { $boards } journey board
   *[other] { $boards } journey boards
} go with it. You can undo this until you close Feltboard.
