"""Draw samples: family x domain x React style x QA style x scenario, seeded per sample.

Each sample gets its own ``random.Random`` seeded by the string
``"{seed}:{split}:{index}:{attempt}"`` (string seeds go through SHA-512, so they
do not depend on ``PYTHONHASHSEED``), which makes every sample reproducible on
its own and the corpus identical on any machine and Python >= 3.11.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from . import manual as manual_mod
from . import testgen
from .core import Case, Comp, Style, pick_style
from .domains import BY_KEY, DOMAIN_KEYS, Domain

SPLITS = ("train", "validation", "test")

#: Bump whenever the generator's output changes for a given seed (it is recorded
#: with every corpus and every verification result, which are only reused on a match).
GENERATOR_VERSION = "4"


@dataclass
class Ctx:
    rng: random.Random
    domain: Domain
    style: Style
    kind: str  # positive | negative
    family: str
    names: list[str] = field(default_factory=list)  # accessible names: labels, buttons, tabs...
    texts: list[str] = field(default_factory=list)  # other visible texts: messages, items, headings

    def pick(self, seq):
        return self.rng.choice(list(seq))


@dataclass
class Built:
    """What a family returns."""

    comp: Comp
    cases: list[Case]
    feature: str  # one line describing the screen's feature (manual case heading)
    screen_title: str  # how the QA engineer names the screen ("Expense form")
    mutations: list[tuple[str, str, str]] = field(default_factory=list)  # (what, old, new) on marker source


@dataclass
class Sample:
    id: str
    family: str
    domain: str
    react_style: str
    qa_style: str
    kind: str
    split: str
    screen: str
    manual: str
    jsx: str
    test: str
    siblings: dict[str, str] = field(default_factory=dict)
    mutant: dict[str, Any] | None = None  # {"what", "jsx", "siblings"}; not part of the record

    RECORD_KEYS = ("id", "family", "domain", "react_style", "qa_style", "kind", "split", "screen",
                   "manual", "jsx", "test", "siblings")

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.RECORD_KEYS}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Sample:
        kw = {k: d.get(k, "" if k != "siblings" else {}) for k in cls.RECORD_KEYS}
        kw["siblings"] = dict(kw["siblings"] or {})
        return cls(**kw)


@dataclass(frozen=True)
class GenOptions:
    seed: int = 0
    n_train: int = 40000
    n_test: int = 1000
    n_val: int = 500
    families: tuple[str, ...] = ()  # empty: all
    domains: tuple[str, ...] = ()
    mutants: bool = True


# ---------------------------------------------------------------- registry

FAMILIES: dict[str, Any] = {}


def family(key: str, kinds: tuple[str, ...] = ("positive", "negative")):
    def deco(fn):
        fn.family_key = key
        fn.kinds = kinds
        FAMILIES[key] = fn
        return fn

    return deco


def _load_families() -> None:
    if FAMILIES:
        return
    from . import families  # noqa: F401  (registers on import)


def family_keys() -> tuple[str, ...]:
    _load_families()
    return tuple(sorted(FAMILIES))


# ---------------------------------------------------------------- splits

def split_plan(seed: int, fams: tuple[str, ...], doms: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    """Hold out (family, domain) combinations: 2 domains per family for test, 1 for validation.

    No (family, domain) pair appears in two splits, so no screen (its name, data,
    labels and messages come from the pair) crosses from train to test.
    """
    r = random.Random(f"split-plan:{seed}")
    plan: dict[str, list[tuple[str, str]]] = {s: [] for s in SPLITS}
    for fam in sorted(fams):
        ds = sorted(doms)
        r.shuffle(ds)
        n_test = 2 if len(ds) >= 6 else (1 if len(ds) >= 3 else 0)
        n_val = 1 if len(ds) >= 3 else 0
        plan["test"] += [(fam, d) for d in ds[:n_test]]
        plan["validation"] += [(fam, d) for d in ds[n_test:n_test + n_val]]
        plan["train"] += [(fam, d) for d in ds[n_test + n_val:]]
    for s in SPLITS:
        plan[s].sort()
    return plan


# ---------------------------------------------------------------- one sample

SIBLING_RATE = 0.12


def _apply_mutation(comp: Comp, old: str, new: str) -> Comp | None:
    import copy

    m = copy.deepcopy(comp)
    hit = False

    def sub(s: str) -> str:
        nonlocal hit
        if old in s and not hit:
            hit = True
            return s.replace(old, new, 1)
        return s

    m.consts = [sub(c) for c in m.consts]
    m.helpers = [sub(c) for c in m.helpers]
    m.state = [(n, sub(i)) for n, i in m.state]
    m.handlers = [(n, p, sub(b)) for n, p, b in m.handlers]
    m.derived = [sub(d) for d in m.derived]
    m.jsx = sub(m.jsx)
    return m if hit else None


def _split_siblings(comp: Comp, jsx: str, rng: random.Random, domain: Domain) -> tuple[str, dict[str, str]]:
    """Move module-level constants (and helpers) to a sibling module the screen imports."""
    import copy
    import re

    names = []
    for block in comp.consts + comp.helpers:
        m = re.match(r"(?:const (\w+) =|function (\w+)\()", block)
        if m:
            names.append(m.group(1) or m.group(2))
    if not names:
        return jsx, {}
    fname = rng.choice([f"{domain.key}Data.js", "data.js", "constants.js", f"{comp.name}.data.js"])
    body = "\n\n".join(["export " + c for c in comp.consts] + ["export " + h for h in comp.helpers]) + "\n"
    q = comp.style.quote
    moved = copy.copy(comp)
    moved.consts, moved.helpers = [], []
    moved.imports = [*comp.imports, f"import {{ {', '.join(names)} }} from {q}./{fname}{q};"]
    return moved.render(), {fname: body}


_SUBTITLES = ("Manage everything in one place.", "Changes are saved to your account.", "Updated in real time.",
              "Only you can see this page.", "Fields marked with * are required.", "Need help? See the help centre.",
              "Last synced a few minutes ago.", "Your data is stored securely.")
_HELP = ("Contact support from Monday to Friday, 9:00 to 17:00.", "Read our guide to learn more about this page.",
         "Changes may take a minute to appear everywhere.", "Your administrator can change these options for your team.",
         "We keep a history of your changes for 30 days.")
_COMPANIES = ("Northwind", "Acme", "Globex", "Initech", "Umbrella", "Contoso", "Fabrikam", "Tailspin")


def _decorate(comp: Comp, built: Built, domain: Domain, rng: random.Random) -> None:
    """Page chrome, a doc comment and a mount effect: what real screens carry around the behaviour."""
    company = rng.choice(_COMPANIES)
    if rng.random() < 0.5:
        comp.doc = rng.choice([
            f"/**\n * {built.screen_title} screen ({domain.title}).\n * {built.feature}.\n */",
            f"// {built.screen_title}: {built.feature.split(': ', 1)[-1]}",
            f"/**\n * {comp.name}\n *\n * Owner: {domain.key}-team@{company.lower()}.example\n */",
        ])
    if rng.random() < 0.35:
        comp.effects.append(f"document.title = {json.dumps(built.screen_title + ' | ' + company, ensure_ascii=False)};")
    if rng.random() < 0.7:
        head = f'<header className="page-header">\n  <h1>{domain.title} · {built.screen_title}</h1>\n' \
               f'  <p className="lead">{rng.choice(_SUBTITLES)}</p>\n</header>'
        foot = f'<footer className="page-footer">\n  <small>© 2025 {company}. All rights reserved.</small>\n</footer>'
        parts = [head, comp.jsx]
        if rng.random() < 0.5:
            parts.append(f'<aside className="help">\n  <h2>{rng.choice(["Help", "Tips", "About this page"])}</h2>\n'
                         f'  <p>{rng.choice(_HELP)}</p>\n</aside>')
        parts.append(foot)
        comp.jsx = '<div className="page">\n' + "\n".join(_ind(p) for p in parts) + "\n</div>"


def _ind(text: str) -> str:
    return "\n".join(("  " + line) if line.strip() else "" for line in text.split("\n"))


def generate_one(fam: str, dom: str, split: str, sample_id: str, rng_seed: str, *, mutants: bool = True) -> Sample:
    _load_families()
    rng = random.Random(rng_seed)
    fn = FAMILIES[fam]
    style = pick_style(rng)
    kind = rng.choice(fn.kinds)
    combine = len(fn.kinds) > 1 and rng.random() < 0.35
    fam_seed = rng.random()
    ctx = Ctx(rng=random.Random(fam_seed), domain=BY_KEY[dom], style=style, kind=kind, family=fam)
    built: Built = fn(ctx)
    if combine:
        # the same screen (same family stream) with the other scenario: a manual case with two scenarios
        other = next(k for k in fn.kinds if k != kind)
        ctx2 = Ctx(rng=random.Random(fam_seed), domain=BY_KEY[dom], style=style, kind=other, family=fam)
        b2: Built = fn(ctx2)
        if b2.comp.render() == built.comp.render():
            built.cases += b2.cases
            built.mutations += b2.mutations
            ctx.names += ctx2.names
            ctx.texts += ctx2.texts
            kind = "positive+negative" if kind == "positive" else "negative+positive"
    _decorate(built.comp, built, ctx.domain, rng)
    jsx = built.comp.render()
    use_sib = rng.random() < SIBLING_RATE
    sib_seed = rng.random()
    siblings: dict[str, str] = {}
    if use_sib:
        jsx, siblings = _split_siblings(built.comp, jsx, random.Random(sib_seed), ctx.domain)
    qa = rng.choice(manual_mod.QA_STYLES)
    sloppy = rng.random() < 0.25
    tc_id = rng.choice(["", "", f"TC-{rng.randrange(100, 9999)}", f"{ctx.domain.key.upper()}-{rng.randrange(10, 999)}"])
    env = manual_mod.envelope(rng, ctx.domain.title)
    manual = manual_mod.render(rng, qa, built.cases, built.screen_title, built.feature, sloppy, tc_id, env)
    screen = built.comp.name + ".jsx"
    test = testgen.render(screen, built.cases, ctx.names + _static_names(jsx, siblings), ctx.texts)
    compile(test, "test_" + screen + ".py", "exec")  # a SyntaxError here is a family bug: the slot is redrawn
    mutant = None
    if mutants and built.mutations:
        order = list(range(len(built.mutations)))
        rng.shuffle(order)
        for i in order:
            what, old, new = built.mutations[i]
            mcomp = _apply_mutation(built.comp, old, new)
            if mcomp is None:
                continue
            mjsx = mcomp.render()
            msib: dict[str, str] = {}
            if use_sib:
                mjsx, msib = _split_siblings(mcomp, mjsx, random.Random(sib_seed), ctx.domain)
            if mjsx == jsx and msib == siblings:
                continue
            mutant = {"what": what, "jsx": mjsx, "siblings": msib}
            break
    return Sample(
        id=sample_id, family=fam, domain=dom, react_style=style.name,
        qa_style=qa + ("+sloppy" if sloppy else ""), kind=kind, split=split, screen=screen,
        manual=manual, jsx=jsx, test=test, siblings=siblings, mutant=mutant,
    )


_STATIC = re.compile(r'(?:aria-label|placeholder|title|alt)="([^"]+)"|>\s*([^<>{}\n][^<>{}]*?)\s*<')


def _static_names(jsx: str, siblings: dict[str, str]) -> list[str]:
    """Accessible names and texts written literally in the screen (a net under the families' own lists)."""
    out = []
    for m in _STATIC.finditer(jsx):
        text = (m.group(1) or m.group(2) or "").strip()
        if text:
            out.append(text)
    return out


def _digest(s: Sample) -> str:
    h = hashlib.sha256()
    for part in (s.manual, s.jsx, s.test):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def _draw(args: tuple) -> tuple[Sample | None, str | None, tuple[float, str] | None]:
    """Worker side of :func:`generate`: one draw, plus its leak-guard overlap when a guard is set."""
    fam, dom, split, sid, seed_str, mutants = args
    try:
        s = generate_one(fam, dom, split, sid, seed_str, mutants=mutants)
    except Exception as exc:  # a family bug for one draw: reported, the slot is redrawn
        return None, f"{fam}/{dom} seed {seed_str}: {type(exc).__name__}: {exc}", None
    ov = _GUARD.overlap(s) if _GUARD is not None else None
    return s, None, ov


_GUARD = None


def _init_worker(guard_args: tuple | None) -> None:
    global _GUARD
    if guard_args is not None:
        from ..leakguard import LeakGuard

        root, n, threshold = guard_args
        _GUARD = LeakGuard(root, n=n, threshold=threshold)


def _slots(opts: GenOptions, plan: dict[str, list[tuple[str, str]]]):
    for split, count in (("test", opts.n_test), ("validation", opts.n_val), ("train", opts.n_train)):
        combos = plan[split] or plan["train"]
        for i in range(count):
            pick = random.Random(f"{opts.seed}:{split}:{i}:pick")
            fam, dom = combos[i % len(combos)] if split != "train" else pick.choice(combos)
            yield split, i, fam, dom


def generate(opts: GenOptions, *, errors: list[str] | None = None, workers: int = 1, guard=None,
             overlaps: dict[str, tuple[float, str]] | None = None) -> Iterator[Sample]:
    """Yield test, then validation, then train samples; deterministic for ``opts`` whatever ``workers`` is.

    A draw whose manual case, screen or test text was already drawn is redrawn
    (next attempt); a train draw may not repeat any text of the held-out splits.
    With ``workers`` > 1, first attempts are drawn in a process pool, in order.
    With a leak ``guard`` (a LeakGuard), each sample's overlap is computed in the
    workers and stored in ``overlaps[id]``.
    """
    fams = tuple(sorted(opts.families)) if opts.families else family_keys()
    for f in fams:
        if f not in family_keys():
            from ...errors import ConfigError

            raise ConfigError(f"unknown family {f!r}; known: {', '.join(family_keys())}")
    doms = tuple(sorted(opts.domains)) if opts.domains else tuple(sorted(DOMAIN_KEYS))
    for d in doms:
        if d not in BY_KEY:
            from ...errors import ConfigError

            raise ConfigError(f"unknown domain {d!r}; known: {', '.join(sorted(DOMAIN_KEYS))}")
    plan = split_plan(opts.seed, fams, doms)
    guard_args = (str(guard.root), guard.n, guard.threshold) if guard is not None else None
    slots = list(_slots(opts, plan))

    def args(slot, attempt):
        split, i, fam, dom = slot
        return (fam, dom, split, f"{split}-{i:06d}-{fam}-{dom}", f"{opts.seed}:{split}:{i}:{attempt}", opts.mutants)

    pool = None
    if workers > 1 and len(slots) > 200:
        import multiprocessing as mp

        pool = mp.get_context("spawn").Pool(workers, initializer=_init_worker, initargs=(guard_args,))
        firsts = pool.imap(_draw, (args(s, 0) for s in slots), chunksize=64)
    else:
        _init_worker(guard_args)
        firsts = (_draw(args(s, 0)) for s in slots)
    seen: set[str] = set()
    held: set[str] = set()
    try:
        for slot, first in zip(slots, firsts, strict=True):
            split = slot[0]
            got = None
            for attempt in range(8):
                s, err, ov = first if attempt == 0 else _draw(args(slot, attempt))
                if s is None:
                    if errors is not None:
                        errors.append(err)
                    continue
                keys = [_digest(s)] + [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in (s.manual, s.jsx, s.test)]
                if keys[0] in seen or (split == "train" and any(k in held for k in keys[1:])):
                    continue
                seen.add(keys[0])
                if split != "train":
                    held.update(keys[1:])
                got = s
                if overlaps is not None and ov is not None:
                    overlaps[s.id] = ov
                break
            if got is not None:
                yield got
    finally:
        if pool is not None:
            pool.terminate()
