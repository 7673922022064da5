"""``python -m sro_desktop`` is the same as the ``sro-desktop`` command."""

from .cli import main

raise SystemExit(main())
