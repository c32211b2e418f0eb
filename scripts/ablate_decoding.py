"""Grounded decoding with and without its selector and row-shape rules, same model, same cases.

    python scripts/ablate_decoding.py {with,without} -- <mambagen eval arguments>

``without`` turns off only what the 2026-12-01 change added to
:mod:`pytest_mambagen.model.grounding` (classes and ids in ``locator("...")``, the
shape of ``parametrize`` rows); every other grounding rule stays on, so that the two
arms differ in that change alone. The eval itself is ``mambagen eval``.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("with", "without") or argv[1] != "--":
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    if argv[0] == "without":
        from pytest_mambagen.model import grounding

        grounding.GroundingConstraint._css = lambda self, quote, partial: None
        grounding._row_state = lambda generated: None
    from pytest_mambagen.cli import main as mambagen

    return mambagen(["eval", *argv[2:]])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
