"""The lexicon: fresh, realistic content strings per sample, and the vocabulary split.

Why: a model trained on a closed vocabulary memorises it instead of copying
strings from the case and the screen. Every content string of a sample (labels,
button texts, item names, people, messages, codes, prices, dates, test ids) is
composed here from large pools, so that no string recurs in more than a
handful of samples, while reading like product UI text ("Billing postcode",
"Kestrel Merino Beanie", "Invoice INV-20417 is overdue").

Vocabulary split: every word of the partitioned pools (:mod:`.words`, the
themes of :mod:`.domains`) belongs to exactly one of train / validation / test
(about 80/10/10, fixed, independent of the seed). A sample draws only words of
its own split, so held-out samples use words that no train sample contains;
:func:`held_out_hits` is the check the generator applies to every draw.
Words that also occur in the generator's own phrasing (templates, JS code) are
shared (:data:`COMMON`): they cannot be held out.
"""

from __future__ import annotations

import ast
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from . import words as W
from .domains import BY_KEY, THEMES, Noun, Theme

SPLITS = ("train", "validation", "test")
HELD_SHARE = 0.1  # share of each pool held out for validation, and again for test

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def split_words(text: str) -> list[str]:
    """Lower-case words of a text, camelCase and kebab-case split ("vendorNote" -> vendor, note)."""
    return [w.lower() for w in _WORD.findall(text)]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- pools

def _compounds() -> tuple[str, ...]:
    return tuple(h + t for h in W.BRAND_HEAD for t in W.BRAND_TAIL if not h.lower().endswith(t[:1]))


def _pools() -> dict[str, tuple[str, ...]]:
    pools = {"first": W.FIRST, "last": W.LAST, "brand": W.BRAND, "brand2": _compounds(), "city": W.CITY,
             "pet": W.PET, "qual": W.QUAL, "title_adj": W.TITLE_ADJ, "title_noun": W.TITLE_NOUN}
    for t in THEMES:
        for part in ("titles", "entities", "mods", "nouns", "cats", "topics", "units", "roles"):
            pools[f"{t.key}.{part}"] = getattr(t, part)
    return pools


#: Pools of phrasing, not content: never partitioned (their words are shared by all splits).
_SHARED = (W.FREQ, W.NOTICE, W.MONTHS, W.WEEKDAYS, W.TLD, W.ACTION_VERB, W.BRAND_HEAD, W.BRAND_TAIL)


def _template_words() -> set[str]:
    """Words of every string literal in the generator's code (templates, JS), docstrings aside.

    They appear in samples of every split, so a pool word that is also one of
    them cannot be held out. Read from the sources next to this file, which
    keeps the list in step with the templates without a hand-kept copy.
    """
    here = Path(__file__).resolve().parent
    out: set[str] = set()
    for path in sorted([*here.glob("*.py"), *here.glob("families/*.py")]):
        if path.name in ("words.py", "domains.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs: set[int] = set()
        strings: list[ast.Constant] = []
        for node in ast.walk(tree):  # one walk: parents come before their children
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                docs.add(id(node.value))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.append(node)
        for node in strings:
            if id(node) not in docs:
                out.update(split_words(node.value))
    return out


def _build() -> tuple[dict[str, dict[str, tuple[str, ...]]], dict[str, str], frozenset[str]]:
    pools = _pools()
    common = _template_words()
    for pool in _SHARED:
        for e in pool:
            common.update(split_words(e))
    for entries in pools.values():  # small pools are phrasing too: shared
        if len(entries) < 8:
            for e in entries:
                common.update(split_words(e))
    assigned: dict[str, str] = {}
    avail: dict[str, dict[str, tuple[str, ...]]] = {}
    for name in sorted(pools):
        entries = pools[name]
        n = len(entries)
        part_of: dict[str, str | None] = {}
        if n < 8:
            part_of = dict.fromkeys(entries, "*")
        else:
            quota = {"test": max(1, round(n * HELD_SHARE)), "validation": max(1, round(n * HELD_SHARE))}
            have = {"test": 0, "validation": 0, "train": 0}
            for e in sorted(entries, key=lambda e: _sha(name + "\0" + e)):
                ws = [w for w in split_words(e) if w not in common]
                fixed = {assigned[w] for w in ws if w in assigned}
                if len(fixed) > 1:
                    part_of[e] = None  # words of two splits: usable in none
                    continue
                if fixed:
                    part = fixed.pop()
                elif not ws:
                    part = "*"
                else:
                    part = next((p for p in ("test", "validation") if have[p] < quota[p]), "train")
                for w in ws:
                    assigned.setdefault(w, part)
                part_of[e] = part
                if part in have:
                    have[part] += 1
        avail[name] = {s: tuple(e for e in entries if part_of.get(e) in (s, "*")) for s in SPLITS}
    return avail, assigned, frozenset(common)


AVAIL, ASSIGNED, COMMON = _build()
#: Words that only samples of that split may contain.
HELD: dict[str, frozenset[str]] = {s: frozenset(w for w, p in ASSIGNED.items() if p == s) for s in ("validation", "test")}


_HELD_ANY = HELD["validation"] | HELD["test"]


def held_out_hits(split: str, texts) -> list[str]:
    """Words of ``texts`` that a sample of ``split`` must not contain (sorted).

    Train may contain no validation or test word; validation no test word.
    """
    forbid = HELD["validation"] | HELD["test"] if split == "train" else (HELD["test"] if split == "validation" else frozenset())
    if not forbid:
        return []
    found: set[str] = set()
    for text in texts:
        found.update(w for w in split_words(text) if w in forbid)
    return sorted(found)


# ---------------------------------------------------------------- money and dates

@dataclass(frozen=True)
class Currency:
    """How a screen writes money; :meth:`fmt` is the Python twin of :meth:`js`."""

    symbol: str
    before: bool
    space: bool
    dec: str
    thou: str

    def fmt(self, cents: int) -> str:
        whole = f"{cents // 100:,}".replace(",", self.thou)
        num = f"{whole}{self.dec}{cents % 100:02d}"
        sp = " " if self.space else ""
        return f"{self.symbol}{sp}{num}" if self.before else f"{num}{sp}{self.symbol}"

    def js(self, name: str, q: str, *, cents: bool = True, arg: str | None = None) -> str:
        """A JS function ``name(x)`` that writes ``x`` (cents, or major units) like :meth:`fmt`."""
        arg = arg or ("cents" if cents else "amount")
        fixed = f"({arg} / 100).toFixed(2)" if cents else f"{arg}.toFixed(2)"
        sp = " " if self.space else ""

        def s(text: str) -> str:
            body = text.replace("\\", "\\\\").replace(q, "\\" + q)
            return f"{q}{body}{q}"

        if not self.thou:
            num = fixed if self.dec == "." else f"{fixed}.replace({s('.')}, {s(self.dec)})"
            expr = f"{s(self.symbol + sp)} + {num}" if self.before else f"{num} + {s(sp + self.symbol)}"
            return f"function {name}({arg}) {{\n  return {expr};\n}}"
        group = f"whole.replace(/\\B(?=(\\d{{3}})+(?!\\d))/g, {s(self.thou)})"
        num = f"{group} + {s(self.dec)} + frac"
        expr = f"{s(self.symbol + sp)} + {num}" if self.before else f"{num} + {s(sp + self.symbol)}"
        return (f"function {name}({arg}) {{\n  const [whole, frac] = {fixed}.split({s('.')});\n"
                f"  return {expr};\n}}")


CURRENCIES = (
    Currency("$", True, False, ".", ","), Currency("$", True, False, ".", ""), Currency("£", True, False, ".", ","),
    Currency("€", True, False, ".", ","), Currency("€", False, True, ",", "."), Currency("USD", True, True, ".", ","),
    Currency("CHF", True, True, ".", "'"), Currency("kr", False, True, ",", " "), Currency("A$", True, False, ".", ","),
    Currency("C$", True, False, ".", ","), Currency("R$", True, True, ",", "."), Currency("zł", False, True, ",", " "),
    Currency("£", True, False, ".", ""), Currency("NZ$", True, False, ".", ","),
)


def iso_date(rng) -> str:
    y = rng.randint(2025, 2027)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return f"{y:04d}-{m:02d}-{d:02d}"


def date_text(rng, iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    month = W.MONTHS[m - 1]
    return rng.choice([f"{d} {month} {y}", f"{month} {d}, {y}", f"{d} {month[:3]} {y}", iso])


# ---------------------------------------------------------------- per-sample composer

def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def low(s: str) -> str:
    return s if s[:2].isupper() else s[:1].lower() + s[1:]


class Lex:
    """Fresh content for one sample, from the pools of its split, without repeats inside the sample."""

    def __init__(self, rng, theme: Theme | str, split: str):
        self.rng = rng
        self.theme = BY_KEY[theme] if isinstance(theme, str) else theme
        self.split = split if split in SPLITS else "train"
        self.used: set[str] = set()

    # -- raw draws ---------------------------------------------------------------
    def pool(self, name: str) -> tuple[str, ...]:
        entries = AVAIL[name][self.split]
        return entries or AVAIL[name]["train"]

    def pick(self, name: str, *, fresh: bool = True) -> str:
        entries = self.pool(name)
        for _ in range(12):
            e = self.rng.choice(entries)
            if not fresh or e.lower() not in self.used:
                self.used.add(e.lower())
                return e
        return e

    def unique(self, make, k: int) -> list:
        """k distinct results of ``make()`` (compared case-insensitively)."""
        out, seen = [], set()
        for _ in range(k * 30):
            x = make()
            key = str(x).lower()
            if key not in seen:
                seen.add(key)
                out.append(x)
                if len(out) == k:
                    break
        return out

    def tpick(self, part: str) -> str:
        return self.pick(f"{self.theme.key}.{part}")

    # -- names -------------------------------------------------------------------
    def brand(self) -> str:
        return self.pick("brand" if self.rng.random() < 0.55 else "brand2")

    def first(self) -> str:
        return self.pick("first")

    def last(self) -> str:
        return self.pick("last")

    def person(self) -> str:
        return f"{self.first()} {self.last()}"

    def city(self) -> str:
        return self.pick("city")

    def app_title(self, brand: str) -> str:
        return f"{brand} {self.pick(f'{self.theme.key}.titles', fresh=False)}"

    def email(self, person: str | None = None, brand: str | None = None) -> str:
        f, l_ = (person.split(" ", 1) if person else (self.first(), self.last()))
        host = (brand or self.brand()).lower() + self.rng.choice(W.TLD)
        user = self.rng.choice([f"{f}.{l_}", f"{f}", f"{f[0]}.{l_}", f"{f}{l_}", f"{f}.{l_}{self.rng.randint(2, 99)}"])
        return f"{user}@{host}".lower().replace(" ", "")

    def phone(self, digits: int = 10) -> str:
        return str(self.rng.randint(2, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(digits - 1))

    # -- the theme ---------------------------------------------------------------
    def entity(self) -> Noun:
        one, many = self.tpick("entities").split("/")
        return Noun(one, many)

    def role(self) -> str:
        return self.pick(f"{self.theme.key}.roles", fresh=False)

    def unit(self) -> str:
        return self.pick(f"{self.theme.key}.units")

    def topic(self) -> str:
        return self.tpick("topics")

    def category(self) -> str:
        t = self.theme
        base = self.tpick("cats")
        r = self.rng.random()
        if r < 0.2:
            return base
        if r < 0.6:
            return f"{self.pick('brand')} {base}"
        return f"{base} {self.rng.choice(['Plus', 'Select', 'Basics', 'Pro', 'Collection', 'Range', 'Line'])}" if t.key != "hr" \
            else f"{base} {self.rng.choice(['North', 'South', 'East', 'West', 'Central'])}"

    def item(self) -> str:
        """One item name in the theme's style ("Kestrel Merino Beanie", "Eye Exam with Dr. Okafor")."""
        t = self.theme
        r = self.rng
        kind = t.item
        if kind == "brand_mod_noun":
            return f"{self.brand()} {self.tpick('mods')} {self.tpick('nouns')}" if r.random() < 0.8 \
                else f"{self.tpick('mods')} {self.tpick('nouns')} by {self.brand()}"
        if kind == "person":
            return self.person()
        if kind == "brand_noun":
            return f"{self.brand()} {self.tpick('nouns')}"
        if kind == "service_dr":
            return f"{self.tpick('mods')} {self.tpick('nouns')} with Dr. {self.last()}"
        if kind == "course":
            n = r.randint(101, 499)
            return r.choice([f"{self.tpick('nouns')} {n}", f"{self.tpick('mods')} {self.tpick('nouns')} {n}",
                             f"{self.tpick('nouns')} {n} with {self.first()} {self.last()}"])
        if kind == "city_trip":
            return f"{self.tpick('mods')} {self.city()} {self.tpick('nouns')}" if r.random() < 0.6 \
                else f"{self.city()} {self.tpick('nouns')} with {self.first()}"
        if kind == "dish":
            side = self.tpick("nouns")
            return r.choice([f"{self.tpick('mods')} {self.tpick('nouns')} with {side}",
                             f"{self.brand()} {self.tpick('mods')} {self.tpick('nouns')}"])
        if kind == "book":
            return r.choice([f"The {self.pick('title_adj')} {self.pick('title_noun')}",
                             f"{self.pick('title_noun')} of {self.city()}",
                             f"The {self.pick('title_noun')} of {self.brand()}",
                             f"A {self.pick('title_adj')} {self.pick('title_noun')} in {self.city()}"]) + \
                (f" by {self.last()}" if r.random() < 0.6 else "")
        if kind == "gym_class":
            return f"{self.tpick('mods')} {self.tpick('nouns')} with {self.first()}"
        if kind == "listing":
            return f"{self.tpick('mods')} {self.tpick('nouns')} on {self.brand()} {r.choice(['Street', 'Lane', 'Road', 'Avenue', 'Close', 'Way', 'Row', 'Terrace'])}"
        if kind == "container":
            return f"{self.tpick('mods')} of {self.tpick('nouns')} to {self.city()}"
        if kind == "policy":
            return f"{self.brand()} {self.tpick('mods')} {self.tpick('nouns')}"
        if kind == "room":
            return r.choice([f"{self.tpick('mods')} {self.tpick('nouns')} in the {self.brand()} Wing",
                             f"{self.tpick('mods')} {self.tpick('nouns')} {r.randint(101, 940)}",
                             f"{self.brand()} {self.tpick('mods')} {self.tpick('nouns')}"])
        if kind == "pet":
            return r.choice([f"{self.pick('pet')} the {self.tpick('nouns')}", f"{self.pick('pet')} ({self.tpick('nouns')})",
                             f"{self.pick('pet')} {self.last()}"])
        raise ValueError(kind)

    def items(self, k: int) -> list[str]:
        """k item names, none a substring of another (so that text locators stay unambiguous)."""
        out: list[str] = []
        for _ in range(k * 20):
            x = self.item()
            lx = x.lower()
            if any(lx in o.lower() or o.lower() in lx for o in out):
                continue
            out.append(x)
            if len(out) == k:
                break
        return out

    def price(self, lo: int | None = None, hi: int | None = None) -> int:
        """A price in cents in the theme's range, with realistic endings (.00, .99, .50, any)."""
        lo = lo if lo is not None else self.theme.price[0]
        hi = hi if hi is not None else self.theme.price[1]
        r = self.rng
        # log-uniform so small and large prices are both common; by repeated products, not exp/log,
        # whose last bit may differ between C libraries (the corpus must be the same on every machine)
        x = float(max(lo, 1))
        ladder = [x]
        while ladder[-1] * 1.15 < hi:
            ladder.append(ladder[-1] * 1.15)
        x = r.choice(ladder) * r.uniform(1.0, 1.15)
        whole = max(1, int(x // 100))
        end = r.choice([0, 0, 99, 99, 50, 95, r.randint(1, 98)])
        if whole >= 1000:
            end = r.choice([0, 0, 0, 50])
        return whole * 100 + end

    def currency(self) -> Currency:
        return self.rng.choice(CURRENCIES)

    # -- codes and dates ---------------------------------------------------------
    def abbrev(self, word: str) -> str:
        """Three capitals for codes ("KES-20417"), never spelling a held-out word (codes appear in every split)."""
        letters = (re.sub(r"[^A-Za-z]", "", word).upper() + "XXX")
        for a in (letters[:3], letters[0] + letters[2:4], letters[:2] + "X", "X" + letters[:2], "QX" + letters[0]):
            if a.lower() not in _HELD_ANY:
                return a
        return "QXZ"

    def code(self, prefix: str | None = None, digits: int | None = None) -> str:
        prefix = prefix or self.abbrev(self.brand())
        digits = digits or self.rng.randint(4, 6)
        return f"{prefix}-{self.rng.randint(10 ** (digits - 1), 10 ** digits - 1)}"

    def promo(self) -> tuple[str, int]:
        pct = self.rng.choice([5, 10, 12, 15, 18, 20, 25, 30, 35, 40])
        word = re.sub(r"[^A-Za-z]", "", self.brand()).upper()
        code = self.rng.choice([f"{word}{pct}", f"{word}-{pct}", f"{word[:5]}{self.rng.randint(10, 99)}",
                                f"{self.rng.choice(W.MONTHS)[:3].upper()}{word[:4]}{pct}"])
        return code, pct

    def date(self) -> str:
        return iso_date(self.rng)

    def date_text(self, iso: str) -> str:
        return date_text(self.rng, iso)

    # -- phrases -------------------------------------------------------------------
    def qualifier(self) -> str:
        return self.pick("qual")

    def toggle_label(self) -> str:
        r = self.rng
        topic = self.topic()
        return r.choice([f"{r.choice(W.FREQ)} {topic} {r.choice(W.NOTICE)}", f"{cap(topic)} {r.choice(W.NOTICE)}",
                         f"{cap(topic)} {r.choice(W.NOTICE)} by {r.choice(['email', 'SMS', 'push', 'text'])}",
                         f"{r.choice(W.NOTICE).capitalize()} about {topic}", f"Share {topic} with {self.first()}"])

    def tab_title(self, ent: Noun) -> str:
        r = self.rng
        topic = self.topic()
        t = r.choice([f"{cap(topic)} at {self.brand()}", f"{ent.One} {topic}", f"{cap(topic)} and {self.topic()}",
                      f"{cap(topic)} history for {self.first()}"])
        if r.random() < 0.45:
            t += f" ({r.randint(1, 24)})"
        return t

    def sentence(self, ent: Noun) -> str:
        """A short factual panel text with fresh numbers, people and dates."""
        r = self.rng
        n = r.randint(2, 48)
        topic = self.topic()
        who = self.person()
        when = self.date_text(self.date())
        return r.choice([
            f"{n} {ent.many} on file, last reviewed by {who} on {when}.",
            f"{cap(topic)} updated {when}; {n} changes since then.",
            f"{who} looks after {topic} for this {ent.one}.",
            f"Next {topic} review is due on {when}.",
            f"{n} open items about {topic}, oldest from {when}.",
            f"No {topic} issues reported since {when}.",
            f"{cap(topic)}: {n} entries, owner {who}.",
        ])
