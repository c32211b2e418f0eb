"""Generating every configuration's candidates with the plugin's own backend, each distinct request once.

Generation goes through :class:`~pytest_mambagen.backends.local.LocalBackend`
(the one prompt builder, grounded decoding on by default), exactly as ``pytest
--mambagen`` generates. The LoRA scale of a configuration is set on the loaded
engine; nothing is reloaded. Identical requests (same case, scale, temperature
and seed) are generated once and shared (:class:`GenerationCache`), so a sweep
point equal to a main configuration costs nothing. Python candidates are checked
as they come (:mod:`.checks`); CONCODE cases take their own path (:mod:`.java`).
"""

from __future__ import annotations

import copy
import time
from pathlib import Path
from typing import Any

from ..candidates import Draw
from .checks import CaseChecks
from .datasets import Dataset, EvalCase
from .planning import Config, EvalOptions, draws
from .state import Candidate, Journal, Measured

Batch = list[tuple[EvalCase, Draw]]


def make_backend(options: EvalOptions) -> Any:
    """The plugin's local backend with the evaluation's model, adapter and decoding settings."""
    from ..backends.local import LocalBackend
    from ..config import Settings

    settings = Settings(model=options.model, adapter=options.adapter, max_new_tokens=options.max_new_tokens,
                        batch_size=options.batch_size, device=options.device, grounded_decoding=options.grounded,
                        lora_scale=options.lora_scale)
    return LocalBackend(settings, Path.cwd())


class GenerationCache:
    """Candidates by request: a request made again (a sweep point, another configuration) is not generated."""

    def __init__(self, options: EvalOptions) -> None:
        self.max_new_tokens = options.max_new_tokens
        self.grounded = options.grounded
        self._made: dict[tuple, Candidate] = {}

    def key(self, config: Config, case: EvalCase, draw: Draw) -> tuple:
        # a greedy request is the same whatever its seed
        return (case.id, config.lora_scale, draw.temperature, draw.seed if draw.temperature > 0 else None,
                self.max_new_tokens, self.grounded)

    def get(self, config: Config, case: EvalCase, draw: Draw) -> Candidate | None:
        """A copy of the candidate made for the same request, numbered as ``draw``."""
        made = self._made.get(self.key(config, case, draw))
        if made is None:
            return None
        out = copy.copy(made)
        out.index = draw.index
        return out

    def put(self, config: Config, case: EvalCase, draw: Draw, cand: Candidate) -> None:
        self._made[self.key(config, case, draw)] = cand


class Generator:
    """Fills ``measured.candidates``, configuration by configuration, in batches of the backend's size."""

    def __init__(self, backend: Any, options: EvalOptions, dataset: Dataset, checks: CaseChecks,
                 journal: Journal, measured: Measured) -> None:
        self.backend = backend
        self.options = options
        self.dataset = dataset
        self.checks = checks
        self.journal = journal
        self.measured = measured
        self.cache = GenerationCache(options)

    def run(self) -> None:
        journal, measured = self.journal, self.measured
        t0 = time.perf_counter()
        try:
            engine = self.backend.engine  # load now, so that load time is not generation time
        except KeyboardInterrupt:
            journal.partial.append("interrupted while loading the model")
            return
        journal.timing["load_s"] = round(time.perf_counter() - t0, 2)
        measured.identity["window"] = getattr(engine, "window", None)
        total = sum(c.candidates * len(self.dataset.cases) for c in measured.configs)
        done = 0
        journal.tick("generate", 0, total)
        gen_t0 = time.perf_counter()
        try:
            for config in measured.configs:
                measured.candidates[config.name] = {case.id: [] for case in self.dataset.cases}
                self._set_scale(config)
                done = self._config(config, done, total)
        except KeyboardInterrupt:
            generated = sum(len(v) for per in measured.candidates.values() for v in per.values())
            journal.partial.append(f"interrupted while generating ({generated} of {total} candidates done)")
        journal.timing["generate_s"] = round(time.perf_counter() - gen_t0, 2)
        for config in measured.configs:
            per_case = measured.candidates.get(config.name, {})
            got = [c for cands in per_case.values() for c in cands]
            if got and not any(c.text.strip() for c in got):
                journal.warnings.append(f"{config.name}: the model produced no output for any of its {len(got)} "
                                        "candidates (empty completions): check the model, the adapter and its "
                                        "chat template")

    def _set_scale(self, config: Config) -> None:
        if config.lora_scale is None:
            return
        engine = self.backend.engine
        if hasattr(engine, "set_lora_scale"):
            engine.set_lora_scale(config.lora_scale)

    def _config(self, config: Config, done: int, total: int) -> int:
        per_case = self.measured.candidates[config.name]
        todo: Batch = []
        for case in self.dataset.cases:
            for draw in draws(config, case.id, self.options.seed):
                cached = self.cache.get(config, case, draw)
                if cached is not None:
                    per_case[case.id].append(cached)
                    done += 1
                else:
                    todo.append((case, draw))
        self.journal.tick("generate", done, total)
        # Same temperature together (one decode batch needs one), shorter prompts first.
        todo.sort(key=lambda item: (item[1].temperature, _prompt_size(item[0])))
        chunk = max(1, self.options.batch_size)
        for start in range(0, len(todo), chunk):
            batch = todo[start:start + chunk]
            made = self._batch(batch)
            for (case, draw), cand in zip(batch, made, strict=True):
                self.cache.put(config, case, draw, cand)
                per_case[case.id].append(cand)
            done += len(batch)
            self.journal.tick("generate", done, total)
        for cands in per_case.values():
            cands.sort(key=lambda c: c.index)
        return done

    def _batch(self, batch: Batch) -> list[Candidate]:
        if self.dataset.lang == "java":
            from .java import generate_java

            return generate_java(self.backend.engine, batch, self.options.max_new_tokens)
        from ..backends.base import Request

        requests = [Request(id=f"{case.id}#{draw.index}", case=case.case, temperature=draw.temperature,
                            seed=draw.seed, max_new_tokens=self.options.max_new_tokens,
                            grounded=self.options.grounded)
                    for case, draw in batch]
        t0 = time.perf_counter()
        completions = self.backend.generate(requests)
        wall = time.perf_counter() - t0
        out = []
        for (case, draw), completion in zip(batch, completions, strict=True):
            cand = Candidate(case.id, draw.index, draw.temperature, draw.seed, text=completion.text or "",
                             tokens=completion.tokens, seconds=wall / len(batch), finish=completion.finish_reason,
                             error=completion.error, note=completion.note)
            self.checks.check(case, cand)
            out.append(cand)
        return out


def _prompt_size(case: EvalCase) -> int:
    if case.case is not None:
        return len(case.case.jsx) + len(case.case.manual)
    return len(case.instruction or "")


__all__ = ["GenerationCache", "Generator", "make_backend"]
