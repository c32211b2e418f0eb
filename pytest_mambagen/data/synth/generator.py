"""Draw samples: family x theme x React style x layout x QA style x scenarios, seeded per sample.

Each sample gets its own ``random.Random`` seeded by the string
``"{seed}:{split}:{index}:{attempt}"`` (string seeds go through SHA-512, so they
do not depend on ``PYTHONHASHSEED``), which makes every sample reproducible on
its own and the corpus identical on any machine and Python >= 3.11.

A family builds one screen and offers several scenarios (happy paths, errors,
edge cases); a sample takes 1-5 of them, mostly 2-4, as one manual case with
one test function per scenario. Its content comes from a fresh
:class:`~.lexicon.Lex` drawn from the pools of its split.
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from . import manual as manual_mod
from . import testgen
from .core import Case, Comp, Render, kebab, pick_render, pick_style
from .domains import BY_KEY, DOMAIN_KEYS, Domain
from .lexicon import Lex, held_out_hits

# the families' contract lives in .registry (the families import it, not this module); re-exported
from .registry import FAMILIES, Built, Ctx, Sc, Scenario, family  # noqa: F401

SPLITS = ("train", "validation", "test")

#: Bump whenever the generator's output changes for a given seed (it is recorded
#: with every corpus and every verification result, which are only reused on a match).
GENERATOR_VERSION = "5"

#: How many scenarios a manual case holds: real cases hold 2-3 test functions on average.
SCENARIO_COUNTS = (1, 2, 2, 2, 3, 3, 3, 4, 4, 5)


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
    #: "steps": a "# <step>" comment before the code of each manual step (an ablation lever); "" (default): none
    scaffold: str = ""
    #: index of the first train sample: a later run continues with samples an earlier one (same seed,
    #: ``n_train`` = this offset) never drew, while the held-out splits stay the same
    train_offset: int = 0

    def __post_init__(self) -> None:
        if self.scaffold not in ("", "steps"):
            from ...errors import ConfigError

            raise ConfigError(f"GenOptions.scaffold must be '' or 'steps', got {self.scaffold!r}")
        if self.train_offset < 0:
            from ...errors import ConfigError

            raise ConfigError(f"GenOptions.train_offset must be 0 or more, got {self.train_offset}")


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

    No (family, domain) pair appears in two splits; on top of that, held-out
    samples draw their words from held-out pools of the lexicon.
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

def make_domain(lex: Lex) -> Domain:
    brand = lex.brand()
    return Domain(key=lex.theme.key, title=lex.app_title(brand), brand=brand, entity=lex.entity(),
                  currency=lex.currency(), theme=lex.theme)


def _apply_mutation(comp: Comp, old: str, new: str) -> Comp | None:
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
    for p in m.parts.values():
        p.jsx = sub(p.jsx)
    return m if hit else None


_SUBTITLES = ("Changes are saved to your account.", "Updated in real time.", "Only your team can see this page.",
              "Fields marked with * are required.", "Need help? Ask your administrator.", "Your data is stored securely.",
              "Last synced a few minutes ago.", "Everything in one place.")


def _decorate(comp: Comp, built: Built, ctx: Ctx, rng: random.Random) -> None:
    """Page chrome, a doc comment and a mount effect: what real screens carry around the behaviour."""
    d = ctx.domain
    lex = ctx.lex
    if rng.random() < 0.5:
        owner = lex.first().lower()
        comp.doc = rng.choice([
            f"/**\n * {built.screen_title} ({d.title}).\n * {built.feature}.\n */",
            f"// {built.screen_title}: {built.feature.split(': ', 1)[-1]}",
            f"/**\n * {comp.name}\n *\n * Owner: {owner}@{d.brand.lower()}.example\n */",
        ])
    if rng.random() < 0.35:
        comp.effects.append(f"document.title = {json.dumps(built.screen_title + ' | ' + d.title, ensure_ascii=False)};")
    if rng.random() < 0.6:
        head = f'<header className="page-header">\n  <h1>{d.title} · {built.screen_title}</h1>\n' \
               f'  <p className="lead">{rng.choice(_SUBTITLES)}</p>\n</header>'
        foot = f'<footer className="page-footer">\n  <small>© {rng.randint(2019, 2026)} {d.brand} {rng.choice(["Ltd", "Inc", "GmbH", "AB", "Group"])}</small>\n</footer>'
        parts = [head, comp.jsx]
        if rng.random() < 0.4:
            who = lex.person()
            parts.append(f'<aside className="help">\n  <h2>{rng.choice(["Help", "Tips", "About this page"])}</h2>\n'
                         f'  <p>Questions about {ctx.ent.many}? Contact {who}.</p>\n</aside>')
        parts.append(foot)
        comp.jsx = '<div className="page">\n' + "\n".join(_ind(p) for p in parts) + "\n</div>"


def _ind(text: str) -> str:
    return "\n".join(("  " + line) if line.strip() else "" for line in text.split("\n"))


#: Answer length the selection aims at, in characters of the test module (about 3.6 characters a token
#: with the embedded tokenizer): real cases give answers of about 250-600 tokens.
ANSWER_CHARS = (900, 2200)


def _scenario_groups(built: Built, seed: str) -> list[tuple[int, list[Case], list[tuple[str, str, str]], str]]:
    """Every scenario the family offers, drawn once: (index, cases, mutations, kind); None results left out."""
    out = []
    for i, sc in enumerate(built.scenarios):
        got = sc.fn(random.Random(f"{seed}:scenario:{i}"))
        if got and got[0]:
            out.append((i, got[0], got[1], sc.kind))
    return out


def _choose(groups, rng: random.Random, measure) -> list:
    """Pick 1-5 scenarios (mostly 2-4), then add or drop some so the test lands in the usual answer length."""
    order = list(range(len(groups)))
    rng.shuffle(order)
    want = rng.choice(SCENARIO_COUNTS)
    picked: list[int] = []
    titles: set[str] = set()

    def take(k: int) -> bool:
        keys = {testgen.case_key(c) for c in groups[k][1]}
        if keys & titles:
            return False
        titles.update(keys)
        picked.append(k)
        return True

    rest = []
    for k in order:
        if len(picked) < want:
            if not take(k):
                continue
        else:
            rest.append(k)
    lo, hi = ANSWER_CHARS
    grow = rng.random() < 0.7  # some short cases stay short, as in real suites
    while grow and rest and measure([groups[k] for k in sorted(picked)]) < lo:
        take(rest.pop(0))
    while len(picked) > 1 and measure([groups[k] for k in sorted(picked)]) > hi:
        drop = max(picked)
        picked.remove(drop)
        titles.difference_update(testgen.case_key(c) for c in groups[drop][1])
    return [groups[k] for k in sorted(picked)]


def generate_one(fam: str, dom: str, split: str, sample_id: str, rng_seed: str, *, mutants: bool = True,
                 scaffold: str = "") -> Sample:
    _load_families()
    rng = random.Random(rng_seed)
    fn = FAMILIES[fam]
    style = pick_style(rng)
    lex = Lex(random.Random(rng.random()), BY_KEY[dom], split)
    domain = make_domain(lex)
    ctx = Ctx(rng=random.Random(rng.random()), lex=lex, domain=domain, style=style, family=fam)
    ctx.tid_prefix = rng.choice([kebab(domain.brand), kebab(f"{domain.brand} {ctx.ent.one}"), kebab(f"{domain.brand} {ctx.ent.many}"),
                                 kebab(f"{lex.qualifier()} {ctx.ent.one}")])
    built: Built = fn(ctx)
    snap = built.comp.snapshot()
    groups = _scenario_groups(built, rng_seed)
    if not groups:
        raise ValueError("the family offered no scenario")
    if built.comp.snapshot() != snap:
        raise ValueError("a scenario changed the screen")
    choose_rng = random.Random(rng.random())
    render = pick_render(rng, style, rng_seed)
    if not built.comp.parts:
        render = Render(**{**render.__dict__, "parts": False})
    _decorate(built.comp, built, ctx, rng)
    jsx, siblings = built.comp.files(render)
    screen = built.comp.name + ".jsx"
    names = ctx.names + _static_names(jsx, siblings)

    def measure(gs) -> int:
        return len(testgen.render(screen, [c for g in gs for c in g[1]], names, ctx.texts + names))

    chosen = _choose(groups, choose_rng, measure)
    cases = [c for g in chosen for c in g[1]]
    muts = [m for g in chosen for m in g[2]]
    kinds = [g[3] for g in chosen]
    kind = kinds[0] if len(set(kinds)) == 1 else "mixed"
    qa = rng.choice(manual_mod.QA_STYLES)
    sloppy = rng.random() < 0.25
    ids = manual_mod.case_ids(rng, domain, len(cases))
    for c, ident in zip(cases, ids, strict=True):
        c.ident = ident
    tc_id = rng.choice(["", "", f"TC-{rng.randrange(100, 9999)}", f"{lex.abbrev(domain.brand)}-{rng.randrange(10, 999)}"])
    env = manual_mod.envelope(rng, domain, lex, built.notes)
    manual = manual_mod.render(rng, qa, cases, built.screen_title, built.feature, sloppy, tc_id, env)
    test = testgen.render(screen, cases, names, ctx.texts + names, scaffold=scaffold)
    compile(test, "test_" + screen + ".py", "exec")  # a SyntaxError here is a family bug: the slot is redrawn
    mutant = None
    if mutants and muts:
        order = list(range(len(muts)))
        rng.shuffle(order)
        for i in order:
            what, old, new = muts[i]
            mcomp = _apply_mutation(built.comp, old, new)
            if mcomp is None:
                continue
            mjsx, msib = mcomp.files(render)
            if mjsx == jsx and msib == siblings:
                continue
            mutant = {"what": what, "jsx": mjsx, "siblings": msib}
            break
    react = style.name + "/" + render.name
    return Sample(
        id=sample_id, family=fam, domain=dom, react_style=react,
        qa_style=qa + ("+sloppy" if sloppy else ""), kind=kind, split=split, screen=screen,
        manual=manual, jsx=jsx, test=test, siblings=siblings, mutant=mutant,
    )


_STATIC = re.compile(r'(?:aria-label|placeholder|title|alt|label)="([^"]+)"|>\s*([^<>{}\n][^<>{}]*?)\s*<')


def _static_names(jsx: str, siblings: dict[str, str]) -> list[str]:
    """Accessible names and texts written literally in the screen (a net under the families' own lists)."""
    out = []
    for text in (jsx, *siblings.values()):
        for m in _STATIC.finditer(text):
            t = (m.group(1) or m.group(2) or "").strip()
            if t:
                out.append(t)
    return out


def _digest(s: Sample) -> str:
    h = hashlib.sha256()
    for part in (s.manual, s.jsx, s.test):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def _draw(args: tuple) -> tuple[Sample | None, str | None, tuple[float, str] | None]:
    """Worker side of :func:`generate`: one draw, its vocabulary check, and its leak-guard overlap when a guard is set."""
    fam, dom, split, sid, seed_str, mutants, scaffold = args
    try:
        s = generate_one(fam, dom, split, sid, seed_str, mutants=mutants, scaffold=scaffold)
    except Exception as exc:  # a family bug for one draw: reported, the slot is redrawn
        return None, f"{fam}/{dom} seed {seed_str}: {type(exc).__name__}: {exc}", None
    hits = held_out_hits(split, (s.manual, s.jsx, s.test, *s.siblings.values()))
    if hits:  # a typo or a compound that happens to spell a held-out word: redrawn, so no split leaks vocabulary
        return None, f"{fam}/{dom} seed {seed_str}: held-out words {hits[:3]}", None
    ov = _GUARD.overlap(s) if _GUARD is not None else None
    return s, None, ov


_GUARD = None


def _init_worker(guard_args: tuple | None) -> None:
    global _GUARD
    if guard_args is not None:
        from ..leakguard import LeakGuard

        root, n, threshold = guard_args
        _GUARD = LeakGuard(root, n=n, threshold=threshold)
    else:
        _GUARD = None


def _slots(opts: GenOptions, plan: dict[str, list[tuple[str, str]]]):
    for split, count in (("test", opts.n_test), ("validation", opts.n_val), ("train", opts.n_train)):
        combos = plan[split] or plan["train"]
        start = opts.train_offset if split == "train" else 0
        for i in range(start, start + count):
            pick = random.Random(f"{opts.seed}:{split}:{i}:pick")
            fam, dom = combos[i % len(combos)] if split != "train" else pick.choice(combos)
            yield split, i, fam, dom


def generate(opts: GenOptions, *, errors: list[str] | None = None, workers: int = 1, guard=None,
             overlaps: dict[str, tuple[float, str]] | None = None) -> Iterator[Sample]:
    """Yield test, then validation, then train samples; deterministic for ``opts`` whatever ``workers`` is.

    A draw whose manual case, screen or test text was already drawn is redrawn
    (next attempt); a train draw may not repeat any text of the held-out splits,
    nor contain a held-out word of the lexicon. With ``workers`` > 1, first
    attempts are drawn in a process pool, in order. With a leak ``guard`` (a
    LeakGuard), each sample's overlap is computed in the workers and stored in
    ``overlaps[id]``.
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
        return (fam, dom, split, f"{split}-{i:06d}-{fam}-{dom}", f"{opts.seed}:{split}:{i}:{attempt}", opts.mutants,
                opts.scaffold)

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
