# The room: phones joining a board, the queue of their notes, dot voting, and room mode on
# the projector.

## Opening and closing the room

room-label = The room
room-button = Room { $code }
room-open = Open the room
room-open-title = Let the people in the room add notes, rate and vote from their phones
room-move-here = Move the room here
room-close = Close the room
room-toggle-panel-title = Show or hide the room beside the board
room-back = Back to the room
room-is-open = The room is open
room-is-open-waiting = The room is open · { $count } waiting
room-closed = The room is closed: phones can no longer send anything.
room-closed-waiting = The room is closed. { $count ->
    [one] { $count } note waits
   *[other] { $count } notes wait
} for you; they are back in the queue when you open the room again.
# The number of notes from phones waiting to be approved.
room-waiting-count = { $count } waiting

## Joining

room-join = Join
room-join-code = Join code
# The option is shown as typed on the command line.
room-only-this-laptop = Only this laptop can join: Feltboard was started with { $option }.
room-no-network = This laptop is on no network, so phones can’t reach it. Join the room’s Wi-Fi, then close and open the room again.
room-no-phone = No phone has joined yet
room-phones = { $count ->
    [one] { $count } phone has joined
   *[other] { $count } phones have joined
}
room-phones-label = Phones in the room
# Someone who joined from more than one phone.
room-device-phones = { $name } ({ $count ->
    [one] { $count } phone
   *[other] { $count } phones
})
room-send-away = Send away
room-send-away-label = Send { $name }’s phone away
room-device-left = { $name }’s phone left the room
room-join-heading = Join from your phone
# The address is shown apart, in bold.
room-join-how = Scan the code, or open { $address } and type the code:
room-join-small-print = Same Wi-Fi as this laptop. No app, no account.

## The queue of notes from phones

room-queue = Waiting notes
room-waiting = Waiting
room-queue-empty = Notes sent from phones wait here until you approve them.
room-approve-all = Approve all
room-note-from = Note from { $name }
room-note-from-someone = Note from a participant
room-note-someone = Someone
room-note-customer = { $name } · customer
# Where a note goes when its step or lane is no longer on the board.
room-note-a-step = a step
room-note-a-lane = a lane
room-note-edit-label = Edit the note
room-approve = Approve
room-approve-edited = Approve edited
room-edit = Edit
room-reject = Reject
room-approved = Approved “{ $text }”
room-approved-notes = { $count ->
    [one] Approved { $count } note
   *[other] Approved { $count } notes
}
room-rejected = Rejected “{ $text }”

## Dot voting

room-dot-voting = Dot voting
room-voting-open = Voting is open: { $budget ->
    [one] { $budget } dot each.
   *[other] { $budget } dots each.
}
room-dots-per-person = Dots per person
room-open-voting = Open voting
room-close-voting = Close voting
room-open-first = Open the room first, so phones can vote.

## Room mode, on the projector

room-mode = Room mode
room-mode-title = Full screen for the projector ({ $key })
room-silent-writing = Silent writing
room-silent-writing-on = Silent writing: new notes stay face down until you reveal them ({ $key }).
room-notes-revealed = Notes revealed.
room-mode-voting = Voting · { $budget ->
    [one] { $budget } dot each
   *[other] { $budget } dots each
} · { $placed } placed
room-dots-revealed = Dots revealed
room-timer = Timer
room-time-up = Time’s up
# T is the key that starts the timer.
room-timer-idle = T · timer
# The keys, each letter the key itself (A, T, W, V, R, J); keep them as they are.
room-mode-keys-hint = ← → stage (on the whole board: pan) · ↑ ↓ scroll · A whole board · T timer · W silent writing · V voting · R reveal dots · J join · ? keys · Esc leave
room-keys = Keys
room-key-right = Right
room-key-left = Left
room-key-down = Down
room-key-up = Up
room-key-escape = Esc
room-key-next-stage = Next stage (on the whole journey: pan right)
room-key-previous-stage = Previous stage (on the whole journey: pan left)
room-key-scroll-down = Scroll down the lanes
room-key-scroll-up = Scroll up the lanes
room-key-whole-or-one = Whole board / one stage
room-key-timer = Start or pause the timer
room-key-minute-more = One minute more
room-key-minute-less = One minute less
room-key-silent-writing = Silent writing on / reveal
room-key-voting = Open or close voting
room-key-reveal = Reveal or hide the dots
room-key-join = Show how to join
room-key-keys = These keys
room-key-leave = Leave room mode

## Which network the room is on

# A network of the laptop's, as the room panel names it: its kind and the address phones open.
room-network = { $kind ->
    [wifi] Wi-Fi
    [cable] Cable
    [vpn] VPN
    [virtual] Virtual network
   *[other] Network
} · { $address }
room-on-network = On { $network }
room-network-pick = Network
room-network-pick-title = The network the phones in the room are on
room-only-vpn = The room is on this laptop alone: its only networks are a VPN or virtual ones, which phones in the room can’t reach. Pick one below if they can.
room-network-gone = This laptop has left { $address }, so phones can’t reach the room there. Pick the network they are on.
room-moved = The room is now on { $network }: phones scan the new code and join again, keeping their dots.
room-cant-join = Phones can’t join?
room-cant-join-same-network = The phones must be on the same network as this laptop: the same Wi-Fi, not mobile data.
room-cant-join-guest = Guest Wi-Fi often keeps devices apart (client isolation): then no phone can reach the laptop. Use another network, or the laptop’s own hotspot.
room-cant-join-firewall = If the system asks whether Feltboard may accept connections, allow it on private networks.
