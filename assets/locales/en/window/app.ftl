# The window as a whole: the language, the menu, the keyboard shortcuts.

language-label = Language
language-title = The language of Feltboard’s window; each workshop has its own for its PDF and its phones
