"""Split guarantees: nothing that identifies a screen, a scenario or its vocabulary crosses train and test.

The generator holds out whole (family, domain) combinations per split
(:func:`pytest_mambagen.data.synth.generator.split_plan`) and draws the words of
held-out samples from held-out pools of its lexicon
(:mod:`pytest_mambagen.data.synth.lexicon`). :func:`leaks` checks a built corpus
against those promises: no identical screen, manual case or test text, no
(family, domain) pair in two splits, and no held-out word of the lexicon in a
train sample (:func:`vocabulary_leaks`). Harvested data (no family/domain) is
split by screen: every case of one screen lands in one split.
"""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Iterable

from .synth.generator import Sample


def _h(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def leaks(samples: Iterable[Sample], a: str = "train", b: str = "test") -> list[str]:
    """Every way in which split ``a`` and split ``b`` share a screen, a scenario or held-out vocabulary."""
    samples = list(samples)
    seen: dict[str, dict[str, dict[str, str]]] = {a: defaultdict(dict), b: defaultdict(dict)}
    for s in samples:
        if s.split not in seen:
            continue
        keys = seen[s.split]
        if s.family and s.domain:
            keys["family x domain"].setdefault(f"{s.family}/{s.domain}", s.id)
        keys["screen source"].setdefault(_h(s.jsx), s.id)
        keys["manual case"].setdefault(_h(s.manual), s.id)
        keys["test"].setdefault(_h(s.test), s.id)
    problems = vocabulary_leaks(samples, a, b)
    for kind in ("family x domain", "screen source", "manual case", "test"):
        shared = sorted(set(seen[a][kind]) & set(seen[b][kind]))
        for key in shared[:20]:
            label = key if kind == "family x domain" else key[:12]
            problems.append(f"{kind} {label} is in {a} ({seen[a][kind][key]}) and {b} ({seen[b][kind][key]})")
        if len(shared) > 20:
            problems.append(f"... and {len(shared) - 20} more shared {kind} keys")
    return problems


def vocabulary_leaks(samples: Iterable[Sample], a: str = "train", b: str = "test", limit: int = 20) -> list[str]:
    """Samples of split ``a`` that contain a word the lexicon holds out for split ``b``.

    Only synthetic samples (with a family and a domain) are checked: the
    property belongs to the generator, not to harvested text.
    """
    from .synth.lexicon import HELD, split_words

    held = HELD.get(b, frozenset())
    if not held:
        return []
    problems = []
    for s in samples:
        if s.split != a or not (s.family and s.domain):
            continue
        words = set()
        for text in (s.manual, s.jsx, s.test, *s.siblings.values()):
            words.update(split_words(text))
        hit = sorted(words & held)
        if hit:
            problems.append(f"vocabulary held out for {b} ({', '.join(hit[:3])}) is in {a} ({s.id})")
            if len(problems) >= limit:
                break
    return problems


def assign_by_group(samples: list[Sample], seed: int, *, test_frac: float = 0.1, val_frac: float = 0.05) -> list[Sample]:
    """Give split labels to harvested samples, keeping every case of a screen together.

    Groups (the screen's source text) are shuffled with ``random.Random(seed)``
    in sorted order, so the assignment is reproducible.
    """
    groups: dict[str, list[Sample]] = defaultdict(list)
    for s in samples:
        groups[_h(s.jsx)].append(s)
    keys = sorted(groups)
    random.Random(f"assign:{seed}").shuffle(keys)
    n = len(keys)
    n_test = round(n * test_frac) if n >= 3 else 0
    n_val = round(n * val_frac) if n >= 5 else 0
    split_of = {}
    for i, k in enumerate(keys):
        split_of[k] = "test" if i < n_test else ("validation" if i < n_test + n_val else "train")
    for s in samples:
        s.split = split_of[_h(s.jsx)]
    return samples
