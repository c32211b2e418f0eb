"""Text metrics of each configuration's first candidates against the cases' reference tests.

Corpus-level scores (CodeBLEU and its parts, BLEU, exact match: :mod:`.textmetrics`)
per configuration, and the same per case for the result's case rows. Only cases
with a reference count; missing metric packages leave the run partial, not failed.
"""

from __future__ import annotations

import time
from typing import Any

from .datasets import Dataset
from .state import Journal, Measured


def score_text(dataset: Dataset, measured: Measured, journal: Journal) -> None:
    """Fill ``measured.text`` and ``measured.text_per_case``, configuration by configuration."""
    from . import textmetrics

    lang = dataset.lang
    try:
        textmetrics.check_available(lang)
    except textmetrics.MetricsUnavailable as exc:
        journal.partial.append(f"text metrics not measured: {exc}")
        return
    t0 = time.perf_counter()
    cases = [c for c in dataset.cases if c.reference is not None]
    if len(cases) < len(dataset.cases):
        journal.notes.append(f"Text metrics over the {len(cases)} of {len(dataset.cases)} cases that have a "
                             "reference test.")
    total = len(measured.configs) * len(cases)
    done = 0
    journal.tick("text metrics", 0, total)
    try:
        for config in measured.configs:
            per = measured.candidates.get(config.name, {})
            pairs = [(case, per[case.id][0]) for case in cases if per.get(case.id)]
            if not pairs:
                continue
            hyps = [cand.code for _, cand in pairs]
            refs = [case.reference for case, _ in pairs]
            corpus = textmetrics.score_corpus(hyps, refs, lang)
            corpus["cases"] = len(pairs)
            measured.text[config.name] = corpus
            per_case: dict[str, dict[str, Any]] = {}
            for case, cand in pairs:
                per_case[case.id] = textmetrics.score_pair(cand.code, case.reference, lang)
                done += 1
                if done % 25 == 0:
                    journal.tick("text metrics", done, total)
            measured.text_per_case[config.name] = per_case
    except KeyboardInterrupt:
        journal.partial.append("interrupted while computing text metrics")
    journal.tick("text metrics", total, total)
    journal.timing["text_s"] = round(time.perf_counter() - t0, 2)


__all__ = ["score_text"]
