"""The headless `backprop-studio` subcommands: run, gradcheck, explain, export-code, train.

`main` (the parser, and how a command ends), one module per subcommand (`run`,
`gradcheck`, `explain`, `export_code`, `train`), each with `add_arguments` and `main`, and
`messages` (how every subcommand complains on stderr and writes JSON). `python -m core.cli`
runs them.

May import every other part of core; nothing imports it but the entry point. Never Qt.
"""
