"""Dataset statistics in the shape of the TestCase2Code paper's Table 2.

For each split and each part (manual case, JSX screen, test): number of files,
words (whitespace-separated tokens), vocabulary (distinct words), lexical
diversity (vocabulary / words), and lengths (lines and characters: mean, median,
p95, max). Also counts by family, domain, QA style, React style and scenario.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .synth.generator import Sample

PARTS = (("manual", "m.txt (manual)"), ("jsx", "c.txt (JSX)"), ("test", "a.txt (test)"))


def _pct(values: list[int], p: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    k = (len(s) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def _dist(values: list[int]) -> dict[str, float]:
    if not values:
        return {"mean": 0.0, "p50": 0.0, "p95": 0.0, "max": 0}
    return {"mean": round(statistics.fmean(values), 1), "p50": round(_pct(values, 0.5), 1),
            "p95": round(_pct(values, 0.95), 1), "max": max(values)}


def compute(samples: Iterable[Sample]) -> dict[str, Any]:
    per: dict[str, dict[str, dict[str, Any]]] = {}
    counts: dict[str, Counter] = {k: Counter() for k in ("split", "family", "domain", "qa_style", "react_kind", "kind")}
    acc: dict[tuple[str, str], dict[str, Any]] = {}
    for s in samples:
        counts["split"][s.split] += 1
        counts["family"][s.family or "(none)"] += 1
        counts["domain"][s.domain or "(none)"] += 1
        counts["qa_style"][(s.qa_style or "(none)").split("+")[0]] += 1
        counts["react_kind"][(s.react_style or "(none)").split("/")[0]] += 1
        counts["kind"][s.kind or "(none)"] += 1
        for split in (s.split, "all"):
            for part, _ in PARTS:
                a = acc.setdefault((split, part), {"files": 0, "words": 0, "vocab": set(), "lines": [], "chars": []})
                text = getattr(s, part)
                ws = text.split()
                a["files"] += 1
                a["words"] += len(ws)
                a["vocab"].update(ws)
                a["lines"].append(text.count("\n") + (0 if text.endswith("\n") else 1))
                a["chars"].append(len(text))
    for (split, part), a in sorted(acc.items()):
        per.setdefault(split, {})[part] = {
            "files": a["files"], "words": a["words"], "vocabulary": len(a["vocab"]),
            "lexical_diversity": round(len(a["vocab"]) / a["words"], 4) if a["words"] else 0.0,
            "lines": _dist(a["lines"]), "chars": _dist(a["chars"]),
        }
    return {"splits": per, "counts": {k: dict(sorted(v.items())) for k, v in counts.items()}}


def render(st: dict[str, Any]) -> str:
    out = []
    order = [s for s in ("train", "validation", "test", "all") if s in st["splits"]]
    head = f"{'split':<11}{'part':<16}{'files':>7}{'words':>11}{'vocab':>9}{'lex.div':>9}{'lines mean/p50/p95/max':>26}{'chars mean/p50/p95':>24}"
    out.append(head)
    out.append("-" * len(head))
    for split in order:
        for part, label in PARTS:
            r = st["splits"][split].get(part)
            if not r:
                continue
            ln, ch = r["lines"], r["chars"]
            lines = "{}/{:g}/{:g}/{}".format(ln["mean"], ln["p50"], ln["p95"], ln["max"])
            chars = "{}/{:g}/{:g}".format(ch["mean"], ch["p50"], ch["p95"])
            out.append(f"{split:<11}{label:<16}{r['files']:>7}{r['words']:>11}{r['vocabulary']:>9}{r['lexical_diversity']:>9.4f}"
                       f"{lines:>26}{chars:>24}")
    c = st["counts"]
    out.append("")
    for key, label in (("family", "families"), ("domain", "domains"), ("qa_style", "QA styles"), ("react_kind", "React styles"),
                       ("kind", "scenarios")):
        items = c.get(key, {})
        out.append(f"{label} ({len(items)}): " + ", ".join(f"{k} {v}" for k, v in items.items()))
    return "\n".join(out)
