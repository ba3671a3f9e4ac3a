# The page customers and colleagues open on their phones, in the phone's language.

phone-title = Feltboard — join the workshop
phone-need-code-heading = Join the workshop
phone-need-code-hint = Type the code shown on the big screen.
phone-code-label = Room code
phone-continue = Continue
phone-welcome = Welcome
phone-welcome-explained = Add your own notes to the journey, say how each step felt, and vote. No account needed.
phone-joining = You are joining “{ $board }”, part of the workshop “{ $workshop }”.
phone-name-label = Your name, or any alias
phone-here-as = You are here as
phone-role-customer = A customer
phone-role-team = Part of the team
phone-most-like = Which of these is most like you?
phone-none-of-these = None of these
phone-quote-me = You may quote me by name in the report
phone-join = Join
phone-hello = Hi,
phone-known = You are already in this workshop: the facilitator added you, or you joined before. Not you?
phone-not-me = Join under another name
phone-tab-note = Add a note
phone-tab-rate = Rate steps
phone-tab-vote = Vote
phone-tab-vote-left = Vote ({ $left })
phone-at-which-step = At which step?
phone-what-is-it = What is it?
phone-your-note = Your note
phone-note-placeholder = What did you do, think or feel here?
phone-send-note = Send note
phone-rate-hint = How did each step feel? From upset to delighted.
phone-vote-closed = Voting opens when the facilitator says so.
phone-dots-left = { $left ->
    [one] { $left } dot left
   *[other] { $left } dots left
}

## What the room answers.
phone-note-sent = Sent. It reaches the board once the facilitator has read it.
phone-rating-saved = Thank you: your rating is on the curve.
phone-rating-taken-back = Rating taken back.
phone-dot-placed = Dot placed.
phone-dot-taken-back = Dot taken back.
phone-all-dots-placed = All your dots are on the board. Thank you!
phone-refused-no-code = The room's code is missing: scan the QR code or type the code on the screen.
phone-refused-wrong-code = That is not the code of the room that is open now.
phone-refused-slow-down = That was a lot at once: wait a few seconds and send it again.
phone-refused-not-in = This phone is not in the room yet (or the room was opened again): join first.
phone-refused-full = The room is full.
phone-refused-voting-closed = Voting is not open right now.
phone-refused-closed = The room has closed.
phone-refused-too-much = That is too much to send at once.
phone-refused-unreadable = The request could not be read.
phone-refused-unexpected = The request is not what the room expects.
phone-refused-nothing-here = There is nothing here.
phone-refused-trouble = Something went wrong on the facilitator's laptop; nothing was saved.

## The page's script.
phone-js-unreachable = The room cannot be reached. Are you on the same Wi-Fi as the facilitator?
phone-js-refused = The room said no ({ $status }).
phone-js-how-it-felt = How { $step } felt
phone-js-yours = yours
phone-js-add-dot = + dot
phone-js-take-dot = − dot
phone-js-take-dot-label = Take a dot back
