"""Grounded decoding: once a string is open in a locator or an expectation, spell only what is there.

Small state-space models copy exact strings from far back in a long prompt less
reliably than attention models. While the model writes a string argument, this
processor allows only the tokens that continue (or close) an allowed string;
elsewhere it does nothing (the model writes every token; this only narrows the
choice inside a string):

* locators (``get_by_label("...``, ``get_by_role("button", name="...``, ...):
  strings of the screen's inventory, by kind; a role's name is held to the names
  of elements with that role when the screen has any; templates of the screen
  (``"Remove {}"``) only filled with values the case or the screen's data rows
  supply (:mod:`pytest_mambagen.values`);
* ``mount("...``: the case's screen path;
* expected values (``to_have_text("...``, ``to_have_value("...``): one whole value the
  case or the screen supplies (a quoted span, a table cell, an amount, a segment of
  a step, a screen string, a filled template), never a fragment of one;
  ``to_contain_text`` may stop at a word boundary inside such a value;
* typed values (``fill("...``, ...), ``select_option``, the rows of a
  ``parametrize`` table and the values of ``mount(..., props={...})``: a whole
  value, or any run of words of the case or of the screen's strings;
* CSS classes and ids in ``locator("...``: once ``.`` or ``#`` starts one, a class
  or id the screen spells (tags, attributes and combinators stay free);
* the shape of a ``parametrize`` row: after a string value closes, a row that has
  as many values as the decorator names argument names closes, and a shorter one
  goes on with a comma (a small model otherwise repeats a value until it runs out
  of tokens).

When nothing allowed fits (a string the static inventory cannot know), the
model is left free and validation judges the result.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from ..inventory import ARIA_ROLES, Inventory
from ..values import supplied

_OPEN = re.compile(
    r"""(?:
        \.get_by_(?P<kind>label|text|test_id|placeholder|title|alt_text)\(\s*
      | \.get_by_role\(\s*(?P<rq>["'])(?P<rolev>[a-z]+)(?P=rq)\s*,\s*name\s*=\s*(?P<role_name>)
      | \.get_by_role\(\s*(?P<role>)
      | \.filter\(\s*has(?:_not)?_text\s*=\s*(?P<filter>)
      | \bmount\(\s*(?P<mount>)
      | \.(?:to_have_text|to_have_value|to_have_accessible_name|not_to_have_text|not_to_have_value)\(\s*(?P<expect>)
      | \.(?:to_contain_text|not_to_contain_text)\(\s*(?P<contain>)
      | \.(?:fill|type|press_sequentially)\(\s*(?P<typed>)
      | \.select_option\(\s*(?P<select>)
      | \.locator\(\s*(?P<css>)
    )(?P<q>["'])(?P<partial>[^"'\\\n]*)$""",
    re.VERBOSE,
)
_GROUPS = ("role_name", "role", "filter", "mount", "expect", "contain", "typed", "select", "css")
_TAIL = 200
_TYPED = re.compile(r"""\.(?:fill|type|press_sequentially|select_option)\(\s*(["'])([^"'\\\n]+)\1""")
_BOUNDARY = set(" \t:.,;!?()-/\n\"'")
#: After a string argument closes, the call goes on with ")" or ", ".
_AFTER_CLOSE = (")", ",")
#: Kinds Playwright matches by substring: closing at a word boundary inside an allowed string is fine.
_LOOSE = ("text", "label", "role_name", "filter", "contain")
#: Kinds whose value may also be any run of words of the case (what a user types).
_FREE_RUNS = ("typed", "select", "data")
_DATA_START = re.compile(r"@pytest\.mark\.parametrize\(|\bprops\s*=\s*")
_CSS_OPEN = re.compile(r"([.#])([A-Za-z0-9_-]*)$")
#: What may follow a whole class or id inside a selector.
_CSS_NEXT = " .#:[>,+~"


class TokenIndex:
    """Decoded text of every token, indexed for fast prefix queries. Built once per tokenizer."""

    def __init__(self, token_texts: Sequence[str]):
        self.texts = list(token_texts)
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.longer: dict[str, list[int]] = defaultdict(list)  # proper prefix -> tokens extending it
        self.max_len = 1
        for token_id, text in enumerate(self.texts):
            if not text or "\ufffd" in text:
                continue
            self.exact[text].append(token_id)
            self.max_len = max(self.max_len, len(text))
            for i in range(1, len(text)):
                self.longer[text[:i]].append(token_id)
        self._closers: dict[str, frozenset[int]] = {}
        self._leading: dict[str, frozenset[int]] = {}

    @classmethod
    def from_tokenizer(cls, tokenizer) -> TokenIndex:
        size = len(tokenizer)
        return cls([tokenizer.decode([i]) for i in range(size)])

    def prefixes_of(self, rest: str) -> set[int]:
        """Tokens that spell a non-empty prefix of ``rest``."""
        ids: set[int] = set()
        for i in range(1, min(len(rest), self.max_len) + 1):
            ids.update(self.exact.get(rest[:i], ()))
        return ids

    def closers(self, quote: str) -> frozenset[int]:
        """Tokens that close a string with ``quote`` and go on as a call does: ``"``, ``")``, ``", ``..."""
        if quote not in self._closers:
            ids = set(self.exact.get(quote, ()))
            for token_id in self.longer.get(quote, ()):
                if self.texts[token_id][1:2] in _AFTER_CLOSE:
                    ids.add(token_id)
            self._closers[quote] = frozenset(ids)
        return self._closers[quote]

    def leading(self, chars: str) -> frozenset[int]:
        """Tokens whose text starts with one of ``chars``."""
        if chars not in self._leading:
            self._leading[chars] = frozenset(i for i, t in enumerate(self.texts) if t[:1] in chars and "\ufffd" not in t)
        return self._leading[chars]

    def continuing(self, rest: str, quote: str) -> set[int]:
        """Tokens that spell part of ``rest`` (which ends just before the closing quote), or all of it and close."""
        ids = self.prefixes_of(rest)
        if rest:
            ids |= self.closing(rest, quote)
        else:
            ids |= self.closers(quote)
        return ids

    def closing(self, text: str, quote: str) -> set[int]:
        """Tokens that spell all of ``text`` and then close the string: ``."`` or ``.")`` after ``permanent``."""
        ids: set[int] = set()
        for token_id in self.longer.get(text, ()):
            tail = self.texts[token_id][len(text):]
            if tail[:1] == quote and tail[1:2] in ("", *_AFTER_CLOSE):
                ids.add(token_id)
        return ids


class SortedPool:
    """Strings sorted for prefix queries (bisect), so large pools stay cheap per step."""

    def __init__(self, values: Iterable[str]):
        self.values = sorted(set(values))

    def starting_with(self, prefix: str) -> list[str]:
        lo = bisect.bisect_left(self.values, prefix)
        hi = bisect.bisect_left(self.values, prefix + "\U0010ffff")
        return self.values[lo:hi]


class GroundingConstraint:
    """Per-case allowed strings by kind; asks :meth:`allowed` at each step."""

    def __init__(self, index: TokenIndex, values: Mapping[str, Iterable[str]],
                 roles: Mapping[str, Iterable[str]] | None = None, copy_sources: Iterable[str] = ()):
        self.index = index
        self.values = {kind: SortedPool(v) for kind, v in values.items()}
        self.roles = {role: SortedPool(v) for role, v in (roles or {}).items()}
        self.source = "\n".join(s for s in copy_sources if s)
        self._cache: dict[tuple, frozenset[int] | None] = {}

    @classmethod
    def for_case(cls, index: TokenIndex, inventory: Inventory, mount_path: str, manual: str = "") -> GroundingConstraint:
        supplied_values = supplied(manual, inventory.all_strings(), inventory.templates, inventory.data_values)
        loose_fills = set(inventory.expansions())  # any literal in any hole: too loose for decoding
        filled = supplied_values.filled

        def kind_pool(kind: str) -> list[str]:
            return [s for s in inventory.strings_for(kind) if s not in loose_fills] + filled

        values = {kind: kind_pool(kind) for kind in ("label", "text")}
        values.update({kind: inventory.strings_for(kind) for kind in ("placeholder", "title", "alt_text")})
        values["test_id"] = inventory.strings_for("test_id_wide")
        values["role_name"] = kind_pool("role")
        values["role"] = sorted({el.role for el in inventory.elements if el.role in ARIA_ROLES} | {"alert", "status"})
        values["filter"] = kind_pool("text")
        values["mount"] = [mount_path]
        values["css."] = inventory.class_names()
        values["css#"] = inventory.dom_ids()
        whole = supplied_values.whole()
        values["expect"] = whole
        values["contain"] = whole
        values["typed"] = whole
        values["select"] = whole
        values["data"] = whole
        roles: dict[str, list[str]] = {}
        for el in inventory.elements:
            if el.role and el.names:
                roles.setdefault(el.role, []).extend(el.names)
        roles = {role: names + filled for role, names in roles.items()}
        sources = [*manual.splitlines(), *inventory.all_strings(), *filled]
        return cls(index, values, roles, sources)

    def allowed(self, generated: str) -> frozenset[int] | None:
        """Token ids allowed next, or ``None`` when no constrained string is open."""
        tail = generated[-_TAIL:]
        match = _OPEN.search(tail)
        if match is not None:
            kind = match.group("kind") or next(k for k in _GROUPS if match.group(k) is not None)
            role = match.group("rolev") if kind == "role_name" else None
            quote, partial = match.group("q"), match.group("partial")
        else:
            data = _data_string(generated)
            if data is None:
                row = _row_state(generated)
                return None if row is None else self.index.leading(")" if row[1] else ",")
            kind, role, (quote, partial) = "data", None, data
        if kind == "css":
            key = ("css", quote, partial)
            if key not in self._cache:
                self._cache[key] = self._css(quote, partial)
            return self._cache[key]
        # What the test typed earlier is on the screen now, so it may be located too.
        typed = tuple(sorted({m.group(2) for m in _TYPED.finditer(generated)})) if kind in _LOOSE else ()
        key = (kind, role, quote, partial, typed)
        if key not in self._cache:
            ids = self._compute(kind, role, quote, partial, typed)
            if kind in _FREE_RUNS:
                runs = self._copy(quote, partial)
                ids = (ids or frozenset()) | (runs or frozenset()) or None
            self._cache[key] = ids
        ids = self._cache[key]
        if kind == "data" and ids is not None:
            row = _row_state(generated)
            if row is not None:  # a token that closes the string may not also break the row's shape
                shaped = ("row", key, row[1])
                if shaped not in self._cache:
                    self._cache[shaped] = self._row_closers(quote, full=row[1], ids=ids)
                ids = self._cache[shaped]
        return ids

    def _row_closers(self, quote: str, full: bool, ids: frozenset[int]) -> frozenset[int] | None:
        wrong = "," if full else ")"
        texts = self.index.texts
        kept = frozenset(t for t in ids if (at := texts[t].find(quote)) == -1 or texts[t][at + 1:at + 2] != wrong)
        return kept or None

    def _compute(self, kind: str, role: str | None, quote: str, partial: str,
                 typed: tuple[str, ...]) -> frozenset[int] | None:
        ids: set[int] = set()
        pool = self.values.get(kind)
        if role is not None and role in self.roles and self.roles[role].values:
            pool = self.roles[role]  # names of elements that have this role
        candidates = [*(pool.starting_with(partial) if pool is not None else ()),
                      *(t for t in typed if t.startswith(partial))]
        for value in candidates:
            if quote in value or "\\" in value or "\n" in value:
                continue
            ids |= self.index.continuing(value[len(partial):], quote)
            if kind in _LOOSE:
                for cut in range(len(partial) + 1, len(value)):
                    if value[cut] in _BOUNDARY and value[cut - 1] not in _BOUNDARY:
                        ids |= self.index.continuing(value[len(partial):cut], quote)
        return frozenset(ids) if ids else None

    def _css(self, quote: str, partial: str) -> frozenset[int] | None:
        """Inside ``locator("...``: a class or id that ``.`` or ``#`` opened is one the screen has."""
        match = _CSS_OPEN.search(partial)
        if match is None or partial.count("[") > partial.count("]"):
            return None  # a tag, an attribute or a combinator: free
        sign, ident = match.groups()
        pool = self.values.get("css" + sign)
        names = pool.starting_with(ident) if pool is not None else []
        if not names:
            return None
        ids: set[int] = set()
        for name in names:
            rest = name[len(ident):]
            ids |= self.index.prefixes_of(rest)
            ids |= self.index.closing(rest, quote) if rest else self.index.closers(quote)
            if rest:
                ids.update(t for t in self.index.longer.get(rest, ()) if self.index.texts[t][len(rest)] in _CSS_NEXT)
            else:
                ids |= self.index.leading(_CSS_NEXT)
        return frozenset(ids)

    def _copy(self, quote: str, partial: str) -> frozenset[int] | None:
        """Continue ``partial`` along any place it occurs in the case or on the screen."""
        source, index = self.source, self.index
        if not source:
            return None
        if partial:
            starts, at = [], source.find(partial)
            while at != -1 and len(starts) < 2000:
                starts.append(at)
                at = source.find(partial, at + 1)
        else:
            starts = [i for i in range(len(source)) if (i == 0 or source[i - 1] in _BOUNDARY)
                      and source[i] not in _BOUNDARY][:4000]
        ids: set[int] = set()
        can_close = False
        for start in starts:
            if start and source[start - 1] not in _BOUNDARY and not partial:
                continue
            end = start + len(partial)
            line_end = source.find("\n", end)
            rest = source[end: line_end if line_end != -1 else len(source)][: index.max_len]
            rest = rest.split(quote, 1)[0]  # the string cannot hold its own quote
            if rest:
                ids |= index.prefixes_of(rest)
                # A token may also finish the string and close it in one piece (a sentence's last
                # word and its full stop, then the quote): without these the model is pushed to
                # close early, one character short.
                for cut in range(1, len(rest) + 1):
                    if end + cut >= len(source) or source[end + cut] in _BOUNDARY:
                        ids |= index.closing(rest[:cut], quote)
            if partial and (end >= len(source) or source[end] in _BOUNDARY):
                can_close = True
        if can_close:
            ids |= index.closers(quote)
        return frozenset(ids) if ids else None


def _literal_chars(seg: str, i: int):
    """Walk a Python literal from ``seg[i]``: ``(i, ch, kind)`` for each character outside strings
    (``"code"``) and for each quote that opens or closes a one-line string (``"open"``, ``"close"``);
    the characters inside strings are skipped, escapes included. A newline inside a string ends the
    walk with ``"broken"``: what follows is not a literal any more."""
    quote = None
    while i < len(seg):
        ch = seg[i]
        if quote is not None:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = None
                yield i, ch, "close"
            elif ch == "\n":
                yield i, ch, "broken"
                return
        elif ch in "\"'":
            quote = ch
            yield i, ch, "open"
        else:
            yield i, ch, "code"
        i += 1


def _data_string(generated: str) -> tuple[str, str] | None:
    """The open string of a ``parametrize`` row or a ``props={...}`` value, as ``(quote, partial)``.

    The argument names of ``parametrize`` and the keys of ``props`` are code, not values:
    they stay free.
    """
    starts = list(_DATA_START.finditer(generated[-2000:]))
    if not starts:
        return None
    head = starts[-1]
    seg = generated[-2000:][head.start():]
    is_props = not seg.startswith("@")
    depth, quote, start, strings = (0 if is_props else 1), None, -1, 0  # parametrize: its own parenthesis
    for i, ch, kind in _literal_chars(seg, head.end() - head.start()):
        if kind == "broken":
            return None
        if kind == "open":
            quote, start = ch, i
        elif kind == "close":
            quote, strings = None, strings + 1
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth <= 0:
                return None
        elif is_props and depth == 0 and not ch.isspace():
            return None  # props= followed by something that is not a literal dict
    if quote is None:
        return None
    if not is_props and strings == 0:
        return None  # the argument names
    if is_props and seg[:start].rstrip()[-1:] != ":":
        return None  # a key
    return quote, seg[start + 1:]


_ROW_SCAN = 4000


def _row_state(generated: str) -> tuple[bool, bool] | None:
    """Where decoding stands in a plain tuple row of a ``parametrize`` table: ``(in_string, full)``.

    ``in_string``: a string value is open; else a string value has just closed.
    ``full``: the value open or just closed is the row's last (as many values as the
    decorator names arguments). ``None`` anywhere else: rows that are not plain tuples,
    tables whose argument names are not one literal string, or after anything but a
    string value, so that the model stays free.
    """
    tail = generated[-_ROW_SCAN:]
    at = tail.rfind("@pytest.mark.parametrize(")
    if at == -1:
        return None
    seg = tail[at + len("@pytest.mark.parametrize("):]
    if "\ndef " in seg or "props=" in seg:
        return None  # the table is behind: a function (or a props dict) follows it
    names = re.match(r"""\s*(["'])([^"'\\\n]*)\1\s*,\s*[\[(]""", seg)
    if names is None:
        return None
    arity = len([n for n in names.group(2).split(",") if n.strip()])
    if arity < 2:
        return None  # one name: rows are bare values
    depth, quote, values, row_ok, last = 2, None, 0, False, ""
    for i, ch, kind in _literal_chars(seg, names.end()):
        if kind == "broken":
            return None
        if kind == "open":
            quote = ch
        elif kind == "close":
            quote, last = None, "string"
        else:
            if not ch.isspace():
                last = "other"
            if ch in "([{":
                depth += 1
                if depth == 3:  # a row opens: a plain tuple only (not pytest.param(...))
                    row_ok, values = ch == "(" and seg[:i].rstrip()[-1:] in ("[", "(", ","), 0
            elif ch in ")]}":
                depth -= 1
                if depth < 2:
                    return None  # the table is closed
            elif ch == "," and depth == 3:
                values += 1
    if depth != 3 or not row_ok or (quote is None and last != "string"):
        return None
    return quote is not None, values + 1 >= arity
