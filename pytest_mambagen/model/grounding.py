"""Grounded decoding: once a locator string is open, only spell what is on the screen.

Small state-space models copy exact strings from far back in a long prompt less
reliably than attention models. While the model writes
``get_by_label("...``, this processor allows only the tokens that continue (or
close) a string of the screen's inventory for that locator kind; elsewhere it
does nothing. ``mount("...`` is held to the case's screen path the same way.
Expected values (``to_have_text(...)``) are left to the model: they come from
the manual case.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from ..inventory import ARIA_ROLES, Inventory

_OPEN = re.compile(
    r"""(?:
        \.get_by_(?P<kind>label|text|test_id|placeholder|title|alt_text)\(\s*
      | \.get_by_role\(\s*(?P<rq>["'])[a-z]+(?P=rq)\s*,\s*name\s*=\s*(?P<role_name>)
      | \.get_by_role\(\s*(?P<role>)
      | \.filter\(\s*has(?:_not)?_text\s*=\s*(?P<filter>)
      | \bmount\(\s*(?P<mount>)
    )(?P<q>["'])(?P<partial>[^"'\\\n]*)$""",
    re.VERBOSE,
)
_TAIL = 160
_TYPED = re.compile(r"""\.(?:fill|type|press_sequentially|select_option)\(\s*(["'])([^"'\\\n]+)\1""")
_BOUNDARY = set(" \t:.,;!?()-/")


class TokenIndex:
    """Decoded text of every token, indexed for fast prefix queries. Built once per tokenizer."""

    def __init__(self, token_texts: Sequence[str]):
        self.texts = list(token_texts)
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.longer: dict[str, list[int]] = defaultdict(list)  # proper prefix -> tokens extending it
        for token_id, text in enumerate(self.texts):
            if not text or "\ufffd" in text:
                continue
            self.exact[text].append(token_id)
            for i in range(1, len(text)):
                self.longer[text[:i]].append(token_id)

    @classmethod
    def from_tokenizer(cls, tokenizer) -> TokenIndex:
        size = len(tokenizer)
        return cls([tokenizer.decode([i]) for i in range(size)])

    def continuing(self, rest: str) -> set[int]:
        """Tokens that spell a non-empty prefix of ``rest``, or all of it and then more."""
        ids: set[int] = set()
        for i in range(1, len(rest) + 1):
            ids.update(self.exact.get(rest[:i], ()))
        ids.update(self.longer.get(rest, ()))
        return ids


class GroundingConstraint:
    """Per-case allowed strings by locator kind; asks :meth:`allowed` at each step."""

    def __init__(self, index: TokenIndex, values: Mapping[str, Iterable[str]]):
        self.index = index
        self.values = {kind: sorted(set(v)) for kind, v in values.items()}
        self._cache: dict[tuple[str, str, str], frozenset[int] | None] = {}

    @classmethod
    def for_case(cls, index: TokenIndex, inventory: Inventory, mount_path: str) -> GroundingConstraint:
        values = {kind: inventory.strings_for(kind) for kind in ("label", "text", "placeholder", "title", "alt_text")}
        values["test_id"] = inventory.strings_for("test_id_wide")
        values["role_name"] = inventory.strings_for("role")
        values["role"] = sorted({el.role for el in inventory.elements if el.role in ARIA_ROLES} | {"alert", "status"})
        values["filter"] = inventory.strings_for("text")
        values["mount"] = [mount_path]
        return cls(index, values)

    def allowed(self, generated: str) -> frozenset[int] | None:
        """Token ids allowed next, or ``None`` when no locator string is open."""
        match = _OPEN.search(generated[-_TAIL:])
        if match is None:
            return None
        kind = next(k for k in ("role_name", "role", "filter", "mount") if match.group(k) is not None) \
            if match.group("kind") is None else match.group("kind")
        loose = kind in ("text", "label", "role_name", "filter")
        # What the test typed earlier is on the screen now, so it may be located too.
        typed = tuple(sorted({m.group(2) for m in _TYPED.finditer(generated)})) if loose else ()
        key = (kind, match.group("q"), match.group("partial"), typed)
        if key not in self._cache:
            self._cache[key] = self._compute(*key)
        return self._cache[key]

    def _compute(self, kind: str, quote: str, partial: str, typed: tuple[str, ...] = ()) -> frozenset[int] | None:
        ids: set[int] = set()
        loose = kind in ("text", "label", "role_name", "filter")
        for value in [*self.values.get(kind, ()), *typed]:
            if quote in value or "\\" in value or "\n" in value or not value.startswith(partial):
                continue
            ids |= self.index.continuing(value[len(partial):] + quote)
            if loose:
                # Playwright matches these by substring: closing at a word boundary is fine.
                for cut in range(len(partial) + 1, len(value)):
                    if value[cut] in _BOUNDARY and value[cut - 1] not in _BOUNDARY:
                        ids |= self.index.continuing(value[len(partial):cut] + quote)
        # Nothing on the screen fits: leave the model free (validation will judge).
        return frozenset(ids) if ids else None
