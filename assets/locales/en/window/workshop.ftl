# A workshop: its journey boards, personas and participants; a workshop on Home.

workshop-boards = Journey boards
workshop-personas = Personas
workshop-participants = Participants
workshop-parts = Parts of the workshop
workshop-back = ← Workshops
workshop-back-title = Back to workshops (Esc)
# The menu's File → Back on a workshop.
workshop-menu-back = Back to the workshops
workshop-edit-details = Edit details
workshop-export = Export…
workshop-export-title = Export a PDF, a picture or a spreadsheet ({ $key })
workshop-facilitated-by = Facilitated by { $name }
workshop-details-heading = Workshop details
workshop-save = Save
workshop-saved-details = Saved the details of ‘{ $title }’

## A workshop on Home

# The keys a workshop's title answers to, in its tooltip.
workshop-card-keys = Open (Enter) · Rename (F2) · Delete (Delete)
workshop-card-counts = { $participants ->
    [one] { $participants } participant
   *[other] { $participants } participants
} · { $personas ->
    [one] { $personas } persona
   *[other] { $personas } personas
} · { $boards ->
    [one] { $boards } board
   *[other] { $boards } boards
}
workshop-card-open = Open
workshop-card-rename = Rename
workshop-card-rename-title = Rename (F2)
workshop-card-delete = Delete
workshop-card-delete-title = Delete (Delete)

## A workshop's details

workshop-title = Title
workshop-title-example = Returning an online order
workshop-question = The question it explores
workshop-question-example = Where do we lose people when they send something back?
workshop-date = Date
# A date as the facilitator would type it, the way the core reads it.
workshop-date-example = 22 November 2026
workshop-place = Place
workshop-place-example = Leeds store, community room
workshop-facilitator = Facilitator

## Journey boards

# The menu's File → New… on the boards.
workshop-menu-new-board = New board…
workshop-new-board = New board
workshop-new-board-title = New board ({ $key })
workshop-start-to-be = Start the to-be journey
workshop-start-to-be-title = A copy to redesign, compared step by step with this one
workshop-duplicate = Duplicate
workshop-delete = Delete
workshop-boards-empty = Map the journey with the room
workshop-boards-empty-explained = A journey board follows one or more personas through the stages of their journey: what they do, think and feel.
workshop-start-board = Start a board
workshop-board-added = Added a board
workshop-board-duplicated = Duplicated ‘{ $title }’
workshop-board-to-be-started = Started the to-be journey of ‘{ $title }’
workshop-board-deleted = Deleted ‘{ $title }’
workshop-delete-board-heading = Delete ‘{ $title }’?
workshop-delete-board-message = { $cards ->
    [one] Its { $cards } card and its curves go with it. You can undo this until you close Feltboard.
   *[other] Its { $cards } cards and its curves go with it. You can undo this until you close Feltboard.
}
workshop-delete-board = Delete board
workshop-board-open-title = Open the board
# $persona is the first persona's name, in bold; $others the others' names; $beside how many others.
workshop-board-journey = { $beside ->
    [0] The journey of { $persona }
   *[other] The journey of { $persona }, beside { $others }
}
workshop-board-to-be-journey = { $beside ->
    [0] The to-be journey of { $persona }
   *[other] The to-be journey of { $persona }, beside { $others }
}
workshop-board-to-be = A to-be journey
workshop-board-stages = Stages
workshop-board-counts = { $stages ->
    [one] { $stages } stage
   *[other] { $stages } stages
} · { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} · { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}

## A new journey board

workshop-new-board-heading = New journey board
workshop-start-from = Start from
workshop-blank-board = A blank board
workshop-blank-board-explained = No stages or lanes yet: build the frame with the room.
workshop-board-title-example = Whose journey, doing what?
workshop-create-board = Create board

## Copying a persona to another workshop

# $what is the persona's name.
workshop-copy-heading = Copy { $what } to another workshop
workshop-copy-none = There is no other workshop yet. Create one on the Home screen first.
workshop-copy-choice = Workshop
workshop-copy = Copy

## Participants

workshop-participants-summary = { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}, { $team } from the team, { $stakeholders ->
    [one] { $stakeholders } stakeholder
   *[other] { $stakeholders } stakeholders
}. Quotes from people who have not agreed to be named are credited anonymously.
workshop-participants-empty = Who is in the room?
workshop-participants-empty-explained = Add the customers, colleagues and stakeholders taking part. Their notes carry their name, or stay anonymous if they prefer.
workshop-add-participant = Add a participant
workshop-add-participant-example = Name or alias, then Enter
workshop-kind = Kind
workshop-kind-customer = Customer
workshop-kind-team = Team
workshop-kind-stakeholder = Stakeholder
workshop-add = Add
workshop-participant-name = Name or alias
workshop-most-like = Most like
workshop-most-like-none = None of the personas
workshop-quote-by-name = Quote by name
workshop-colour = Colour
workshop-remove = Remove
workshop-remove-name = Remove { $name }
workshop-remove-heading = Remove { $name }?
workshop-remove-message = Their notes and ratings stay on the boards without their name. You can undo this until you close Feltboard.
workshop-participant-changed = Changed { $name }
workshop-participant-removed = Removed { $name }
workshop-language = Language
workshop-language-title = The language of the workshop’s PDF, and of its phone page for phones that read none of Feltboard’s languages
