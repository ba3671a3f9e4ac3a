# What went wrong, as the window, the phones and feltboard-cli say it: the core's errors
# (error-*), the fields and things they name (field-*, thing-*, items-*), and the reasons and
# advice they give (reason-*, advice-*, found-*, wanted-*).
#
# A sentence naming a field or a thing agrees with it where a language needs that: the name
# gives its form (.form = feminine, plural, feminine-plural, neuter, elided…), and the sentence
# gives each form that reads differently as an attribute of that name (.feminine = …); a form
# a sentence lacks is said as its value, a plural one as its .plural first. English needs none.

## The errors.

error-blank = { $field } can't be empty.
error-too-long = { $field } is too long: { $length } characters, at most { $max } fit.
error-invalid = { $field } is not valid: { $reason }
error-file-refused = The workshop file can't be imported: { $reason }. Nothing was imported; { $advice }.
# $place is where in the file, as a path like boards[0].cards[12].text.
error-file-refused-at = The workshop file can't be imported (at { $place }): { $reason }. Nothing was imported; { $advice }.
error-not-found = That { $entity } no longer exists; it may have been deleted.
error-queue-full-yours = You have { $max } notes waiting for the facilitator: send more once they have read them.
error-queue-full = The facilitator has { $max } notes to read: send yours in a moment.
error-no-dots-left = All { $budget } dots are spent.
error-already-open = Feltboard is already open on the data folder { $path }. Use that window, or close it first.
error-edited-migration = This store was made with a different schema migration { $number } than this Feltboard's; it was left as it is. A shipped migration must never be edited.
error-no-store = There is no Feltboard data in { $path }.
error-store-needs-update = The store in { $path } was made by an older Feltboard. Open Feltboard once to bring it up to date.
error-data-folder-not-writable = Feltboard can't write to the data folder { $path }: { $reason }
error-not-a-database = { $path } is not a Feltboard database, or it is damaged. It was left exactly as it is; move it aside to start afresh, or restore it from a backup.
error-newer-store = { $path } was written by a newer Feltboard (store version { $found }; this one knows up to { $known }). Update Feltboard to open it; nothing was changed.
error-disk-full = The disk is full, so the last change could not be saved. Free some space and try again.
error-busy = Another program is holding the database; the change was not saved. Try again in a moment.
error-store-file-as-target = { $path } is where Feltboard keeps its workshops. Save under another name or in another folder; nothing was written.
error-not-read = { $what } can't be used: { $reason }.
error-not-written = { $path } could not be written: { $reason }. Nothing was changed there.
error-too-many = { $count } { $items } are too many: at most { $max } fit.
# $problem is the database's own words.
error-database = The database reported an error: { $problem }
# $problem is the system's own words.
error-io = A file could not be read or written: { $problem }

## The window's and the room's own failures.

error-room-closed = The room is closed; open it first.
error-room-network-gone = This laptop is no longer on the network at { $address }; pick another.
# $problem is the system's own words.
error-room-not-listening = The room could not start listening for phones: { $problem }.
# $problem is the system's own words.
error-export-stopped = The export stopped unexpectedly: { $problem }
# $problem is the window library's own words.
error-window-trouble = The window could not do that: { $problem }
# $problem is the drawing library's own words.
error-pdf-not-made = The PDF could not be made: { $problem }
error-json-not-written = The workshop could not be written as JSON: { $problem }

## The fields a refused text or choice was typed in, as the subject of a sentence.

field-title = The title
field-question = The question
field-date = The date
field-place = The place
field-facilitator = The facilitator
field-notes = The notes
field-name = The name
field-colour = The colour
field-avatar-colour = The avatar colour
field-role = The role
field-quote = The quote
field-story = The story
field-sources = The sources
# Why the team chooses not to serve an anti-persona.
field-reason = The reason
field-goal = A goal
field-need = A need
field-pain-point = A pain point
field-behaviour = A behaviour
field-channel = A channel
field-feeling = A feeling
field-says = What they say
field-thinks = What they think
field-does = What they do
field-feels = What they feel
field-portrait = The portrait
# The persona a participant is most like, as the facilitator chose it.
field-their-persona = Who they are most like
# The persona a phone's owner is most like, as they chose it when joining.
field-your-persona = Who you are most like
field-board-title = The board's title
field-scenario = The scenario
field-expectations = The expectations
field-board-personas = The board's personas
field-card-text = The card's text
field-owner = The owner
field-metric = The metric
field-target = The target
field-card = The card
field-cell = The cell
field-stage-title = The stage's title
field-step-title = The step's title
field-lane-title = The lane's title
field-step = The step
field-emotion-score = The emotion score
field-curve = The curve
field-evidence = The evidence
field-comparison = The comparison
field-template = The template
field-sample-workshop = The sample workshop
field-note = The note
# A dot a phone puts on a card.
field-vote = The vote
# A place in a list (an order key the window sends).
field-position = position
# A value the window asks Feltboard to remember between starts (its language).
field-remembered = What to remember
field-workshop-file = The workshop file

## A persona's lists, as counted: "51 goals are too many".

items-goals = goals
items-needs = needs
items-pain-points = pain points
items-behaviours = behaviours
items-channels = channels
items-feelings = feelings
items-says = things they say
items-thinks = things they think
items-does = things they do
items-feels = things they feel

## The things in a workshop, as a sentence names them: "That board no longer exists".

thing-workshop = workshop
thing-participant = participant
thing-persona = persona
thing-board = board
thing-stage = stage
thing-step = step
thing-lane = lane
thing-card = card
# A note a phone sent, waiting for the facilitator.
thing-note = note
thing-dot = dot
thing-cell = cell
thing-template = template

## Why a value was refused, after "… is not valid: ".

# $typed is the date as typed, in quotes.
reason-not-a-date = { $typed } is not a date; write it like 2026-11-22 or 22 November 2026
reason-date-read-two-ways = { $typed } could be read two ways; write it like 2026-11-22 or 22 November 2026
reason-not-a-day = { $typed } is not a day of the calendar; write it like 2026-11-22 or 22 November 2026
reason-not-a-colour = { $typed } is not a colour written like #3a7bd5
reason-neighbours-out-of-order = the two neighbours are not in order
reason-not-an-order-key = { $key } is not an order key
reason-not-votable = dots go on pain points, ideas and opportunities only
reason-not-this-boards-persona = that is not one of this board's personas
reason-someone-elses-name = “{ $name }” is how the board names someone else: give your own name or an alias
reason-persona-of-another-workshop = that persona belongs to another workshop
reason-score-out-of-range = { $score } is outside −2 (upset) to +2 (delighted)
reason-rated-curve = the rated curve holds the customers' own ratings
reason-cards-stay-on-their-board = cards move within their own board
reason-cell-across-boards = its step and lane are on different boards
reason-not-a-to-be-journey = this board was not started from an as-is journey
reason-as-is-board-gone = the as-is board it started from is no longer there
reason-too-many-board-personas = a board follows at most { $max } personas
reason-personas-of-another-workshop = a board follows personas of its own workshop
reason-evidence-for-opportunities = only an opportunity has evidence; pick an opportunity's card first
reason-own-evidence = an opportunity cannot be its own evidence
reason-evidence-from-its-board = evidence comes from the opportunity's own board
reason-steps-stay-on-their-board = a step can only move within its own board
reason-only-step = it is the stage's only step; delete the stage instead
reason-too-long-to-remember = it is longer than { $max } bytes
# $size is in megabytes, with one decimal.
reason-portrait-too-large = the file is { $size } MB; pick an image of at most { $max } MB.
reason-portrait-not-an-image = the file is not a PNG, JPEG or WebP image.
# $problem is the image library's own words.
reason-portrait-unreadable = the image could not be read ({ $problem }).
reason-portrait-too-many-pixels = the image is { $width } × { $height } pixels; pick one of at most { $max } million pixels.
reason-portrait-not-saved = it could not be saved ({ $problem }).
reason-portrait-not-base64 = it is damaged: its data is not base64, the text a picture is written as
reason-portrait-not-whole = the file did not arrive whole. Pick it again.
# The built-in sample workshop and board templates: a mistake in Feltboard itself.
reason-sample-unknown-persona = { $participant } is most like an unknown persona, { $persona }
reason-template-unreadable = { $template }: { $problem }
reason-template-unknown-persona = it names an unknown persona, { $name }
reason-template-unknown-as-is-board = it names an unknown as-is board, { $name }
reason-template-unknown-participant = it names an unknown participant, { $name }
reason-template-unknown-as-is-step = it names an unknown as-is step, { $name }
reason-template-unknown-lane = it names an unknown lane, { $name }
reason-template-not-to-be = the step { $step } says what it was, but the board is not a to-be journey (toBeOf)
# $rule is reason-not-votable.
reason-template-dots-not-votable = the card { $card } has dots; { $rule }
reason-template-evidence-of-no-opportunity = the card { $card } names evidence, but only an opportunity has evidence
reason-template-evidence-not-on-board = the opportunity { $card } names evidence that is not on its board: { $name }

## Why a file can't be read or written, after "… can't be used: " and "… could not be written: ".

reason-file-too-large = it is { $size } MB; at most { $max } MB can be read
reason-path-is-a-folder = { $path } is a folder, not a file
reason-path-is-a-device = { $path } is a device or a pipe, not a file
reason-path-too-large = { $path } is { $size } MB; at most { $max } MB can be read
# $why is reason-no-such-file, reason-may-not-read, or the system's own words.
reason-path-unreadable = { $path } can't be read: { $why }
reason-no-such-file = there is no such file
reason-may-not-read = this user may not read it
reason-names-a-folder = it names a folder, not a file
# $problem is the system's own words.
reason-folder-unusable = its folder can't be used ({ $problem })
reason-no-home-folder = this system has no home folder; set { $variable } or pass { $flag }

## Why a workshop file is refused, after "The workshop file can't be imported: ".

reason-file-not-a-workshop-file = it is not a Feltboard workshop file
reason-file-empty = it is empty
reason-file-no-version = it does not say which version of the format it is
reason-file-newer = it was made by a newer Feltboard (file version { $version }; this one reads up to { $known })
reason-file-unknown-version = { $version } is not a version of the format Feltboard has written
reason-file-cut-short = it stops in the middle, at line { $line }, column { $column }: it may have been cut short while copying
reason-file-not-json = it is damaged at line { $line }, column { $column }: that is not JSON
# $field is a name the file uses, such as stepId.
reason-file-missing = “{ $field }” is missing
reason-file-given-twice = “{ $field }” is given twice
# $choices are the words Feltboard writes there, such as "customer, team, stakeholder".
reason-file-not-one-of = “{ $found }” is not one of: { $choices }
# $found is a found-* message (or the value itself); $wanted a wanted-* message.
reason-file-holds = it holds { $found } where { $wanted } belongs
reason-file-unexpected-value = this value is not what Feltboard writes here
# $kind is a thing-* message.
reason-file-id-twice = the { $kind } id “{ $id }” is used twice; each { $kind } needs its own
reason-file-refers-to-missing = it refers to a { $kind } the file does not hold (“{ $id }”)
reason-file-rated-twice = it rates the same step on the same curve as ratings[{ $first }]; a step holds one point a curve, and one rating a person
# $kind is the card's kind as the file writes it: note or quote. $rule is reason-not-votable.
reason-file-dot-on = it puts a dot on a { $kind ->
    [quote] quote
   *[note] note
}; { $rule }
reason-file-evidence-for-opportunities = only an opportunity has evidence
reason-file-card-or-step = it names a card or a step, exactly one of the two

# What the file holds where it should not; $value is as the file writes it.
found-text = the text { $value }
found-integer = integer { $value }
found-decimal = floating point { $value }
found-boolean = boolean { $value }
found-object = an object
found-list = a list
found-null = null

# What belongs there instead.
wanted-score = a whole number from -2 to 2
wanted-count = a whole number, 0 or more
wanted-text = text
wanted-boolean = true or false
wanted-list = a list [ … ]
wanted-object = an object {"{"} … {"}"}
wanted-word = one of the words Feltboard writes
wanted-other = something else

## What to do about a refused workshop file, after "Nothing was imported; ".

advice-export-again = export it again from the Feltboard it came from, or correct it at that place
advice-choose-a-workshop-file = choose a file that Feltboard exported as a workshop file
advice-update-feltboard = update Feltboard to import it
