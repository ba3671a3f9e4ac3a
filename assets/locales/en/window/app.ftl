# The window as a whole: the language, the menu, the keyboard shortcuts.

language-label = Language
language-title = The language of Feltboard’s window; each workshop has its own for its PDF and its phones

## Said everywhere in the window

app-cancel = Cancel
app-close = Close
# The second press of a delete button that asks in place goes back instead of deleting.
app-keep = Keep
# Takes a notice at the foot of the window away.
app-dismiss = Dismiss
app-undo = Undo
app-nothing-to-undo = Nothing to undo.
app-nothing-to-redo = Nothing to redo.
# $change names what was undone or redone: "Deleted ‘Returns’".
app-undone = Undone: { $change }
app-redone = Redone: { $change }
app-imported = Imported ‘{ $title }’
app-file-unreadable = “{ $name }” could not be read.
# Feltboard's window could not reach its core; $detail is the technical reason, in English.
app-ipc-failed = Feltboard could not do that: { $detail }

## The problem screen: the store of workshops can't be used

app-problem-already-open = Feltboard is already open
app-problem-already-open-advice = Switch to the Feltboard window that is already open. To run a second one, start it with another data folder.
app-problem-cannot-open = Feltboard can’t open your workshops
app-problem-cannot-open-advice = Your workshops are untouched. Fix the problem above, then start Feltboard again. To start with an empty store instead, start it with another data folder (--data-dir).
app-problem-data-folder = Data folder
# Where the data folder is, when Feltboard could not even ask.
app-problem-data-folder-unknown = unknown

## Something went wrong inside Feltboard

app-trouble-heading = Something went wrong inside Feltboard
# $nothingLost is app-trouble-nothing-lost, shown in bold.
app-trouble-saved = { $nothingLost } every change was saved the moment you made it.
app-trouble-nothing-lost = Nothing is lost:
app-trouble-restart = If Feltboard stops answering, close it and open it again; your workshops will be as you left them.
# $folder is where the log is, shown as a path.
app-trouble-log = What happened is written in the log, in { $folder }, for whoever helps you.
app-trouble-carry-on = Carry on

## Help → Keyboard shortcuts

app-shortcuts-heading = Keyboard shortcuts
app-shortcuts-board = On a board
app-shortcuts-pick-cell = Pick a cell
app-shortcuts-first-last = First or last step
app-shortcuts-start-card = Start a card in the picked cell
app-shortcuts-edit-card = Edit the picked card
app-shortcuts-delete-cards = Delete the picked cards
app-shortcuts-pick-several = Pick several cards
app-shortcuts-let-go = Let go of the picked cards
app-shortcuts-next-stage = Next or previous stage, one stage at a time
app-shortcuts-move-board = Move the board around
# $key is the key ?, shown as a key.
app-shortcuts-room = In room mode, { $key } lists the keys for the projector.

## The keys' names, as printed on the keyboard

app-key-ctrl = Ctrl
app-key-alt = Alt
app-key-shift = Shift
app-key-home = Home
app-key-end = End
app-key-enter = Enter
app-key-delete = Delete
app-key-escape = Escape
app-key-page-up = Page Up
app-key-page-down = Page Down
app-key-any-letter = Any letter
app-key-ctrl-click = Ctrl+click
app-key-space-drag = Space+drag

## The menu bar: its menus' titles, with & before the letter that opens the menu with Alt,
## and each item's name where the screen gives it none of its own

menu-title-file = &File
menu-title-edit = &Edit
menu-title-view = &View
menu-title-room = &Room
menu-title-help = &Help
menu-new = New…
menu-import = Import a workshop file…
menu-export = Export…
menu-back = Back
menu-quit = Quit Feltboard
menu-undo = Undo
menu-redo = Redo
menu-find = Find…
menu-rate = How this step felt…
menu-supports = Supports an opportunity…
menu-zoomIn = Zoom in
menu-zoomOut = Zoom out
menu-fit = Fit the board
menu-focusView = One stage at a time
menu-room = Open the room
menu-roomMode = Room mode (projector)
menu-voting = Open voting
menu-shortcuts = Keyboard shortcuts

# The system's own items in the Edit and Help menus.
menu-system-cut = Cut
menu-system-copy = Copy
menu-system-paste = Paste
menu-system-select-all = Select all
menu-system-about = About Feltboard
