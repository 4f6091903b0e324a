"""The headless `backprop-studio` subcommands: run, gradcheck, explain, export-code, train,
samples; and `--install-desktop-entry`.

`main` (the parser, and how a command ends), one module per subcommand (`run`,
`gradcheck`, `explain`, `export_code`, `train`, `samples`), each with `add_arguments` and
`main`, `desktop_entry` (the desktop entry and icon for the current user), and `messages`
(how every subcommand complains on stderr and writes JSON). `python -m core.cli` runs them.

May import every other part of core; nothing imports it but the entry point. Never Qt.
"""
