#!/usr/bin/env python
"""Django's manage.py for a source checkout; the installed command is ``youthvoice manage``."""

import sys

from youthvoice.cli import main

if __name__ == "__main__":
    sys.exit(main([sys.argv[0], "manage", *sys.argv[1:]]))
