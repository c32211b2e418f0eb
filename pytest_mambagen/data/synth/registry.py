"""What a family is given and what it returns, and the registry the families fill.

The families (``families/*.py``) import this module, never the generator; the
generator imports the families (to fill :data:`FAMILIES`) and this module. So the
dependencies run one way: generator -> families -> registry, with no circle.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .core import Case, Comp, Style, kebab, pascal
from .domains import Domain, Noun
from .fields import Field, make_field
from .lexicon import Currency, Lex


@dataclass
class Ctx:
    rng: random.Random
    lex: Lex
    domain: Domain
    style: Style
    family: str
    names: list[str] = field(default_factory=list)  # accessible names: labels, buttons, tabs...
    texts: list[str] = field(default_factory=list)  # other visible texts: messages, items, headings
    tid_prefix: str = ""
    taken: set[str] = field(default_factory=set)  # field identifiers in use

    def pick(self, seq):
        return self.rng.choice(list(seq))

    @property
    def ent(self) -> Noun:
        return self.domain.entity

    @property
    def cur(self) -> Currency:
        return self.domain.currency

    def money(self, cents: int) -> str:
        return self.domain.currency.fmt(cents)

    def money_js(self, name: str = "formatMoney", *, cents: bool = True) -> str:
        return self.domain.currency.js(name, self.style.quote, cents=cents)

    def tid(self, key: str) -> str:
        """A test id: the sample's prefix and the region ("kestrel-referrals-total")."""
        k = kebab(key)
        return f"{self.tid_prefix}-{k}" if self.tid_prefix else k

    def field(self, kind: str, *, optional: bool = False) -> Field:
        return make_field(self.lex, kind, self.ent, self.taken, brand=self.domain.brand, optional=optional)

    def screen_name(self, *features: str) -> str:
        """A component name from the sample's words: "KestrelReferralForm", "BillingReferralsPanel"."""
        r = self.rng
        feat = pascal(r.choice(features)) if features else r.choice(["Panel", "Screen", "Page", "View"])
        ent = pascal(self.ent.one if r.random() < 0.6 else self.ent.many)
        form = r.random()
        if form < 0.5:
            name = f"{pascal(self.domain.brand)}{ent}{feat}"
        elif form < 0.8:
            name = f"{pascal(self.lex.qualifier())}{ent}{feat}"
        else:
            name = f"{ent}{feat}{r.choice(['', 'V2', 'Page', 'Screen', 'Widget'])}"
        return name if name[:1].isalpha() else "X" + name

    def items(self, k_min: int, k_max: int, *, cats: int | None = None, lo: int | None = None, hi: int | None = None) -> list[dict]:
        """k fresh items with distinct names and prices: {id, name, cents, category}."""
        k = self.rng.randint(k_min, k_max)
        names = self.lex.items(k)
        ncat = cats or self.rng.randint(2, 4)
        categories = self.lex.unique(self.lex.category, ncat)
        out, prices = [], set()
        for i, n in enumerate(names, 1):
            c = self.lex.price(lo, hi)
            while c in prices:
                c += self.rng.choice([100, 50, 1])
            prices.add(c)
            out.append({"id": i, "name": n, "cents": c, "category": categories[(i - 1) % len(categories)] if i <= len(categories)
                        else self.rng.choice(categories)})
        return out


Scenario = Callable[[random.Random], "tuple[list[Case], list[tuple[str, str, str]]] | None"]


@dataclass
class Sc:
    """One scenario a family offers for its screen."""

    kind: str  # positive | negative
    fn: Scenario


@dataclass
class Built:
    """What a family returns: the screen and the scenarios it supports."""

    comp: Comp
    scenarios: list[Sc]
    feature: str  # one line describing the screen's feature (manual case heading)
    screen_title: str  # how the QA engineer names the screen ("Expense form")
    notes: list[str] = field(default_factory=list)  # facts the tests depend on, for the case's notes


#: family key -> the function that builds its screen (filled by ``families/*`` on import)
FAMILIES: dict[str, Any] = {}


def family(key: str):
    def deco(fn):
        fn.family_key = key
        FAMILIES[key] = fn
        return fn

    return deco
