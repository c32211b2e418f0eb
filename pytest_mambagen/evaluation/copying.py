"""Does the model copy the case's strings? Copy metrics of each configuration against the references.

The training run's browserless proxy (``scripts/gpu/train_embedded.py``) judges a
model by these numbers; here they sit beside pass@k and the kill rate, computed by
the same functions (:mod:`.copymetrics`) on the same code, so that the two agree:

* free-running (:func:`score_copy`): candidate 1's validated code (the model's own
  text when it does not parse) against the reference: literal, value and, with
  the training run's ``train-strings.bin``, novel-string recall;
* teacher-forced (:func:`teacher_force`, ``--teacher-forced``): the reference fed
  after the prompt the model was given; does greedy decoding reproduce each of its
  strings? Only a model loaded here has logits to read (not a replay, not a worker).

Only cases with a reference, and only Python (a CONCODE method has no test strings).
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Any

from ..errors import InputError
from .copymetrics import (
    ForcedCopy,
    TestStrings,
    TrainingStrings,
    aggregate,
    aggregate_forced,
    forced_copy,
    module_strings,
    score_strings,
    teacher_forced_copy,
)
from .datasets import Dataset, EvalCase
from .planning import EvalOptions
from .state import Journal, Measured

NO_SEEN_NOTE = ("Novel-string recall not measured: give --training-strings FILE (the train-strings.bin a "
                "training run's data phase writes).")


def read_training_strings(path: str | Path) -> TrainingStrings:
    """The training answers' strings from ``path``; a file that cannot be one is an :class:`InputError`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the training strings: {exc.strerror or exc}", path=path,
                         hint="give the train-strings.bin a training run's data phase wrote") from None
    if len(data) % 8:
        raise InputError(f"is not a training-strings file ({len(data)} bytes; it holds 8-byte hashes)", path=path,
                         hint="give the train-strings.bin a training run's data phase wrote")
    return TrainingStrings(data[i:i + 8] for i in range(0, len(data), 8))


def _cases(dataset: Dataset) -> list[EvalCase]:
    if dataset.lang != "python":
        return []
    return [c for c in dataset.cases if c.reference is not None]


class _Read:
    """Each distinct module read once: configurations share candidates (the generation cache) and references."""

    def __init__(self) -> None:
        self._read: dict[str, TestStrings] = {}

    def __call__(self, code: str) -> TestStrings:
        found = self._read.get(code)
        if found is None:
            found = self._read[code] = module_strings(code)
        return found


def score_copy(dataset: Dataset, measured: Measured, journal: Journal, seen: TrainingStrings | None) -> None:
    """Fill ``measured.copy`` and ``measured.copy_per_case`` from every configuration's candidate 1."""
    cases = _cases(dataset)
    if not cases:
        return
    if seen is None:
        journal.notes.append(NO_SEEN_NOTE)
    t0 = time.perf_counter()
    strings = _Read()
    for config in measured.configs:
        per: dict[str, dict[str, Any]] = {}
        scores = []
        for case in cases:
            cands = measured.of(config, case.id)
            if not cands:
                continue
            first = cands[0]
            # what the proxy scores: the code validation made of the answer, else the answer as written
            s = score_strings(strings(first.checked_code or first.text), strings(case.reference or ""), seen)
            scores.append(s)
            per[case.id] = s.to_dict()
        if not scores:
            continue
        total = aggregate(scores)
        out = {"copy_cases": total["cases"], "literal_recall": total["literal_recall"],
               "value_recall": total["value_recall"], "action_agreement": total["action_agreement"]}
        if seen is not None:
            out["novel_recall"] = total["novel_recall"]
            out["novel_strings"] = total["novel_strings"]
            out["novel_copied"] = sum(s.novel_copied for s in scores)
        else:
            for row in per.values():
                for key in ("novel_recall", "novel_total", "novel_copied"):
                    row.pop(key, None)
        measured.copy[config.name] = out
        measured.copy_per_case[config.name] = per
    journal.timing["copy_s"] = round(time.perf_counter() - t0, 2)


def forcing_engine(backend: Any) -> Any | None:
    """The backend's model when it is loaded here; a replay or a remote worker has no logits to read."""
    if getattr(backend, "name", None) != "local":
        return None
    return backend.engine


def teacher_force(backend: Any, options: EvalOptions, dataset: Dataset, measured: Measured, journal: Journal,
                  seen: TrainingStrings | None) -> None:
    """Fill ``measured.forced`` and ``measured.forced_per_case``: one forward pass per case and LoRA scale."""
    cases = _cases(dataset)
    if not cases:
        return
    engine = forcing_engine(backend)
    if engine is None:
        journal.notes.append(f"Teacher-forced copy not measured: the {getattr(backend, 'name', 'given')} backend "
                             "has no model loaded here.")
        return
    import torch

    from ..backends.base import Request

    t0 = time.perf_counter()
    device = str(getattr(getattr(engine, "loaded", None), "device", "cpu"))
    strings = _Read()
    prompts: dict[str, str | None] = {}
    unfit: list[str] = []
    by_scale: dict[float | None, dict[str, ForcedCopy]] = {}
    scales = list(dict.fromkeys(c.lora_scale for c in measured.configs))
    total, done = len(scales) * len(cases), 0
    restore = getattr(engine, "lora_scale", None)
    journal.tick("teacher forcing", 0, total)
    try:
        for scale in scales:
            if scale is not None and hasattr(engine, "set_lora_scale"):
                engine.set_lora_scale(scale)
            per = by_scale[scale] = {}
            for case in cases:
                if case.id not in prompts:
                    # the prompt the candidates were generated from, cut to the window the same way
                    prompt, _, error = backend.render(Request(case.id, case.case,
                                                              max_new_tokens=options.max_new_tokens))
                    prompts[case.id] = None if error else prompt
                    if error:
                        unfit.append(case.id)
                prompt = prompts[case.id]
                if prompt is not None:
                    reference = case.reference or ""
                    # as the proxy runs it on the GPU; on a CPU the model's own float32
                    with (torch.autocast("cuda", dtype=torch.bfloat16) if device.startswith("cuda")
                          else contextlib.nullcontext()):
                        marks = teacher_forced_copy(engine.model, engine.tokenizer, prompt, reference, device=device)
                    per[case.id] = forced_copy(marks, strings(reference), seen)
                done += 1
                journal.tick("teacher forcing", done, total)
    except KeyboardInterrupt:
        journal.partial.append(f"interrupted during teacher forcing ({done} of {total} forward passes done)")
    finally:
        if restore is not None and hasattr(engine, "set_lora_scale"):
            engine.set_lora_scale(restore)
    if unfit:
        journal.notes.append(f"Teacher-forced copy leaves out {len(unfit)} case(s) whose prompt does not fit the "
                             f"window: {', '.join(unfit[:5])}{' …' if len(unfit) > 5 else ''}.")
    for config in measured.configs:
        per = by_scale.get(config.lora_scale)
        if not per:
            continue
        total_forced = aggregate_forced(list(per.values()))
        out = {f"tf_{k}": v for k, v in total_forced.items() if seen is not None or not k.startswith("novel")}
        measured.forced[config.name] = out
        measured.forced_per_case[config.name] = {
            case_id: {k: v for k, v in f.to_dict().items() if seen is not None or not k.startswith("novel")}
            for case_id, f in per.items()}
    journal.timing["teacher_forced_s"] = round(time.perf_counter() - t0, 2)


__all__ = ["NO_SEEN_NOTE", "forcing_engine", "read_training_strings", "score_copy", "teacher_force"]
