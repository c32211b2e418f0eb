"""The values a manual case and its screen supply: what a test may type and expect.

A generated test's strings must come from somewhere a QA engineer can point at.
This module lists those places, for grounded decoding (which holds the model's
value strings to them) and for the evaluation (which measures how many of a
reference test's strings the model copied):

* quoted spans of the case (``"Free"``, ``'Save draft'``, “curly quotes”),
* cells of its tables (``| Anna | 3 | $12.00 |``, Gherkin examples),
* atoms: amounts, numbers, percentages, e-mail addresses, codes and dates,
* segments: a line cut at the places where QA prose changes from instruction to
  value (``:``, ``->``, ``|``, quotes, brackets, `` - ``), without its numbering,
* the screen's static strings, and its templates filled only with values that the
  case or the screen's data rows supply (``"Remove {}"`` + "Wool socks", never
  + "Checkout").

Nothing here guesses a value that is not written somewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_QUOTED = re.compile(r"\"([^\"\n]{1,120})\"|“([^”\n]{1,120})”|‘([^’\n]{1,120})’|(?<![A-Za-z])'([^'\n]{1,120})'(?![A-Za-z])")
_ATOM = re.compile(
    r"""(?<![\w@.])(?:
        -?[$€£¥][ \u00a0]?\d(?:[\d,.]*\d)?(?:[ \u00a0]?(?:EUR|USD|GBP|CHF|JPY))?   # $1,234.50  € 12,50  -$7.80
      | -?\d(?:[\d,.]*\d)?[ \u00a0]?(?:%|€|£|EUR|USD|GBP|CHF|JPY|kg|km|h|min|items?)(?![\w])  # 12,50 €  20%  3 h
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                                   # e-mail
      | [A-Z][A-Z0-9]{1,}(?:-[A-Z0-9]+)+                               # INV-20417, SO-017
      | [A-Z]{2,}\d+[A-Z0-9]*                                          # SAVE10
      | \d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}                                # dates
      | \d{1,2}:\d{2}(?:[ ]?[AaPp][Mm])?                                # times
      | -?\d+(?:[.,]\d+)*                                              # plain numbers
    )(?![\w@])""",
    re.VERBOSE,
)
_SPLIT = re.compile(r"(?::\s|->|→|=>|\|| - | – | — |[()\[\]\"“”‘’;]|(?<=[.!?])\s)")
_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[-*•]|step\s*\d+[:.]?|scenario\s*\d*[:.]?)\s*", re.IGNORECASE)
_EDGE = " \t.,;:!?"


@dataclass
class CaseValues:
    """Every value a case (and its screen) supplies, by where it came from."""

    quoted: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    atoms: list[str] = field(default_factory=list)
    segments: list[str] = field(default_factory=list)
    screen: list[str] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)  # screen templates filled with supplied values

    def whole(self) -> list[str]:
        """Complete values (an expected text must be one of these)."""
        return list(dict.fromkeys(self.quoted + self.cells + self.atoms + self.segments + self.screen
                                  + self.filled))

    def fills(self) -> list[str]:
        """Short values that may fill a template's hole."""
        return list(dict.fromkeys(self.quoted + self.cells + self.atoms))


def from_case(manual: str) -> CaseValues:
    out = CaseValues()
    quoted: dict[str, None] = {}
    for m in _QUOTED.finditer(manual):
        value = next(g for g in m.groups() if g is not None).strip()
        if value:
            quoted.setdefault(value, None)
    out.quoted = list(quoted)
    cells: dict[str, None] = {}
    for line in manual.splitlines():
        if line.count("|") >= 2:
            for cell in line.strip().strip("|").split("|"):
                cell = cell.strip().strip('"').strip()
                if cell and not set(cell) <= set("-:= "):
                    cells.setdefault(cell, None)
    out.cells = list(cells)
    out.atoms = list(dict.fromkeys(a.strip() for a in (m.group(0) for m in _ATOM.finditer(manual)) if a.strip()))
    segments: dict[str, None] = {}
    for line in manual.splitlines():
        line = _NUMBERING.sub("", line)
        for piece in _SPLIT.split(line):
            piece = piece.strip()
            bare = piece.strip(_EDGE)
            if bare and len(piece) <= 120:
                segments.setdefault(bare, None)
                if piece.rstrip(" \t,;:") != bare:  # "It is permanent." as well as "It is permanent"
                    segments.setdefault(piece.rstrip(" \t,;:").lstrip(_EDGE), None)
    out.segments = list(segments)
    return out


def supplied(manual: str, screen_strings: Iterable[str] = (), templates: Sequence[str] = (),
             data_values: Iterable[str] = (), limit: int = 20000) -> CaseValues:
    """The case's values plus the screen's strings and its templates filled with supplied values."""
    values = from_case(manual)
    values.screen = list(dict.fromkeys(s for s in screen_strings if s.strip()))
    fills = list(dict.fromkeys([*values.fills(), *(v for v in data_values if v.strip() and len(v) <= 60)]))
    filled: dict[str, None] = {}
    for template in templates:
        holes = template.count("{}")
        if holes == 1:
            for fill in fills:
                filled.setdefault(template.replace("{}", fill), None)
        elif holes == 2:
            for a in fills[:80]:
                for b in fills[:80]:
                    filled.setdefault(template.replace("{}", a, 1).replace("{}", b, 1), None)
        if len(filled) >= limit:
            break
    values.filled = [f for f in filled if len(f) <= 160][:limit]
    return values


def words_of(text: str) -> list[str]:
    return re.findall(r"[\w$€£%@.+-]+", text)
