"""Leak guard: the evaluation screens in ``fixtures/`` must not appear in training data.

Texts are normalised (lower case, identifiers, numbers and single punctuation
marks as tokens) and cut into n-grams (8 by default). For each training sample
and each evaluation file, the overlap is the share of the evaluation file's
n-grams that the sample contains (containment: "how much of this eval file could
the model have memorised from this sample"). The guard reports the largest
overlap and drops (or fails on) samples above the threshold. Files under
``fixtures/*/src`` and ``fixtures/*/reference`` are the evaluation set; a missing
or empty ``fixtures/`` is fine (nothing to check).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


class Sample(Protocol):
    """What the guard reads of a training sample (``synth.generator.Sample`` and records alike).

    A protocol, not an import of the generator: the generator imports this module in
    its workers, so importing it back (even for annotations) made an import circle.
    """

    id: str
    split: str
    jsx: str
    manual: str
    test: str
    siblings: dict[str, str]

TOKEN = re.compile(r"[a-z_][a-z0-9_]*|\d+|[^\sa-z0-9_]")
EVAL_SUFFIXES = (".jsx", ".tsx", ".js", ".py", ".txt")
DEFAULT_N = 8
DEFAULT_THRESHOLD = 0.5


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def ngrams(text: str, n: int = DEFAULT_N) -> set[tuple[str, ...]]:
    t = tokens(text)
    return set(zip(*(t[i:] for i in range(n)), strict=False))


def eval_files(fixtures: str | Path) -> list[Path]:
    root = Path(fixtures)
    if not root.is_dir():
        return []
    out = []
    for project in sorted(p for p in root.iterdir() if p.is_dir()):
        for sub in ("src", "reference"):
            base = project / sub
            if base.is_dir():
                out += sorted(p for p in base.rglob("*") if p.is_file() and p.suffix in EVAL_SUFFIXES
                              and "node_modules" not in p.parts)
    return out


@dataclass
class LeakReport:
    n: int
    threshold: float
    files: int
    checked: int = 0
    max_overlap: float = 0.0
    max_pair: tuple[str, str] = ("", "")
    flagged: list[tuple[str, str, float]] = field(default_factory=list)  # sample id, eval file, overlap

    @property
    def flagged_ids(self) -> set[str]:
        return {f[0] for f in self.flagged}

    def to_dict(self) -> dict:
        return {"n": self.n, "threshold": self.threshold, "eval_files": self.files, "checked": self.checked,
                "max_overlap": round(self.max_overlap, 4), "max_pair": list(self.max_pair),
                "flagged": [[a, b, round(c, 4)] for a, b, c in self.flagged[:50]], "flagged_count": len(self.flagged)}

    def summary(self) -> str:
        if not self.files:
            return "leak guard: no evaluation files under fixtures/ (nothing to check)"
        pair = f" ({self.max_pair[0]} vs {self.max_pair[1]})" if self.max_pair[0] else ""
        return (f"leak guard: {self.checked} samples x {self.files} eval files, {self.n}-gram containment; "
                f"max overlap {self.max_overlap:.3f}{pair}; threshold {self.threshold}; "
                f"{len(self.flagged_ids)} sample(s) over it")


class LeakGuard:
    def __init__(self, fixtures: str | Path = "fixtures", *, n: int = DEFAULT_N, threshold: float = DEFAULT_THRESHOLD):
        self.n = n
        self.threshold = threshold
        self.root = Path(fixtures)
        self.names: list[str] = []
        self.sizes: list[int] = []
        self.index: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for path in eval_files(self.root):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            grams = ngrams(text, n)
            if not grams:
                continue
            i = len(self.names)
            self.names.append(path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else str(path))
            self.sizes.append(len(grams))
            for g in grams:
                self.index[g].append(i)
        self.keys = frozenset(self.index)
        self.report = LeakReport(n=n, threshold=threshold, files=len(self.names))

    def overlap(self, sample: Sample) -> tuple[float, str]:
        """The sample's largest containment of one eval file, and that file."""
        if not self.names:
            return 0.0, ""
        hits: dict[int, int] = defaultdict(int)
        grams = ngrams("\n".join((sample.jsx, sample.manual, sample.test, *sample.siblings.values())), self.n)
        index = self.index
        for g in grams & self.keys:
            for i in index[g]:
                hits[i] += 1
        best, name = 0.0, ""
        for i, h in sorted(hits.items()):
            r = h / self.sizes[i]
            if r > best:
                best, name = r, self.names[i]
        return best, name

    def check(self, sample: Sample, known: tuple[float, str] | None = None) -> bool:
        """Record the sample; True when it is under the threshold (keep it).

        ``known`` is an overlap computed elsewhere (a generator worker) for this sample.
        """
        r = self.report
        r.checked += 1
        ov, name = known if known is not None else self.overlap(sample)
        if ov > r.max_overlap:
            r.max_overlap, r.max_pair = ov, (sample.id, name)
        if ov > self.threshold:
            r.flagged.append((sample.id, name, ov))
            return False
        return True

    def filter(self, samples: Iterable[Sample], *, splits: tuple[str, ...] = ("train", "validation", "test")) -> Iterable[Sample]:
        for s in samples:
            if s.split not in splits or self.check(s):
                yield s
