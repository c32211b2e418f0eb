"""``python -m pytest_mambagen.harness SCREEN.jsx [PROPS_JSON]``: mount a screen and print its text."""

from . import _main

raise SystemExit(_main())
