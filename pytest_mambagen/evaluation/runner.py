"""The evaluation run: generate with the plugin's own path, validate, score the text, execute, summarise.

Generation goes through :class:`~pytest_mambagen.backends.local.LocalBackend`
(the one prompt builder, grounded decoding on by default), exactly as ``pytest
--mambagen`` generates; candidates are sampled as :mod:`pytest_mambagen.session`
samples them: candidate 1 at ``--temperature`` (greedy by default), the others
at that temperature or, when it is 0, at 0.7, each with its own seed. Every
candidate is checked by :func:`pytest_mambagen.validate.validate`; only accepted
ones are executed (:mod:`.execmetrics`).

The product's result is measured beside the model's: the main configurations'
candidates are fed, in order, to the plugin's own candidate loop
(:class:`pytest_mambagen.candidates.Selection`: validate, verify on the mounted
screen, stop at the first that passes, else keep the furthest), and the test it
would write is executed like any candidate (on the screen and its mutants). The
result then shows both the model's raw pass@1 / pass@k and the pipeline's
written tests that pass, their verified share, their kill rate and the seconds
per case (generation of the candidates it consumed, plus verification).

Configurations: with an adapter, *baseline* is the same weights at LoRA scale
0 (the base model alone, the paper's Table 6 comparison) and *adapter* is the
adapter at ``--lora-scale``; the scale is changed on the loaded engine, nothing
is reloaded. Without an adapter (``--adapter none``) there is one
configuration, *base*. Sweeps add one configuration per LoRA scale or
temperature, one candidate per case, on the same cases; identical requests
(same case, scale, temperature and seed) are generated once and shared.

CONCODE (Java) cases are generated from their ``nl`` through the chat template
as a plain instruction, with the same engine, and scored on text only.

An interrupted run (Ctrl-C), a browser that cannot start, unusable input lines
or missing metric packages keep everything measured so far; the result says
``"partial": true`` and why.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..candidates import RESAMPLE_TEMPERATURE, TIME_BUDGET_S
from ..candidates import plan as plan_candidates  # later candidates are sampled as the plugin resamples
from ..config import LORA_SCALE_RANGE, TEMPERATURE_RANGE
from ..errors import ConfigError, MambagenError
from .datasets import Dataset, EvalCase
from .execmetrics import REJECTED, CaseRecord, Executor, Unit, summarize

SCHEMA = "mambagen-eval/1"
DEFAULT_SCALES = (0.0, 0.5, 1.0, 1.5, 2.0)
DEFAULT_TEMPERATURES = (0.0, 0.25, 0.5, 0.75, 1.0)
SWEEPS = ("lora_scale", "temperature")
CONCODE_SYSTEM = None  # CONCODE: the instruction alone, no system message


@dataclass
class EvalOptions:
    dataset: str
    model: str | None = None
    adapter: str | None = None
    limit: int | None = None
    split: str | None = None
    synth_seed: int = 1
    workers: int = 1
    candidates: int = 5
    ks: tuple[int, ...] = (1, 5)
    temperature: float = 0.0
    lora_scale: float = 1.0
    baseline: bool = True
    sweeps: tuple[str, ...] = ()
    sweep_scales: tuple[float, ...] = DEFAULT_SCALES
    sweep_temperatures: tuple[float, ...] = DEFAULT_TEMPERATURES
    skip_exec: bool = False
    skip_text: bool = False
    max_new_tokens: int = 1024
    batch_size: int = 8
    device: str = "auto"
    grounded: bool = True
    seed: int = 0
    node_modules: str | None = None
    browser: str | None = None
    esbuild: str | None = None
    workdir: str | None = None  # keep the candidate files and worker logs here
    command: str = ""
    verify: bool = True  # the pipeline verifies candidates on their mounted screens, as the plugin does
    time_budget: float = TIME_BUDGET_S

    def __post_init__(self) -> None:
        if self.candidates < 1:
            raise ConfigError(f"--candidates must be at least 1, got {self.candidates}")
        if self.workers < 1:
            raise ConfigError(f"--workers must be at least 1, got {self.workers}")
        if self.ks and max(self.ks) > self.candidates:
            raise ConfigError(f"--k {','.join(map(str, self.ks))} needs --candidates >= {max(self.ks)}, "
                              f"got {self.candidates}")
        for name in self.sweeps:
            if name not in SWEEPS:
                raise ConfigError(f"--sweep takes {' or '.join(s.replace('_', '-') for s in SWEEPS)}, got {name!r}")
        # the plugin's ranges (config.py states them once)
        for name, values, (low, high) in (("temperatures", (self.temperature, *self.sweep_temperatures),
                                           TEMPERATURE_RANGE),
                                          ("LoRA scales", (self.lora_scale, *self.sweep_scales), LORA_SCALE_RANGE)):
            for v in values:
                if not low <= v <= high:
                    raise ConfigError(f"{name} must be between {low:g} and {high:g}, got {v}")


@dataclass
class Config:
    name: str
    lora_scale: float | None  # None: no adapter loaded
    temperature: float
    candidates: int
    sweep: str | None = None
    value: float | None = None
    role: str = "main"  # main | sweep


@dataclass
class Candidate:
    case_id: str
    index: int
    temperature: float
    seed: int
    text: str = ""
    code: str = ""  # the code as the model wrote it (for text metrics)
    exec_code: str = ""  # the validated (possibly repaired) code the plugin would write
    tokens: int = 0
    seconds: float = 0.0
    finish: str = ""
    error: str | None = None
    note: str | None = None
    checks: dict[str, bool] = field(default_factory=dict)
    accepted: bool = False
    reasons: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return bool(self.checks.get("syntax")) and bool(self.checks.get("has_test"))

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "temperature": self.temperature, "seed": self.seed, "tokens": self.tokens,
                "seconds": round(self.seconds, 3), "finish": self.finish, "error": self.error, "note": self.note,
                "checks": dict(self.checks), "accepted": self.accepted, "reasons": self.reasons[:4],
                "code": self.code}


Listener = Callable[[str, int, int], None]  # (stage, done, total)


class Evaluation:
    def __init__(self, options: EvalOptions, dataset: Dataset, *, backend: Any = None,
                 progress: Listener | None = None, echo: Callable[[str], None] | None = None,
                 checkpoint: Callable[[dict[str, Any]], None] | None = None):
        self.options = options
        self.dataset = dataset
        self._backend = backend
        self.progress = progress
        self.echo = echo or (lambda text: print(text, file=sys.stderr, flush=True))
        self.checkpoint = checkpoint
        self.partial: list[str] = []
        self.warnings: list[str] = []
        self.notes: list[str] = list(dataset.notes)
        self.configs: list[Config] = []
        self.candidates: dict[str, dict[str, list[Candidate]]] = {}  # config -> case id -> candidates
        self._cache: dict[tuple, Candidate] = {}
        self._inventories: dict[str, Any] = {}
        self.identity: dict[str, Any] = {}
        self.timing: dict[str, float] = {}
        self.exec_report = None
        self.text: dict[str, dict[str, Any]] = {}  # config -> corpus text metrics
        self.text_per_case: dict[str, dict[str, dict[str, Any]]] = {}
        self.pipeline: dict[str, dict[str, dict[str, Any]]] = {}  # config -> case id -> what it would write
        self.started = time.time()

    # -- the whole run ---------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        if self.dataset.skipped:
            self.partial.append(f"{len(self.dataset.skipped)} input(s) of the dataset could not be used "
                                f"(listed under dataset.skipped)")
        self._generate_all()
        self._save_checkpoint("generation done")
        if not self.options.skip_text:
            self._score_text()
        if not self.options.skip_exec and self.dataset.lang == "python":
            self._select()
            self._execute()
        elif self.dataset.lang != "python" and not self.options.skip_exec:
            self.notes.append("Execution metrics do not apply to CONCODE (Java methods without tests).")
        return self.result()

    # -- generation ------------------------------------------------------------------
    @property
    def backend(self):
        if self._backend is None:
            from ..backends.local import LocalBackend
            from ..config import Settings

            settings = Settings(model=self.options.model, adapter=self.options.adapter,
                                max_new_tokens=self.options.max_new_tokens, batch_size=self.options.batch_size,
                                device=self.options.device, grounded_decoding=self.options.grounded,
                                lora_scale=self.options.lora_scale)
            self._backend = LocalBackend(settings, Path.cwd())
        return self._backend

    def _plan(self) -> list[Config]:
        opts = self.options
        has_adapter = getattr(self.backend, "adapter", None) is not None
        n = 1 if self.dataset.lang == "java" else opts.candidates
        configs: list[Config] = []
        if has_adapter:
            if opts.baseline:
                configs.append(Config("baseline", 0.0, opts.temperature, n))
            configs.append(Config("adapter", opts.lora_scale, opts.temperature, n))
        else:
            configs.append(Config("base", None, opts.temperature, n))
        for sweep in opts.sweeps:
            if sweep == "lora_scale":
                if not has_adapter:
                    raise ConfigError("--sweep lora-scale needs an adapter; this model has none "
                                      "(give --adapter, or drop --adapter none)")
                for v in opts.sweep_scales:
                    configs.append(Config(f"lora_scale={v:g}", v, opts.temperature, 1, sweep, v, "sweep"))
            else:
                for v in opts.sweep_temperatures:
                    configs.append(Config(f"temperature={v:g}", opts.lora_scale if has_adapter else None, v, 1,
                                          sweep, v, "sweep"))
        if self.dataset.lang == "java" and opts.candidates > 1:
            self.notes.append("CONCODE: one candidate per case (pass@k needs execution, which Java methods "
                              "here do not have).")
        return configs

    def _generate_all(self) -> None:
        backend = self.backend
        self.identity = dict(backend.identity())
        self.configs = self._plan()
        t0 = time.perf_counter()
        try:
            engine = backend.engine  # load now, so that load time is not generation time
        except KeyboardInterrupt:
            self.partial.append("interrupted while loading the model")
            return
        self.timing["load_s"] = round(time.perf_counter() - t0, 2)
        self.identity["window"] = getattr(engine, "window", None)
        # Most candidates first? No: configs in order, sweeps last, so that the main table fills first.
        total = sum(c.candidates * len(self.dataset.cases) for c in self.configs)
        done = 0
        self._tick("generate", 0, total)
        gen_t0 = time.perf_counter()
        try:
            for config in self.configs:
                self.candidates[config.name] = {case.id: [] for case in self.dataset.cases}
                self._set_scale(config)
                done = self._generate_config(config, done, total)
        except KeyboardInterrupt:
            generated = sum(len(v) for per in self.candidates.values() for v in per.values())
            self.partial.append(f"interrupted while generating ({generated} of {total} candidates done)")
        self.timing["generate_s"] = round(time.perf_counter() - gen_t0, 2)
        for config in self.configs:
            per_case = self.candidates.get(config.name, {})
            got = [c for cands in per_case.values() for c in cands]
            if got and not any(c.text.strip() for c in got):
                self.warnings.append(f"{config.name}: the model produced no output for any of its {len(got)} "
                                     "candidates (empty completions): check the model, the adapter and its "
                                     "chat template")

    def _set_scale(self, config: Config) -> None:
        if config.lora_scale is None:
            return
        engine = self.backend.engine
        if hasattr(engine, "set_lora_scale"):
            engine.set_lora_scale(config.lora_scale)

    def _request_plan(self, config: Config, case: EvalCase) -> list[tuple[int, float, int]]:
        draws = plan_candidates(config.candidates, config.temperature, f"{self.options.seed}:{case.id}")
        return [(d.index, d.temperature, d.seed) for d in draws]

    def _cache_key(self, config: Config, case: EvalCase, temperature: float, seed: int) -> tuple:
        return (case.id, config.lora_scale, temperature, seed if temperature > 0 else None,
                self.options.max_new_tokens, self.options.grounded)

    def _generate_config(self, config: Config, done: int, total: int) -> int:
        todo: list[tuple[EvalCase, int, float, int]] = []
        for case in self.dataset.cases:
            for index, temperature, seed in self._request_plan(config, case):
                cached = self._cache.get(self._cache_key(config, case, temperature, seed))
                if cached is not None:
                    self.candidates[config.name][case.id].append(_copy(cached, index))
                    done += 1
                else:
                    todo.append((case, index, temperature, seed))
        self._tick("generate", done, total)
        # Same temperature together (one decode batch needs one), shorter prompts first.
        todo.sort(key=lambda item: (item[2], _prompt_size(item[0])))
        chunk = max(1, self.options.batch_size)
        for start in range(0, len(todo), chunk):
            batch = todo[start:start + chunk]
            made = self._generate_batch(config, batch)
            for (case, _index, temperature, seed), cand in zip(batch, made, strict=True):
                self._cache[self._cache_key(config, case, temperature, seed)] = cand
                self.candidates[config.name][case.id].append(cand)
            done += len(batch)
            self._tick("generate", done, total)
        for per_case in self.candidates[config.name].values():
            per_case.sort(key=lambda c: c.index)
        return done

    def _generate_batch(self, config: Config, batch: list[tuple[EvalCase, int, float, int]]) -> list[Candidate]:
        if self.dataset.lang == "java":
            return self._generate_java(batch)
        from ..backends.base import Request

        requests = [Request(id=f"{case.id}#{index}", case=case.case, temperature=temperature, seed=seed,
                            max_new_tokens=self.options.max_new_tokens, grounded=self.options.grounded)
                    for case, index, temperature, seed in batch]
        t0 = time.perf_counter()
        completions = self.backend.generate(requests)
        wall = time.perf_counter() - t0
        out = []
        for (case, index, temperature, seed), completion in zip(batch, completions, strict=True):
            cand = Candidate(case.id, index, temperature, seed, text=completion.text or "", tokens=completion.tokens,
                             seconds=wall / len(batch), finish=completion.finish_reason, error=completion.error,
                             note=completion.note)
            self._validate(case, cand)
            out.append(cand)
        return out

    def _inputs(self, case: EvalCase, root: Path | None = None) -> Any:
        from ..candidates import CaseInputs

        screen = root / case.screen_rel if root is not None and case.screen_rel else Path(case.case.screen)
        test_dir = (root / case.test_dir_rel if case.test_dir_rel else root) if root is not None else None
        return CaseInputs(case.case.screen, case.case.jsx, screen, dict(case.case.siblings), self._inventory(case),
                          manual_text=case.case.manual, test_dir=test_dir)

    def _validate(self, case: EvalCase, cand: Candidate) -> None:
        """The candidate loop's static step, as the plugin runs it with verification off (the raw model)."""
        from ..candidates import check
        from ..prompts import extract_code

        cand.code = extract_code(cand.text)
        if cand.error:
            cand.checks = {"syntax": False}
            cand.reasons = [cand.error]
            return
        checked = check(cand.text, self._inputs(case), finish_reason=cand.finish,
                        max_new_tokens=self.options.max_new_tokens)
        cand.checks = dict(checked.checks)
        cand.accepted = checked.status == "accepted"
        cand.reasons = list(checked.reasons)
        cand.exec_code = checked.code if cand.accepted else ""

    def _inventory(self, case: EvalCase):
        inventory = self._inventories.get(case.id)
        if inventory is None:
            from ..errors import InputError
            from ..inventory import screen_inventory

            try:
                inventory = screen_inventory(case.case.jsx, case.case.screen, case.case.siblings)
            except InputError:
                inventory = screen_inventory(case.case.jsx, case.case.screen, case.case.siblings, check=False)
            self._inventories[case.id] = inventory
        return inventory

    def _generate_java(self, batch: list[tuple[EvalCase, int, float, int]]) -> list[Candidate]:
        from ..model.engine import EngineRow
        from ..prompts import render
        from .textmetrics import first_java_method

        engine = self.backend.engine
        max_new = self.options.max_new_tokens
        out: list[Candidate | None] = [None] * len(batch)
        rows, where = [], []
        for i, (case, index, temperature, seed) in enumerate(batch):
            messages = [{"role": "user", "content": case.instruction or ""}]
            prompt = render(engine.tokenizer, messages)
            size = engine.count_tokens(prompt)
            if size > engine.window - max_new:
                out[i] = Candidate(case.id, index, temperature, seed, finish="error",
                                   error=f"prompt is {size} tokens, over the model's window of {engine.window} "
                                         f"minus {max_new} for the answer")
                continue
            rows.append(EngineRow(prompt, temperature, 1.0, seed, None))
            where.append(i)
        if rows:
            t0 = time.perf_counter()
            results = engine.generate(rows, max_new)
            wall = time.perf_counter() - t0
            for i, result in zip(where, results, strict=True):
                case, index, temperature, seed = batch[i]
                text = engine.decode(result)
                out[i] = Candidate(case.id, index, temperature, seed, text=text, code=first_java_method(text),
                                   tokens=len(result.tokens), seconds=wall / len(rows), finish=result.finish_reason)
        for cand in out:
            assert cand is not None
            cand.checks = {"syntax": bool(cand.code.strip())}
        return [c for c in out if c is not None]

    # -- text metrics --------------------------------------------------------------------
    def _score_text(self) -> None:
        from . import textmetrics

        lang = self.dataset.lang
        try:
            textmetrics.check_available(lang)
        except textmetrics.MetricsUnavailable as exc:
            self.partial.append(f"text metrics not measured: {exc}")
            return
        t0 = time.perf_counter()
        cases = [c for c in self.dataset.cases if c.reference is not None]
        if len(cases) < len(self.dataset.cases):
            self.notes.append(f"Text metrics over the {len(cases)} of {len(self.dataset.cases)} cases that have a "
                              "reference test.")
        total = len(self.configs) * len(cases)
        done = 0
        self._tick("text metrics", 0, total)
        try:
            for config in self.configs:
                per = self.candidates.get(config.name, {})
                pairs = [(case, per[case.id][0]) for case in cases if per.get(case.id)]
                if not pairs:
                    continue
                hyps = [cand.code for _, cand in pairs]
                refs = [case.reference for case, _ in pairs]
                corpus = textmetrics.score_corpus(hyps, refs, lang)
                corpus["cases"] = len(pairs)
                self.text[config.name] = corpus
                per_case: dict[str, dict[str, Any]] = {}
                for case, cand in pairs:
                    per_case[case.id] = textmetrics.score_pair(cand.code, case.reference, lang)
                    done += 1
                    if done % 25 == 0:
                        self._tick("text metrics", done, total)
                self.text_per_case[config.name] = per_case
        except KeyboardInterrupt:
            self.partial.append("interrupted while computing text metrics")
        self._tick("text metrics", total, total)
        self.timing["text_s"] = round(time.perf_counter() - t0, 2)

    # -- the pipeline: what the plugin would write -----------------------------------------
    def _select(self) -> None:
        """Feed each main configuration's candidates, in order, to the plugin's candidate loop."""
        from ..candidates import Selection
        from ..execution import default_node_modules
        from ..verification import Verifier

        opts = self.options
        cases = [c for c in self.dataset.cases if c.executable]
        if not cases:
            return
        node_modules = opts.node_modules or _project_node_modules(cases) or default_node_modules()
        verifier = None
        if opts.verify:
            verifier = Verifier(node_modules=str(node_modules) if node_modules else None, browser=opts.browser,
                                esbuild=opts.esbuild)
        tmp = tempfile.TemporaryDirectory(prefix="mambagen-verify-")
        t0 = time.perf_counter()
        done, total = 0, sum(1 for c in self.configs if c.role == "main") * len(cases)
        try:
            for config in self.configs:
                if config.role != "main":
                    continue
                per = self.pipeline.setdefault(config.name, {})
                for case in cases:
                    cands = self.candidates.get(config.name, {}).get(case.id, [])
                    if len(cands) < config.candidates:
                        continue
                    root = _stage(Path(tmp.name), case)
                    inputs = self._inputs(case, root)
                    use = verifier
                    if use is not None and (why := use.availability(inputs.screen_path)) is not None:
                        use = None
                        self.notes.append(f"Pipeline without verification: {why}.")
                    selection = Selection(inputs, budget=config.candidates, verifier=use,
                                          time_budget_s=opts.time_budget, max_new_tokens=opts.max_new_tokens)
                    consumed = []
                    for cand in cands:
                        if selection.done:
                            break
                        consumed.append(cand)
                        selection.offer("" if cand.error else cand.text, finish_reason=cand.finish)
                    choice = selection.choice()
                    per[case.id] = {"status": choice.status, "index": choice.attempt.index if choice.attempt else None,
                                    "tried": choice.tried, "code": choice.code, "note": choice.note,
                                    "verify_s": round(choice.seconds, 3),
                                    "generate_s": round(sum(c.seconds for c in consumed), 3),
                                    "rejections": choice.rejections[-3:]}
                    done += 1
                    self._tick("verify", done, total)
        except KeyboardInterrupt:
            self.partial.append("interrupted while verifying candidates")
        finally:
            if verifier is not None:
                verifier.close()
            tmp.cleanup()
        self.timing["verify_s"] = round(time.perf_counter() - t0, 2)

    def _pipeline_metrics(self, config: Config) -> dict[str, Any] | None:
        from .execmetrics import KILLED, PASSED

        per = self.pipeline.get(config.name)
        if not per:
            return None
        cases = {c.id: c for c in self.dataset.cases}
        rows = list(per.items())
        written = [(cid, r) for cid, r in rows if r["code"]]
        outcomes = {}
        if self.exec_report is not None:
            for cid, r in written:
                outcomes[cid] = self.exec_report.outcomes.get(_unit_key(cid, r["code"]))
        passing = sum(1 for cid, _ in written if outcomes.get(cid) is not None and outcomes[cid].outcome == PASSED)
        with_mutants = [cid for cid, _ in rows if cases[cid].mutants]
        pairs = sum(len(cases[cid].mutants) for cid in with_mutants)
        killed = sum(sum(1 for v in outcomes[cid].mutants.values() if v == KILLED)
                     for cid in with_mutants if outcomes.get(cid) is not None)
        return {
            "cases": len(rows),
            "written": len(written) / len(rows),
            "verified": sum(r["status"] == "verified" for _, r in rows) / len(rows),
            "verified_of_written": (sum(r["status"] == "verified" for _, r in written) / len(written))
            if written else None,
            "written_pass": passing / len(rows) if self.exec_report is not None else None,
            "kill_rate": killed / pairs if pairs and self.exec_report is not None else None,
            "kill_cases": len(with_mutants),
            "s_per_case": sum(r["generate_s"] + r["verify_s"] for _, r in rows) / len(rows),
            "verify_s_per_case": sum(r["verify_s"] for _, r in rows) / len(rows),
            "candidates_per_case": sum(r["tried"] for _, r in rows) / len(rows),
        }

    # -- execution -----------------------------------------------------------------------
    def _execute(self) -> None:
        from ..execution import default_node_modules

        opts = self.options
        cases = [c for c in self.dataset.cases if c.executable]
        units: list[Unit] = []
        seen: set[str] = set()
        for case in cases:  # references first: the first job also tells whether the browser starts
            if case.reference is not None:
                key = _unit_key(case.id, case.reference)
                units.append(Unit(key, case, case.reference))
                seen.add(key)
        for config in self.configs:
            for case in cases:
                for cand in self.candidates.get(config.name, {}).get(case.id, []):
                    if cand.accepted:
                        key = _unit_key(case.id, cand.exec_code)
                        if key not in seen:
                            seen.add(key)
                            units.append(Unit(key, case, cand.exec_code))
        for per in self.pipeline.values():  # what the pipeline would write (it may be a repair)
            for case in cases:
                code = per.get(case.id, {}).get("code")
                if code and (key := _unit_key(case.id, code)) not in seen:
                    seen.add(key)
                    units.append(Unit(key, case, code))
        if not units:
            return
        node_modules = Path(opts.node_modules) if opts.node_modules else None
        if node_modules is None:
            node_modules = _project_node_modules(cases) or default_node_modules()
        if node_modules is None:
            self.partial.append("tests not executed: no node_modules with react, react-dom and esbuild "
                                "(run scripts/setup_browser.sh, or pass --node-modules)")
            return
        tmp = None
        if opts.workdir:
            workdir = Path(opts.workdir)
            workdir.mkdir(parents=True, exist_ok=True)
        else:
            tmp = tempfile.TemporaryDirectory(prefix="mambagen-eval-")
            workdir = Path(tmp.name)
        t0 = time.perf_counter()
        try:
            executor = Executor(workdir, workers=opts.workers, node_modules=node_modules, browser=opts.browser,
                                esbuild=opts.esbuild, progress=self._tick)
            self.exec_report = executor.run(units)
        except KeyboardInterrupt:
            self.partial.append("interrupted while running tests")
        finally:
            if tmp is not None:
                tmp.cleanup()
        self.timing["execute_s"] = round(time.perf_counter() - t0, 2)
        report = self.exec_report
        if report is None:
            return
        if report.interrupted:
            self.partial.append(report.interrupted)
        if report.infra_errors:
            first = report.infra_errors[0].split(": ", 1)[-1]
            self.partial.append(f"the browser or toolchain failed ({len(report.infra_errors)} run(s)): {first}")
        broken = [case.id for case in cases if case.reference is not None and
                  (o := report.outcomes.get(_unit_key(case.id, case.reference))) is not None
                  and o.outcome in ("failed", "error")]
        if broken:
            self.warnings.append(f"{len(broken)} reference test(s) fail on their own screen (a dataset problem; "
                                 f"those cases still count): {', '.join(broken[:5])}"
                                 + (" ..." if len(broken) > 5 else ""))

    # -- results -------------------------------------------------------------------------
    def _case_records(self, config: Config) -> dict[str, CaseRecord]:
        from .execmetrics import NOT_RUN

        report = self.exec_report
        out: dict[str, CaseRecord] = {}
        for case in self.dataset.cases:
            cands = self.candidates.get(config.name, {}).get(case.id, [])
            if len(cands) < config.candidates or not case.executable:
                continue
            statuses, kills = [], []
            for cand in cands:
                if not cand.accepted:
                    statuses.append(REJECTED)
                    kills.append({})
                    continue
                outcome = report.outcomes.get(_unit_key(case.id, cand.exec_code)) if report else None
                statuses.append(outcome.outcome if outcome else NOT_RUN)
                kills.append(dict(outcome.mutants) if outcome else {})
            out[case.id] = CaseRecord(statuses, kills, len(case.mutants))
        return out

    def _reference_records(self) -> dict[str, CaseRecord]:
        from .execmetrics import NOT_RUN

        report = self.exec_report
        out = {}
        for case in self.dataset.cases:
            if case.reference is None or not case.executable:
                continue
            outcome = report.outcomes.get(_unit_key(case.id, case.reference)) if report else None
            out[case.id] = CaseRecord([outcome.outcome if outcome else NOT_RUN],
                                      [dict(outcome.mutants) if outcome else {}], len(case.mutants))
        return out

    def config_metrics(self, config: Config) -> dict[str, Any]:
        per_case = self.candidates.get(config.name, {})
        complete = [cands for cands in per_case.values() if len(cands) >= config.candidates]
        firsts = [cands[0] for cands in complete]
        everything = [c for cands in complete for c in cands]
        metrics: dict[str, Any] = {"cases": len(complete)}
        if firsts:
            metrics["valid"] = _mean(c.valid for c in firsts)
            if self.dataset.lang == "python":
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
        if config.name in self.text:
            metrics.update({k: v for k, v in self.text[config.name].items() if k not in ("pairs",)})
            metrics["text_cases"] = self.text[config.name].get("cases")
        if self.exec_report is not None:
            records = list(self._case_records(config).values())
            ks = [k for k in self.options.ks if k <= config.candidates] or [1]
            metrics.update(summarize(records, ks))
        pipeline = self._pipeline_metrics(config)
        if pipeline is not None:
            metrics["pipeline"] = _round(pipeline)
        return metrics

    def result(self) -> dict[str, Any]:
        opts = self.options
        configs_out = []
        for config in self.configs:
            configs_out.append({"name": config.name, "role": config.role, "lora_scale": config.lora_scale,
                                "temperature": config.temperature, "candidates": config.candidates,
                                "sweep": config.sweep, "value": config.value,
                                "metrics": _round(self.config_metrics(config))})
        reference = None
        if self.exec_report is not None:
            records = list(self._reference_records().values())
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
        for case in self.dataset.cases:
            row: dict[str, Any] = {"id": case.id, "source": case.source, "reference": case.reference_source,
                                   "mutants": [m.name for m in case.mutants], "configs": {}}
            if self.exec_report is not None and case.reference is not None:
                ref = self.exec_report.outcomes.get(_unit_key(case.id, case.reference))
                row["reference_exec"] = ref.to_dict() if ref else None
            for config in self.configs:
                cands = self.candidates.get(config.name, {}).get(case.id, [])
                entry = {"candidates": [c.to_dict() for c in cands]}
                if self.exec_report is not None:
                    for c, d in zip(cands, entry["candidates"], strict=True):
                        if c.accepted:
                            o = self.exec_report.outcomes.get(_unit_key(case.id, c.exec_code))
                            d["exec"] = o.to_dict() if o else None
                chosen = self.pipeline.get(config.name, {}).get(case.id)
                if chosen is not None:
                    entry["pipeline"] = {k: v for k, v in chosen.items() if k != "code"}
                text = self.text_per_case.get(config.name, {}).get(case.id)
                if text is not None:
                    entry["text"] = _round(text)
                row["configs"][config.name] = entry
            cases_out.append(row)
        if self.dataset.lang == "python" and not opts.grounded:
            self.notes.append("Grounded decoding was off (--no-grounding).")
        exec_info = None
        if self.exec_report is not None:
            exec_info = {"wall_s": round(self.exec_report.wall_s, 1), "sessions": self.exec_report.sessions,
                         "jobs": self.exec_report.jobs, "workers": opts.workers,
                         "infra_errors": self.exec_report.infra_errors[:20]}
        limited = opts.limit is not None and self.dataset.total > len(self.dataset.cases)
        return {
            "schema": SCHEMA,
            "created": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
            "command": opts.command,
            "partial": bool(self.partial),
            "partial_reasons": list(self.partial),
            "limited": limited,
            "warnings": list(self.warnings),
            "notes": _unique(self.notes),
            "dataset": self.dataset.describe(),
            "model": self.identity,
            "settings": {"candidates": opts.candidates, "ks": list(opts.ks), "temperature": opts.temperature,
                         "resample_temperature": RESAMPLE_TEMPERATURE, "lora_scale": opts.lora_scale,
                         "max_new_tokens": opts.max_new_tokens, "batch_size": opts.batch_size,
                         "grounded_decoding": opts.grounded, "seed": opts.seed, "workers": opts.workers,
                         "device": opts.device, "limit": opts.limit, "skip_exec": opts.skip_exec,
                         "skip_text": opts.skip_text, "verify": opts.verify, "time_budget": opts.time_budget},
            "configs": configs_out,
            "reference": reference,
            "sweeps": sweeps,
            "execution": exec_info,
            "timing": {**self.timing, "total_s": round(time.time() - self.started, 1)},
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
            "cases": cases_out,
        }

    # -- helpers -------------------------------------------------------------------------
    def _tick(self, stage: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(stage, done, total)

    def _save_checkpoint(self, stage: str) -> None:
        if self.checkpoint is None:
            return
        snapshot = self.result()
        snapshot["partial"] = True
        snapshot["partial_reasons"] = [*snapshot["partial_reasons"], f"run in progress (last stage: {stage})"]
        try:
            self.checkpoint(snapshot)
        except OSError as exc:
            self.warnings.append(f"checkpoint not written: {exc}")


def _copy(cand: Candidate, index: int) -> Candidate:
    import copy

    out = copy.copy(cand)
    out.index = index
    return out


def _stage(folder: Path, case: EvalCase) -> Path:
    """The case's files laid out as execution lays them out, for verification (the screen and its siblings)."""
    from .execmetrics import _inside

    root = folder / hashlib.sha1(case.id.encode()).hexdigest()[:12]
    for rel, text in case.files.items():
        target = _inside(root, rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


def _unit_key(case_id: str, code: str) -> str:
    """One test file per case and code: a candidate equal to the reference (or to another candidate) runs once."""
    return f"{case_id}:{hashlib.sha256(code.strip().encode()).hexdigest()[:16]}"


def _prompt_size(case: EvalCase) -> int:
    if case.case is not None:
        return len(case.case.jsx) + len(case.case.manual)
    return len(case.instruction or "")


def _project_node_modules(cases: Sequence[EvalCase]) -> Path | None:
    """The fixture project's own node_modules (react, react-dom, esbuild), when it has one."""
    for case in cases:
        project = case.meta.get("project")
        if project and (Path(project) / "node_modules" / "react").is_dir():
            return Path(project) / "node_modules"
    return None


def _mean(values) -> float | None:
    values = [float(v) for v in values]
    return sum(values) / len(values) if values else None


def _round(d: dict[str, Any]) -> dict[str, Any]:
    return {k: (round(v, 6) if isinstance(v, float) else v) for k, v in d.items()}


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def run_evaluation(options: EvalOptions, *, backend: Any = None, progress: Listener | None = None,
                   checkpoint: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    """Load the dataset and run everything; raises :class:`MambagenError` for unusable input."""
    from .datasets import load_dataset

    dataset = load_dataset(options.dataset, limit=options.limit, split=options.split, synth_seed=options.synth_seed)
    return Evaluation(options, dataset, backend=backend, progress=progress, checkpoint=checkpoint).run()


__all__ = ["Config", "EvalOptions", "Evaluation", "MambagenError", "run_evaluation"]
