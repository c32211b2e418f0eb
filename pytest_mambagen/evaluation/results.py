"""The result of an evaluation (``mambagen-eval/1``): per configuration, per sweep point, per case.

Made from :class:`.state.Measured` and :class:`.state.Journal` alone, so that a
checkpoint taken mid-run and the final result come out of one function. The raw
model (validity, acceptance, pass@k, kill rate, speed) and the pipeline (what the
plugin would write: :func:`.pipeline.pipeline_metrics`) sit side by side.
"""

from __future__ import annotations

import datetime as _dt
import os
import platform
import time
from collections.abc import Iterable
from typing import Any

from ..candidates import RESAMPLE_TEMPERATURE
from .datasets import Dataset
from .execmetrics import NOT_RUN, REJECTED, CaseRecord, summarize
from .execute import unit_key
from .pipeline import pipeline_metrics
from .planning import Config, EvalOptions
from .state import Journal, Measured

SCHEMA = "mambagen-eval/1"


def case_records(config: Config, dataset: Dataset, measured: Measured) -> dict[str, CaseRecord]:
    """Each complete, executable case's candidate outcomes under ``config`` (for pass@k and kill rates)."""
    report = measured.exec_report
    out: dict[str, CaseRecord] = {}
    for case in dataset.cases:
        cands = measured.of(config, case.id)
        if len(cands) < config.candidates or not case.executable:
            continue
        statuses, kills = [], []
        for cand in cands:
            if not cand.accepted:
                statuses.append(REJECTED)
                kills.append({})
                continue
            outcome = report.outcomes.get(unit_key(case.id, cand.exec_code)) if report else None
            statuses.append(outcome.outcome if outcome else NOT_RUN)
            kills.append(dict(outcome.mutants) if outcome else {})
        out[case.id] = CaseRecord(statuses, kills, len(case.mutants))
    return out


def reference_records(dataset: Dataset, measured: Measured) -> dict[str, CaseRecord]:
    """The references' outcomes, as one candidate each."""
    report = measured.exec_report
    out = {}
    for case in dataset.cases:
        if case.reference is None or not case.executable:
            continue
        outcome = report.outcomes.get(unit_key(case.id, case.reference)) if report else None
        out[case.id] = CaseRecord([outcome.outcome if outcome else NOT_RUN],
                                  [dict(outcome.mutants) if outcome else {}], len(case.mutants))
    return out


def config_metrics(config: Config, options: EvalOptions, dataset: Dataset, measured: Measured) -> dict[str, Any]:
    """One configuration's numbers, over the cases whose candidates are all there."""
    per_case = measured.candidates.get(config.name, {})
    complete = [cands for cands in per_case.values() if len(cands) >= config.candidates]
    firsts = [cands[0] for cands in complete]
    everything = [c for cands in complete for c in cands]
    metrics: dict[str, Any] = {"cases": len(complete)}
    if firsts:
        metrics["valid"] = _mean(c.valid for c in firsts)
        if dataset.lang == "python":
            metrics["policy_clean"] = _mean(bool(c.checks.get("policy")) for c in firsts)
            metrics["grounded"] = _mean(bool(c.checks.get("grounding")) for c in firsts)
            metrics["accepted"] = _mean(c.accepted for c in firsts)
            metrics["accepted_any"] = _mean(any(c.accepted for c in cands) for cands in complete)
    if everything:
        seconds = sum(c.seconds for c in everything)
        tokens = sum(c.tokens for c in everything)
        metrics["tokens_per_s"] = tokens / seconds if seconds > 0 else None
        metrics["s_per_candidate"] = seconds / len(everything)
        metrics["s_per_case"] = seconds / len(complete)
        metrics["tokens_per_candidate"] = tokens / len(everything)
        metrics["cut_at_limit"] = _mean(c.finish == "length" for c in everything)
    if config.name in measured.text:
        metrics.update({k: v for k, v in measured.text[config.name].items() if k not in ("pairs",)})
        metrics["text_cases"] = measured.text[config.name].get("cases")
    metrics.update(measured.copy.get(config.name, {}))
    metrics.update(measured.forced.get(config.name, {}))
    if measured.exec_report is not None:
        records = list(case_records(config, dataset, measured).values())
        ks = [k for k in options.ks if k <= config.candidates] or [1]
        metrics.update(summarize(records, ks))
    pipeline = pipeline_metrics(config, dataset, measured)
    if pipeline is not None:
        metrics["pipeline"] = _round(pipeline)
    return metrics


def assemble(options: EvalOptions, dataset: Dataset, measured: Measured, journal: Journal,
             started: float) -> dict[str, Any]:
    """The result as ``mambagen eval`` writes it (``eval.json``)."""
    opts = options
    report = measured.exec_report
    configs_out = []
    for config in measured.configs:
        configs_out.append({"name": config.name, "role": config.role, "lora_scale": config.lora_scale,
                            "temperature": config.temperature, "candidates": config.candidates,
                            "sweep": config.sweep, "value": config.value,
                            "metrics": _round(config_metrics(config, options, dataset, measured))})
    reference = None
    if report is not None:
        records = list(reference_records(dataset, measured).values())
        reference = _round({"cases": len(records), **summarize(records, [1])})
        reference["note"] = ("the dataset's own reference tests: the upper bound (they should all pass and kill "
                             "every mutant)")
        for key in ("written_pass", "written_kill_rate"):
            reference.pop(key, None)
    sweeps: dict[str, list[dict[str, Any]]] = {}
    for entry in configs_out:
        if entry["sweep"]:
            sweeps.setdefault(entry["sweep"], []).append({"value": entry["value"], "metrics": entry["metrics"]})
    cases_out = []
    for case in dataset.cases:
        row: dict[str, Any] = {"id": case.id, "source": case.source, "reference": case.reference_source,
                               "mutants": [m.name for m in case.mutants], "configs": {}}
        if report is not None and case.reference is not None:
            ref = report.outcomes.get(unit_key(case.id, case.reference))
            row["reference_exec"] = ref.to_dict() if ref else None
        for config in measured.configs:
            cands = measured.of(config, case.id)
            entry = {"candidates": [c.to_dict() for c in cands]}
            if report is not None:
                for c, d in zip(cands, entry["candidates"], strict=True):
                    if c.accepted:
                        o = report.outcomes.get(unit_key(case.id, c.exec_code))
                        d["exec"] = o.to_dict() if o else None
            chosen = measured.pipeline.get(config.name, {}).get(case.id)
            if chosen is not None:
                entry["pipeline"] = {k: v for k, v in chosen.items() if k != "code"}
            text = measured.text_per_case.get(config.name, {}).get(case.id)
            if text is not None:
                entry["text"] = _round(text)
            copied = measured.copy_per_case.get(config.name, {}).get(case.id)
            if copied is not None:
                entry["copy"] = _round(copied)
            forced = measured.forced_per_case.get(config.name, {}).get(case.id)
            if forced is not None:
                entry["teacher_forced"] = _round(forced)
            row["configs"][config.name] = entry
        cases_out.append(row)
    if dataset.lang == "python" and not opts.grounded:
        journal.notes.append("Grounded decoding was off (--no-grounding).")
    exec_info = None
    if report is not None:
        exec_info = {"wall_s": round(report.wall_s, 1), "sessions": report.sessions,
                     "jobs": report.jobs, "workers": opts.workers,
                     "infra_errors": report.infra_errors[:20]}
    limited = opts.limit is not None and dataset.total > len(dataset.cases)
    return {
        "schema": SCHEMA,
        "created": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "command": opts.command,
        "partial": bool(journal.partial),
        "partial_reasons": list(journal.partial),
        "limited": limited,
        "warnings": list(journal.warnings),
        "notes": _unique(journal.notes),
        "dataset": dataset.describe(),
        "model": measured.identity,
        "settings": {"candidates": opts.candidates, "ks": list(opts.ks), "temperature": opts.temperature,
                     "resample_temperature": RESAMPLE_TEMPERATURE, "lora_scale": opts.lora_scale,
                     "max_new_tokens": opts.max_new_tokens, "batch_size": opts.batch_size,
                     "grounded_decoding": opts.grounded, "seed": opts.seed, "workers": opts.workers,
                     "device": opts.device, "limit": opts.limit, "skip_exec": opts.skip_exec,
                     "skip_text": opts.skip_text, "verify": opts.verify, "time_budget": opts.time_budget,
                     "training_strings": opts.training_strings, "teacher_forced": opts.teacher_forced},
        "configs": configs_out,
        "reference": reference,
        "sweeps": sweeps,
        "execution": exec_info,
        "timing": {**journal.timing, "total_s": round(time.time() - started, 1)},
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "cases": cases_out,
    }


def _mean(values: Iterable[Any]) -> float | None:
    values = [float(v) for v in values]
    return sum(values) / len(values) if values else None


def _round(d: dict[str, Any]) -> dict[str, Any]:
    return {k: (round(v, 6) if isinstance(v, float) else v) for k, v in d.items()}


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


__all__ = ["SCHEMA", "assemble", "case_records", "config_metrics", "reference_records"]
