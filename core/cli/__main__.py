"""`python -m core.cli run FILE`: the headless subcommands without the editor's entry point."""

import sys

from core.cli.main import main

sys.exit(main())
