# Personas: the gallery of a workshop's personas, and one persona on its page.

## The gallery

persona-gallery = Personas
# The menu's File → New… on the personas.
persona-menu-new = New persona…
persona-search = Search personas
persona-new = New persona
persona-new-title = New persona ({ $key })
persona-empty = Who is your customer — and who is not?
persona-empty-explained = Build personas with the people in the room: their goals, needs and pains, in their own words. Mark the ones you choose not to serve as anti-personas.
persona-create-first = Create the first persona
persona-no-match = No persona matches ‘{ $search }’
persona-clear-search = Clear the search
persona-duplicate = Duplicate
persona-copy-to = Copy to…
persona-delete = Delete
persona-added = Added a persona
persona-duplicated = Duplicated { $name }
persona-duplicated-unnamed = Duplicated the persona
persona-deleted = Deleted { $name }
persona-deleted-unnamed = Deleted the persona
persona-copied = Copied { $name } to ‘{ $workshop }’
persona-moved = Moved { $name }
persona-delete-heading = Delete { $name }?
persona-delete-heading-unnamed = Delete this persona?
persona-delete-message = Boards that follow this persona keep their cards. You can undo this until you close Feltboard.
persona-delete-confirm = Delete persona

## A persona in the gallery

# The keys a persona's name answers to, in its tooltip.
persona-card-keys = Open (Enter) · Move (Alt+← →) · Delete (Delete)
persona-card-anti = ⊘ Anti-persona: not who we serve
persona-card-research = ✓ Research · { $interviews ->
    [one] { $interviews } interview
   *[other] { $interviews } interviews
}
persona-card-assumed = ? Proto-persona: the team’s assumption
persona-card-why-not = Why not:

## A persona's page

# The menu's File → Back on a persona.
persona-menu-back = Back to the personas
persona-back = ← Personas
persona-back-title = Back to the personas ({ $key })
persona-all-saved = Every change is saved
# The page's name for screen readers.
persona-page = Persona { $name }
persona-name = Name
persona-name-example = Their name
persona-role = Role or segment
persona-avatar-colour = Avatar colour
persona-quote = Quote, in their own words
persona-quote-example = A quote, in their own words
persona-evidence = What it rests on
persona-assumed = Proto-persona (assumption)
persona-research = Backed by research
persona-interviews = Interviews
persona-sources = Sources
persona-assumed-from = What the team assumed it from
persona-anti = Anti-persona: someone we choose not to serve
persona-anti-reason = Why we choose not to serve them
persona-story = Their story
persona-story-example = A few sentences about their life, in the situation we care about
persona-goals = Goals
persona-goals-example = What they want to achieve, not tasks
persona-needs = Needs
persona-needs-example = What they need from us
persona-pain-points = Pain points
persona-pain-points-example = What gets in their way
persona-behaviours = Behaviours
persona-behaviours-example = What they habitually do
persona-channels = Channels
persona-channels-example = Where they meet us
persona-wants-to-feel = Wants to feel
persona-wants-to-feel-example = In control, trusted, …
persona-edited = Edited { $name }
# One line of a list, for screen readers: "Goals, item 1 of 3".
persona-list-item = { $list }, item { $number } of { $count }

## The empathy map

persona-empathy-map = Empathy map
persona-says = Says
persona-thinks = Thinks
persona-does = Does
persona-feels = Feels

## The portrait

# On the portrait, when it has none: the button's visible words.
persona-portrait-add = Add portrait
# The same button's full name, which starts with its visible words.
persona-portrait-add-of = Add portrait of { $name }
persona-portrait-change = Change
persona-portrait-change-of = Change the portrait of { $name }
persona-portrait-file = Portrait image file
persona-portrait-remove = Remove portrait
persona-portrait-new = New portrait for { $name }
persona-portrait-removed = Removed the portrait of { $name }
persona-new-name = New persona
