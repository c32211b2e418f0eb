"""Rename a triplet's content strings consistently, so the train split multiplies without memorizable strings.

A hand-written triplet teaches a shape (how a case's steps become Playwright
calls); its strings ("Harbor club member", "Book now") would only be memorized.
A variant renames every content string the reference test uses that the screen
spells in a string literal or in JSX text, to fresh words of the same shape,
in the screen, its modules, the manual case and the test alike:

* only inside string literals and JSX text of the JavaScript (code identifiers,
  keys and class names are never touched), word-bounded everywhere, longest
  strings first, so "Save draft" and "Save" stay two different names;
* numbers, amounts, dates and codes are left alone (the screen computes them);
* a variant whose new names would collide (one a part of another where the
  originals were not) is redrawn.

Whether a variant still passes, and still kills its mutants, is checked in
Chromium (:func:`verify_variants`) on a sample: the guarantee is measured, not
assumed.
"""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..evaluation.copymetrics import module_strings
from .corpus import Mutant, Triplet

_FUNCTION_WORDS = frozenset(
    "a an the of to for in on at by with and or not no your my our their this that these those is are was be "
    "been has have it its as from into per all any each every more less than up down out off new".split()
)
_VERBS = ("Save", "Add", "Remove", "Delete", "Apply", "Submit", "Send", "Confirm", "Cancel", "Close", "Open",
          "Edit", "Update", "Create", "Book", "Reserve", "Approve", "Reject", "Archive", "Restore", "Export",
          "Import", "Share", "Invite", "Assign", "Schedule", "Publish", "Review", "Continue", "Start", "Finish",
          "Reset", "Clear", "Show", "Hide", "Mark", "Pin", "Flag", "Verify", "Renew", "Transfer", "Print",
          "Upload", "Download", "Sync", "Select", "Choose", "Pick", "Join", "Leave", "Rate", "Vote", "Follow")
_NOUNS = """anchor atlas badge ballot banner basket beacon berth bicycle binder blend blossom boiler bolt bond
booth bracket bridge bucket budget bulletin bundle cabin cable cadet canal candle canvas canyon capsule
caravan cargo carton cashier cellar chamber channel chapter charter chisel cinder circuit citadel clinic
clover cobalt compass console copper corridor cottage counter courier crate crest crystal cushion dairy
delta depot desk dialect diary docket dolphin domain drawer dune easel echo ember engine estate falcon
ferry fiber field fjord flask fleet forge fountain freight galley garnet gazette glacier granite gravel
greenhouse grove guild hamlet harbor harvest hatch helmet hemlock heron hive horizon hostel island ivory
journal kayak kennel kettle kiln ladder lagoon lantern larch ledger lemon lens library lighthouse linen
locker lodge loft lumber magnet manor maple marble market meadow medal mesa meter mill mint mirror mosaic
nectar nest notebook oasis observatory olive orbit orchard outpost paddle pantry parcel pasture pavilion
pebble pepper pier pigment pilot pine plaza plume pocket portal pottery prairie prism quarry quartz quill
radar raft ranch ravine reef relay ribbon ridge rivet robin saddle sail satchel scroll shelter signal silo
sketch slate spindle spruce stable stadium station summit tablet tandem terrace thistle ticket timber
tower trail tram trellis tunnel valley vault velvet venue vessel village vineyard voyage wagon walnut
warden wharf willow workshop yard zephyr""".split()
_ADJECTIVES = """amber ancient arctic autumn bold brisk bronze calm cedar clear coastal cobalt cozy crimson
daily distant dusty early eastern electric emerald evening faint fast final fresh frosty gentle golden
grand green hidden hollow humble iron jade keen late light little lively local lunar major marine middle
misty modern morning mossy narrow noble northern open outer pale patient plain polar prime quiet rapid
rare red remote rocky royal rustic sandy scarlet secret silent silver simple slow small smooth solar
southern spare spring square steady stone summer sunny swift tidy twin upper urban velvet vivid warm
weekly western wild windy winter wooden yearly young""".split()
_FIRST = """Ada Aiko Alba Amara Anouk Arjun Aurelio Beatriz Bram Cato Chiara Dagny Dario Eero Elif Emeka Esme
Farid Femi Greta Hamza Hiro Ilse Imani Ines Jalen Jonas Kaia Kamal Kenji Lale Leandro Lior Luca Maren Mateo
Mira Nadia Nico Niamh Odile Omar Oren Paloma Pita Quentin Rafa Ravi Rhea Sanne Saoirse Selin Soren Tala
Tariq Teo Thea Ulla Vesna Wren Xiomara Yara Yusuf Zainab Zeno""".split()
_LAST = """Abara Achterberg Baptiste Barros Castell Chen Dahl Delacroix Eriksen Espinoza Falk Ferreira Galli
Haddad Halvorsen Ibarra Ito Jovanovic Kaur Kowalski Lindqvist Lopes Mahlangu Marchetti Nakamura Novak
Okonkwo Olsen Park Pereira Quist Rahman Rossi Sato Schreiber Silva Tanaka Tremblay Ueda Varga Vogel
Wojcik Yilmaz Zeller Zhou""".split()
#: Attribute values that are code or point at other elements by id: renaming one end would break the link.
_CODE_ATTRIBUTES = frozenset({b"className", b"class", b"key", b"id", b"htmlFor", b"type", b"name", b"value",
                              b"aria-labelledby", b"aria-describedby", b"aria-controls", b"aria-owns", b"list",
                              b"form", b"role", b"href", b"src"})
_NUMERIC = re.compile(r"^[-+]?[$€£¥]?\s?[\d.,:/%\s-]+(?:\s?[A-Za-z]{0,5})?$")
#: codes: upper-case letters and digits with a digit somewhere, in space-separated groups too (a postcode
#: "BM4 2HE", an IBAN "NL91 ABNA 0417 1643 00"): the screen parses or matches them, so they are kept.
_CODE = re.compile(r"^(?=[^\d]*\d)[A-Z0-9][A-Z0-9_-]*(?: [A-Z0-9][A-Z0-9_-]*)*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@dataclass
class Variant:
    slug: str
    index: int
    mapping: dict[str, str]
    files: dict[str, str]  # relative path -> text (screen, siblings, manual, test)
    mutants: list[Mutant] = field(default_factory=list)


def _case_like(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower()


def fresh_like(value: str, rng: random.Random) -> str:
    """A new string of the same shape: verbs stay verbs, names stay names, small words stay."""
    words = _WORD.findall(value)
    if len(words) == 2 and all(w[:1].isupper() for w in words) and (words[0] in _FIRST or words[1] in _LAST):
        return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() in _FUNCTION_WORDS:
            return word
        before, after = value[m.start() - 1:m.start()], value[m.end():m.end() + 1]
        if before.isdigit() or after.isdigit():  # part of a code ("BM7 1", "2QT"): the screen matches it
            return word
        if m.start() == 0 and word.capitalize() in _VERBS:
            return _case_like(rng.choice(_VERBS), word)
        pool = _ADJECTIVES if rng.random() < 0.3 else _NOUNS
        return _case_like(rng.choice(pool), word)

    return _WORD.sub(swap, value)


def renameable(t: Triplet) -> list[str]:
    """Content strings of the reference test that the screen spells itself (in a literal or JSX text)."""
    sources = "\n".join(text for path, text in t.sources().items() if path.endswith((".jsx", ".js", ".tsx", ".ts")))
    out = []
    names = _code_names(t)
    for value in module_strings(t.test).unique:
        v = value.strip()
        if len(v) < 2 or not re.search(r"[A-Za-z]{2}", v) or _NUMERIC.match(v) or _CODE.match(v):
            continue
        if v[0] in ".#[" or re.search(r"[=>~*:]", v):  # a CSS selector: classes and ids are code
            continue
        if " " not in v and v == v.lower():  # "unmet", "data-state", "loading": keys and states, code
            continue
        if v in sources and v not in names:
            out.append(v)
    return out


def _code_names(t: Triplet) -> set[str]:
    """Identifiers and property keys of the screen's modules: a string spelled as one (``{ Assigned: 3 }``
    beside ``lane: "Assigned"``) is a key that code looks up, so renaming the string would break the link."""
    from ..inventory import _parser

    names: set[str] = set()
    for path, text in t.sources().items():
        if not path.endswith((".jsx", ".js", ".tsx", ".ts")):
            continue
        data = text.encode("utf-8")
        stack = [_parser().parse(data).root_node]
        while stack:
            node = stack.pop()
            if node.type in ("identifier", "property_identifier", "shorthand_property_identifier"):
                names.add(data[node.start_byte:node.end_byte].decode("utf-8"))
            stack.extend(node.children)
    return names


def make_mapping(strings: Sequence[str], rng: random.Random, attempts: int = 20) -> dict[str, str]:
    """Fresh names for ``strings``; redrawn until no new name is part of another unless the old one was."""
    for _ in range(attempts):
        mapping = {s: fresh_like(s, rng) for s in strings}
        news = list(mapping.values())
        if len(set(news)) != len(news) or any(a == b for a, b in mapping.items()):
            continue
        clash = False
        for a in strings:
            for b in strings:
                if a != b and (mapping[a].lower() in mapping[b].lower()) and a.lower() not in b.lower():
                    clash = True
                    break
            if clash:
                break
        if not clash:
            return mapping
    return {}


def _pattern(mapping: dict[str, str], lower: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    table = {}
    for old, new in mapping.items():
        table[old] = new
        if lower:
            table.setdefault(old.lower(), new.lower())
    keys = sorted(table, key=len, reverse=True)
    return re.compile("(?<![\\w])(" + "|".join(re.escape(k) for k in keys) + ")(?![\\w])"), table


def rename_text(text: str, mapping: dict[str, str], *, lower: bool = False) -> str:
    """Word-bounded, longest-first renaming; ``lower`` also renames lower-case spellings (prose only:
    in code a lower-case word is as likely a key as a label)."""
    if not mapping:
        return text
    pattern, table = _pattern(mapping, lower)
    return pattern.sub(lambda m: table[m.group(1)], text)


def rename_js(source: str, mapping: dict[str, str]) -> str:
    """Rename only inside string literals, template text and JSX text of a JavaScript module."""
    from ..inventory import _parser

    if not mapping:
        return source
    data = source.encode("utf-8")
    tree = _parser().parse(data)
    spans: list[tuple[int, int]] = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type in ("string_fragment", "jsx_text") or (node.type == "string" and not node.children):
            spans.append((node.start_byte, node.end_byte))
            continue
        if node.type == "template_string":
            for child in node.children:
                if child.type == "string_fragment":
                    spans.append((child.start_byte, child.end_byte))
                elif child.type == "template_substitution":
                    stack.append(child)
            continue
        if node.type == "jsx_attribute":
            # attribute values are strings the user reads (aria-label, placeholder) or test ids: rename
            # them, but never the attribute name (className values are left alone: they are code)
            name = node.children[0] if node.children else None
            if name is not None and data[name.start_byte:name.end_byte] in _CODE_ATTRIBUTES:
                continue
        stack.extend(node.children)
    out, last = [], 0
    for start, end in sorted(spans):
        out.append(data[last:start].decode("utf-8"))
        out.append(rename_text(data[start:end].decode("utf-8"), mapping))
        last = end
    out.append(data[last:].decode("utf-8"))
    return "".join(out)


def _identifier(text: str) -> str:
    return "_".join(re.findall(r"[a-z0-9]+", text.lower()))


def rename_identifier(name: str, mapping: dict[str, str]) -> str:
    """``test_harbor_club_member_discount`` after "Harbor club member" -> "Amber ledger pilot":
    ``test_amber_ledger_pilot_discount`` (words of renamed strings, underscore-bounded, longest first)."""
    table = {_identifier(old): _identifier(new) for old, new in mapping.items() if _identifier(old) and _identifier(new)}
    if not table:
        return name
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile("(?<![a-z0-9])(" + "|".join(re.escape(k) for k in keys) + ")(?![a-z0-9])")
    return pattern.sub(lambda m: table[m.group(1)], name)


def rename_python(code: str, mapping: dict[str, str]) -> str:
    """Rename inside the string constants of the test (never its code), except the mount path; the words
    of renamed strings also in test function names and comments, which are made of the case's words:
    kept as they were, 20 variants of one triplet would teach the model its test names by heart."""
    import libcst as cst

    class _Renamer(cst.CSTTransformer):
        def __init__(self) -> None:
            super().__init__()
            self.keep: set[int] = set()  # parametrize argument names and CSS selectors: code

        def visit_Call(self, node: cst.Call) -> None:
            func = node.func
            name = func.attr.value if isinstance(func, cst.Attribute) else ""
            if name in ("parametrize", "locator") and node.args:
                self.keep.add(id(node.args[0].value))

        def visit_DictElement(self, node: cst.DictElement) -> None:
            self.keep.add(id(node.key))  # props={"title": ...}: a prop name is code

        def leave_FunctionDef(self, original: cst.FunctionDef, updated: cst.FunctionDef) -> cst.FunctionDef:
            name = original.name.value
            if not name.startswith("test_"):
                return updated
            return updated.with_changes(name=cst.Name(rename_identifier(name, mapping)))

        def leave_Comment(self, original: cst.Comment, updated: cst.Comment) -> cst.Comment:
            return updated.with_changes(value=rename_text(original.value, mapping, lower=True))

        def leave_SimpleString(self, original: cst.SimpleString, updated: cst.SimpleString) -> cst.SimpleString:
            if id(original) in self.keep:
                return updated
            try:
                value = original.evaluated_value
            except Exception:
                return updated
            if not isinstance(value, str) or value.endswith((".jsx", ".tsx", ".js")):
                return updated
            new = rename_text(value, mapping)
            if new == value:
                return updated
            quote = original.quote
            body = new.replace("\\", "\\\\").replace(quote, "\\" + quote)
            return updated.with_changes(value=f"{original.prefix}{quote}{body}{quote}")

    return cst.parse_module(code).visit(_Renamer()).code


def _supplied(test: str, files: dict[str, str]) -> bool:
    """Every content string of ``test`` is spelled (case aside) in the case or the screen's files."""
    haystack = "\n".join(files.values()).lower()
    return all(s.lower() in haystack for s in module_strings(test).unique)


def variant(t: Triplet, index: int, seed: int = 0) -> Variant | None:
    """The ``index``-th renamed variant of ``t`` (deterministic), or None when nothing can be renamed."""
    if any("localeCompare" in text for text in t.sources().values()):
        return None  # the screen orders by its strings: new names reorder what the test expects
    rng = random.Random(f"{seed}:{t.slug}:{index}")
    mapping = make_mapping(renameable(t), rng)
    if not mapping:
        return None
    files: dict[str, str] = {}
    for path, text in t.sources().items():
        files[path] = rename_js(text, mapping) if path.endswith((".jsx", ".js", ".tsx", ".ts")) else text
    files[t.manual_file] = rename_text(t.manual, mapping, lower=True)
    # A lower-case spelling that no source writes is computed from the label (``name.toLowerCase()``):
    # it follows the rename in the test too.
    sources = "\n".join(t.sources().values())
    computed = {old.lower(): new.lower() for old, new in mapping.items()
                if old.lower() != old and not re.search(rf"(?<!\w){re.escape(old.lower())}(?!\w)", sources)}
    files[t.test_file] = rename_python(t.test, {**mapping, **computed})
    if not _supplied(files[t.test_file], files) and _supplied(t.test, {t.manual_file: t.manual, **t.sources()}):
        return None  # a string the test needs is no longer spelled anywhere (a screen that computes it)
    mutants = []
    originals = t.sources()
    for m in t.mutants:
        edit = _renamed_edit(m, originals.get(m.file), files.get(m.file, ""), mapping)
        if edit is not None:
            mutants.append(Mutant(m.file, edit[0], edit[1], m.bug))
    return Variant(t.slug, index, mapping, files, mutants)


def _renamed_edit(m: Mutant, source: str | None, renamed: str, mapping: dict[str, str]) -> tuple[str, str] | None:
    """A mutant's one edit spelled for the renamed file, or None when it cannot be.

    The edit's own text is renamed first, which is what most edits need. A fragment is not a module,
    though: JSX text cut out of its element (``...}>\n  Save note``) or a string beside code does not
    parse as it does in the screen, so its strings may stay as they were and the edit no longer
    occurs in the renamed file. Then the whole mutated file is renamed, and the edit is the span where
    it differs from the renamed file, widened to whole lines until that span occurs once.
    """
    if source is None or not m.file.endswith((".jsx", ".js", ".tsx", ".ts")):
        return (m.original, m.mutated) if renamed.count(m.original) == 1 else None
    target = rename_js(source.replace(m.original, m.mutated, 1), mapping)
    original, mutated = rename_js(m.original, mapping), rename_js(m.mutated, mapping)
    if renamed.count(original) == 1 and renamed.replace(original, mutated, 1) == target:
        return original, mutated
    if target == renamed:
        return None  # the renaming swallowed the bug
    limit = min(len(renamed), len(target))
    i = 0
    while i < limit and renamed[i] == target[i]:
        i += 1
    j = 0
    while j < limit - i and renamed[-1 - j] == target[-1 - j]:
        j += 1
    start = renamed.rfind("\n", 0, i) + 1
    nl = renamed.find("\n", len(renamed) - j)
    end = len(renamed) if nl < 0 else nl
    while True:  # [0:start] lies in the common prefix, [end:] in the common suffix
        span = renamed[start:end]
        if span and renamed.count(span) == 1:
            return span, target[start:len(target) - (len(renamed) - end)]
        if start == 0 and end == len(renamed):
            return None
        start = renamed.rfind("\n", 0, start - 1) + 1 if start > 0 else 0
        nl = renamed.find("\n", end + 1)
        end = len(renamed) if nl < 0 or end == len(renamed) else nl


def write_variant(v: Variant, folder: Path, template: Triplet) -> Triplet:
    """Materialize a variant as a triplet folder (for verification or export)."""
    import json

    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for path, text in v.files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text, encoding="utf-8")
    meta = {"product": f"{template.product} (variant {v.index})", "kinds": template.kinds, "react": template.react,
            "qa_style": template.qa_style, "variant_of": template.slug,
            "mutants": [{"file": m.file, "original": m.original, "mutated": m.mutated, "bug": m.bug} for m in v.mutants]}
    (folder / "triplet.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    from .corpus import load_triplet

    return load_triplet(folder)


def verify_variants(triplets: Sequence[Triplet], per_triplet: int = 1, seed: int = 0, workers: int = 1,
                    progress=None, mode: str = "fast") -> tuple[list[dict], float]:
    """Write ``per_triplet`` variants of each triplet to a temp folder and verify them in Chromium
    (``mode``: see :data:`pytest_mambagen.data.corpus.MODES`)."""
    import tempfile

    from .corpus import verify

    with tempfile.TemporaryDirectory(prefix="mambagen-variants-") as tmp:
        made: list[tuple[Triplet, Variant]] = []
        for t in triplets:
            for k in range(per_triplet):
                v = variant(t, k, seed)
                if v is not None:
                    made.append((write_variant(v, Path(tmp) / f"{t.slug}--v{k}", t), v))
        results, wall = verify([m for m, _ in made], workers=workers, progress=progress, mode=mode)
    rows = []
    for (_m, v), r in zip(made, results, strict=True):
        rows.append({"slug": v.slug, "variant": v.index, "renamed": len(v.mapping), "passed": r.passed,
                     "mutants": len(r.mutants), "killed": sum(k for _, k, _ in r.mutants), "message": r.message[:300]})
    return rows, wall


def augment_verify_run(triplets: Sequence[Triplet], *, per_triplet: int = 1, seed: int = 0, workers: int = 1,
                       node_modules: Path | None = None, log=None, mode: str = "fast") -> dict:
    """Renamed variants (data/augment.py) of ``triplets``, written to a temp folder and verified in Chromium
    as :func:`verify_variants` does, with each failure's reason kept."""
    import datetime
    import tempfile

    from .corpus import LoadSampler, git_commit, machine_info, verify

    log = log or (lambda _s: None)
    started = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    not_made: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="mambagen-variants-") as tmp, LoadSampler() as load:
        made: list[tuple[Triplet, Variant]] = []
        for t in triplets:
            for k in range(per_triplet):
                v = variant(t, k, seed)
                if v is None:
                    not_made.append({"slug": t.slug, "variant": k,
                                     "why": "nothing to rename" if not renameable(t) else
                                     "the screen orders by its strings (localeCompare), no fresh names without a clash, or a "
                                     "string the test needs is computed"})
                    continue
                made.append((write_variant(v, Path(tmp) / f"{t.slug}--v{k}", t), v))
        broken = [(m, v) for m, v in made if m.problems]
        made = [(m, v) for m, v in made if not m.problems]
        log(f"  {len(made)} variants written; verifying")
        results, wall = verify([m for m, _ in made], workers=workers, node_modules=node_modules, mode=mode)
    rows, failures = [], []
    for (_m, v), r in zip(made, results, strict=True):
        lost = len(next(t for t in triplets if t.slug == v.slug).mutants) - len(v.mutants)
        row = {"slug": v.slug, "variant": v.index, "renamed": len(v.mapping), "passed": r.passed,
               "mutants": len(r.mutants), "killed": sum(k for _, k, _ in r.mutants), "mutants_lost": lost,
               "ok": r.ok}
        rows.append(row)
        if not r.ok:
            reason = f"reference fails: {r.message[:400]}" if not r.passed else "; ".join(
                f"mutant survives: {bug} ({how[:200]})" for bug, killed, how in r.mutants if not killed)
            failures.append({"slug": v.slug, "variant": v.index, "reason": reason, "mapping": v.mapping})
    for m, v in broken:
        failures.append({"slug": v.slug, "variant": v.index, "reason": "layout: " + "; ".join(m.problems),
                         "mapping": v.mapping})
    n = len(rows) + len(broken)
    mutants = sum(r["mutants"] for r in rows)
    killed = sum(r["killed"] for r in rows)
    passed = sum(r["passed"] for r in rows)
    return {
        "what": "renamed variants of corpus triplets (data/augment.py): the reference test must still pass on the "
                "renamed screen and kill the renamed mutants, in Chromium",
        "started": started, "seed": seed, "per_triplet": per_triplet, "workers": workers, "mode": mode,
        "sample": sorted({t.slug for t in triplets}),
        "totals": {"triplets": len(triplets), "variants": n, "not_made": len(not_made), "passed": passed,
                   "ok": sum(r["ok"] for r in rows), "mutants": mutants, "killed": killed,
                   "mutants_lost": sum(r["mutants_lost"] for r in rows),
                   "renamed_strings": sum(r["renamed"] for r in rows)},
        "pass_rate": round(passed / n, 4) if n else 0.0,
        "kill_rate": round(killed / mutants, 4) if mutants else 0.0,
        "ok_rate": round(sum(r["ok"] for r in rows) / n, 4) if n else 0.0,
        "wall_s": round(wall, 1), "variants_per_s": round(len(made) / wall, 3) if wall else 0.0,
        "machine": machine_info(), "git": git_commit(), "load_average": load.to_dict(),
        "failures": failures, "not_made": not_made, "variants": rows,
    }
