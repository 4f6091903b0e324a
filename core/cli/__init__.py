"""The headless `backprop-studio` subcommands: run, gradcheck, explain, export-code, train.

`main` (the parser, `run` and `gradcheck`), one module per other subcommand, and
`messages` (how every subcommand complains on stderr). `python -m core.cli` runs them.

May import every other part of core; nothing imports it but the entry point. Never Qt.
"""
