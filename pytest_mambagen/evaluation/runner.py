"""The evaluation run: plan, generate with the plugin's own path, score the text, choose, execute, report.

:class:`Evaluation` only orders the stages; each is a module with one job:

* :mod:`.planning`: the options, the configurations (baseline / adapter / base and
  the sweep points) and each case's candidates, drawn as the plugin draws them;
* :mod:`.generation`: the candidates through the plugin's backend, each distinct
  request once (:class:`~.generation.GenerationCache`); CONCODE (Java) cases
  through :mod:`.java`;
* :mod:`.checks`: each case's inputs made once, and the candidate loop's static
  step on every candidate, as the plugin runs it with verification off (the raw model);
* :mod:`.scoring`: text metrics against the references;
* :mod:`.copying`: copy metrics (literal, value and novel-string recall, free-running
  and, with ``--teacher-forced``, teacher-forced), as the training run's proxy computes them;
* :mod:`.pipeline`: what the plugin would write (the candidate loop with verification);
* :mod:`.execute`: the references, accepted candidates and written tests on the
  correct screen and its mutants;
* :mod:`.results`: the result, from what the stages recorded in :mod:`.state`.

An interrupted run (Ctrl-C), a browser that cannot start, unusable input lines
or missing metric packages keep everything measured so far; the result says
``"partial": true`` and why.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from ..errors import MambagenError
from . import results
from .checks import CaseChecks
from .copying import read_training_strings, score_copy, teacher_force
from .copymetrics import TrainingStrings
from .datasets import Dataset
from .execute import execute
from .generation import Generator, make_backend
from .java import CONCODE_SYSTEM
from .pipeline import select
from .planning import DEFAULT_SCALES, DEFAULT_TEMPERATURES, SWEEPS, Config, EvalOptions, plan_configs
from .results import SCHEMA
from .scoring import score_text
from .state import Candidate, Journal, Listener, Measured


class Evaluation:
    def __init__(self, options: EvalOptions, dataset: Dataset, *, backend: Any = None,
                 progress: Listener | None = None, echo: Callable[[str], None] | None = None,
                 checkpoint: Callable[[dict[str, Any]], None] | None = None, seen: TrainingStrings | None = None):
        self.options = options
        self.dataset = dataset
        self._backend = backend
        self.echo = echo or (lambda text: print(text, file=sys.stderr, flush=True))
        self.checkpoint = checkpoint
        self.journal = Journal(notes=list(dataset.notes), progress=progress)
        self.measured = Measured()
        self.checks = CaseChecks(options.max_new_tokens)
        if seen is None and options.training_strings:
            seen = read_training_strings(options.training_strings)
        self.seen = seen
        self.started = time.time()

    # -- the whole run ---------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        journal = self.journal
        if self.dataset.skipped:
            journal.partial.append(f"{len(self.dataset.skipped)} input(s) of the dataset could not be used "
                                   f"(listed under dataset.skipped)")
        self._generate()
        self._save_checkpoint("generation done")
        if not self.options.skip_text:
            score_text(self.dataset, self.measured, journal)
        score_copy(self.dataset, self.measured, journal, self.seen)
        if self.options.teacher_forced:
            teacher_force(self.backend, self.options, self.dataset, self.measured, journal, self.seen)
            self._save_checkpoint("teacher forcing done")
        if not self.options.skip_exec and self.dataset.lang == "python":
            select(self.options, self.dataset, self.measured, self.checks, journal)
            execute(self.options, self.dataset, self.measured, journal)
        elif self.dataset.lang != "python" and not self.options.skip_exec:
            journal.notes.append("Execution metrics do not apply to CONCODE (Java methods without tests).")
        return self.result()

    @property
    def backend(self) -> Any:
        if self._backend is None:
            self._backend = make_backend(self.options)
        return self._backend

    def _generate(self) -> None:
        backend = self.backend
        self.measured.identity = dict(backend.identity())
        configs, notes = plan_configs(self.options, lang=self.dataset.lang,
                                      has_adapter=getattr(backend, "adapter", None) is not None)
        self.measured.configs = configs
        self.journal.notes += notes
        Generator(backend, self.options, self.dataset, self.checks, self.journal, self.measured).run()

    # -- results -------------------------------------------------------------------------
    def config_metrics(self, config: Config) -> dict[str, Any]:
        return results.config_metrics(config, self.options, self.dataset, self.measured)

    def result(self) -> dict[str, Any]:
        return results.assemble(self.options, self.dataset, self.measured, self.journal, self.started)

    def _save_checkpoint(self, stage: str) -> None:
        if self.checkpoint is None:
            return
        snapshot = self.result()
        snapshot["partial"] = True
        snapshot["partial_reasons"] = [*snapshot["partial_reasons"], f"run in progress (last stage: {stage})"]
        try:
            self.checkpoint(snapshot)
        except OSError as exc:
            self.journal.warnings.append(f"checkpoint not written: {exc}")

    # -- what was measured, under the names callers used before the stages moved out ----
    @property
    def configs(self) -> list[Config]:
        return self.measured.configs

    @property
    def candidates(self) -> dict[str, dict[str, list[Candidate]]]:
        return self.measured.candidates

    @property
    def identity(self) -> dict[str, Any]:
        return self.measured.identity

    @property
    def exec_report(self) -> Any:
        return self.measured.exec_report

    @property
    def text(self) -> dict[str, dict[str, Any]]:
        return self.measured.text

    @property
    def text_per_case(self) -> dict[str, dict[str, dict[str, Any]]]:
        return self.measured.text_per_case

    @property
    def pipeline(self) -> dict[str, dict[str, dict[str, Any]]]:
        return self.measured.pipeline

    @property
    def partial(self) -> list[str]:
        return self.journal.partial

    @property
    def warnings(self) -> list[str]:
        return self.journal.warnings

    @property
    def notes(self) -> list[str]:
        return self.journal.notes

    @property
    def timing(self) -> dict[str, float]:
        return self.journal.timing

    @property
    def progress(self) -> Listener | None:
        return self.journal.progress


def run_evaluation(options: EvalOptions, *, backend: Any = None, progress: Listener | None = None,
                   checkpoint: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    """Load the dataset and run everything; raises :class:`MambagenError` for unusable input."""
    from .datasets import load_dataset

    # before the dataset: a wrong path should cost a second, not a draw of the synthetic split
    seen = read_training_strings(options.training_strings) if options.training_strings else None
    dataset = load_dataset(options.dataset, limit=options.limit, split=options.split, synth_seed=options.synth_seed)
    return Evaluation(options, dataset, backend=backend, progress=progress, checkpoint=checkpoint, seen=seen).run()


__all__ = ["CONCODE_SYSTEM", "DEFAULT_SCALES", "DEFAULT_TEMPERATURES", "SCHEMA", "SWEEPS", "Candidate", "Config",
           "EvalOptions", "Evaluation", "Listener", "MambagenError", "run_evaluation"]
