"""``python -m pipeline`` runs the ``vanban`` command line."""

import sys

from .cli import main

sys.exit(main())
