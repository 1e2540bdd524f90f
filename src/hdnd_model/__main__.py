"""``python -m hdnd_model``: the ``hdnd`` command."""

import sys

from hdnd_model.cli import main

sys.exit(main())
