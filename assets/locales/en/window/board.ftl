# A journey board: the editor, its tools and dialogs, the grid with its cards and curves.
# ‘Undo’ labels (Added…, Moved…, Deleted…) name a change in the Undo notice and the Edit menu.

## The editor's bar

board-back = ← Boards
board-back-title = Back to the boards ({ $key })
board-back-to-boards = Back to the boards
board-gone = That board is no longer there: back to the workshop’s boards.
board-edited = Edited the board
board-title-label = Board title
board-speaker = Who is speaking
board-speaker-title = New cards are credited to them; Enter or Escape goes back to the board
board-speaker-team = The team
board-speaker-research = Research
board-compare = Compare with as-is
board-compare-title = This to-be journey beside the as-is one it started from, step by step
board-scenario-and-expectations = Scenario and expectations
board-scenario = Scenario
board-scenario-placeholder = What happens, to whom, and why
board-expectations = Expectations
board-expectations-placeholder = What they expect going in
board-empty = An empty board
board-empty-explained = Give it stages (the journey’s phases, each with its steps) and lanes (what the customer does, thinks, feels…).
board-set-up = Set up stages and lanes
# The menu's item and room mode's heading when the whole journey shows, not one stage.
board-whole-journey = The whole journey

## The tools above the board

board-tools = Board tools
board-curves-shown = Curves shown
board-curve-assumed = Assumed by the team
board-curve-rated = Rated by customers
board-curve-desired = Desired
board-rated-by = Customers’ curve
board-rated-by-title = The customers' curve for everyone together, or one per persona the board follows (each customer counts for the persona they are most like)
board-rated-by-all = everyone
board-rated-by-persona = per persona
board-view = View
board-frame = Stages and lanes…
board-focus = Focus view
board-focus-title = Focus on one stage ({ $key }; Page Down and Page Up to change stage)
board-focus-stage = Stage in focus
board-zoom-out = Zoom out ({ $key })
board-zoom-in = Zoom in ({ $key })
board-zoom = { $percent }%
board-fit = Fit
board-fit-title = Fit to the screen ({ $key })
board-export = Export…
board-export-title = A PDF of the workshop, or this board as a picture or a spreadsheet ({ $key })

## The grid

board-grid = Journey board
# A cell of the board, by its step and its lane.
board-cell = { $step }, { $lane }
# Said before a cell's cards.
board-cell-said = { $cell }, { $count ->
    [0] no cards
    [one] one card
   *[other] { $count } cards
}:
board-new-card = New card in { $cell }
board-new-card-placeholder = Type, Enter for the next card
board-stage-drag = Drag onto another stage to move it
board-step-drag = Drag onto another step to move it
board-lane-drag = Drag onto another lane to move it
board-moment = Moment of truth
board-emotion-scale = Emotion scale
board-menu-rate = How ‘{ $title }’ felt…
board-added-card = Added “{ $text }”
board-edited-card = Edited a card
board-moved = Moved ‘{ $title }’
board-moved-cards = { $count ->
    [one] Moved a card
   *[other] Moved { $count } cards
}
board-deleted-cards = { $count ->
    [one] Deleted a card
   *[other] Deleted { $count } cards
}

## The emotion curves

board-curves = Emotion curves
# How many customers rated a step (n, as in statistics).
board-curve-count = n={ $count }
board-curve-segment = Rated by customers most like { $name }
board-curve-rate = Rate ‘{ $title }’

## A card

board-card-face-down = A note, hidden until it is revealed
board-card-face-down-meta = Hidden until revealed
board-card-owned-by = Owner: { $owner }
board-card-evidence = { $count ->
    [one] { $count } piece of evidence
   *[other] { $count } pieces of evidence
}
# After the count of evidence, for screen readers: the sentence saying what it is.
board-card-evidence-said = : { $summary }
board-card-dots = { $count ->
    [one] { $count } dot
   *[other] { $count } dots
}
board-card-text = Card text
board-card-kind = Kind
board-card-owner = Owner
board-card-metric = Metric
board-card-target = Target
board-card-status = Status
board-card-evidence-summary = Evidence: { $summary }
board-card-no-evidence = No evidence yet: pick cards, then { $key }.

## Picked cards

board-picked = { $count ->
    [one] { $count } card picked
   *[other] { $count } cards picked
}
board-picked-label = Picked cards
board-picked-link = Supports an opportunity…
board-picked-link-title = Link them as evidence for an opportunity ({ $key })
board-picked-delete = Delete
board-picked-delete-title = Delete them (Delete); Undo brings them back
board-picked-none = Pick none
board-picked-none-title = Escape does the same

## Whose journey

board-personas-title = The personas this board follows: the first is whose journey it is
board-personas-label = Whose journey
board-personas-none = No persona
board-personas-legend = Personas this board follows
board-personas-anti = (not served)
board-personas-first = · whose journey
board-personas-make-first = Make it theirs
# After ‘Make it theirs’, for screen readers.
board-personas-make-first-said = : { $name }’s journey
board-personas-no-personas = This workshop has no personas yet.
board-personas-full = { $count ->
    [one] A board follows at most { $count } persona.
   *[other] A board follows at most { $count } personas.
}

## Rating a step

board-rating-heading = How does ‘{ $title }’ feel?
board-rating-assumed = The team’s assumption
board-rating-assumed-note = the assumed curve
board-rating-desired = How we want it to feel
board-rating-desired-note = the desired curve
board-rating-customer-note = a customer
board-rating-not-yet = not yet
board-rating-whose = Whose feeling
board-rating-how = How it felt to { $name }
board-rating-key = Key { $key }
# The keys are shown apart, each in a box.
board-rating-keys = Keys: { $up } { $down } whose feeling, { $first } (delighted) to { $last } (upset) how it felt.
board-rating-moment = A moment of truth: this step makes or breaks the relationship
board-rating-clear = Clear { $name }’s rating
board-rated = Rated ‘{ $title }’
board-marked-moment = Marked ‘{ $title }’ a moment of truth
board-unmarked-moment = Unmarked ‘{ $title }’

## Evidence for an opportunity

board-supports-heading = Supports an opportunity
board-supports-none = This board has no opportunities yet. Write one in the Opportunities lane, then pick what supports it.
board-supports-evidence = The evidence
# A card given as evidence: its kind and the start of its text.
board-supports-card = { $kind }: “{ $text }”
board-supports-step = How customers rated ‘{ $title }’
board-supports-step-rated = ({ $count } rated)
board-supports-which = Which opportunity does it support?
board-supports-already = { $count } already
board-supports-link = Link as evidence
board-linked-evidence = { $count ->
    [one] Linked evidence to ‘{ $text }’
   *[other] Linked { $count } pieces of evidence to ‘{ $text }’
}
board-unlinked-evidence = Unlinked evidence from ‘{ $text }’

## The board's frame: stages, steps and lanes

board-frame-heading = The board’s frame
board-frame-stages = Stages and steps
board-frame-stage = Stage { $number }
board-frame-step = Step { $number } of ‘{ $stage }’
board-frame-lanes = Lanes
board-frame-lane = Lane { $number }
board-frame-earlier = Move ‘{ $title }’ earlier
board-frame-later = Move ‘{ $title }’ later
board-frame-up = Move ‘{ $title }’ up
board-frame-down = Move ‘{ $title }’ down
board-frame-delete = Delete
board-frame-delete-stage = Delete the stage and its cards?
board-frame-delete-step = Delete the step and its cards?
board-frame-delete-lane = Delete the lane and its cards?
board-frame-show = Show
board-frame-hide = Hide
board-frame-lane-kind = Kind of lane
board-frame-add-stage = + Stage
board-frame-add-step = + Step
board-frame-add-lane = + Lane
# The titles new stages, steps and lanes are given (then the board's own, to rename).
board-new-stage = New stage
board-new-step = New step
board-lane-actions = What they do
board-lane-touchpoints = Touchpoints and channels
board-lane-thoughts = What they think
board-lane-feelings = How they feel
board-lane-pain-points = Pain points
board-lane-opportunities = Opportunities
board-lane-frontstage = Frontstage
board-lane-backstage = Backstage
board-lane-support = Support processes
board-lane-custom = Notes
board-renamed = Renamed ‘{ $title }’
board-added = Added ‘{ $title }’
board-added-stage = Added a stage
board-added-step = Added a step
board-deleted = Deleted ‘{ $title }’
board-showed = Showed ‘{ $title }’
board-hid = Hid ‘{ $title }’

## Comparing the to-be journey with the as-is one

board-compare-heading = Compared with the as-is journey
board-compare-curves = Curves
board-compare-as-is = Rated as-is
board-compare-to-be = Rated to-be
board-compare-chart = The rated curves of both journeys; the table below gives every number
board-compare-caption = Each step, what became of it, and what customers rated
board-compare-step = Step
board-compare-fate = What became of it
board-compare-change = Measured change
board-compare-was = was “{ $title }”
# A rated step's mean: its feeling's emoji, the score, and how many rated.
board-compare-mean = { $emoji } { $score } (n={ $count })
board-compare-note = The measured change is the to-be rating minus the as-is rating, where customers rated both.
board-compare-comparing = Comparing…

## Dialogs' buttons (Cancel and Close are app.ftl's)

board-done = Done
