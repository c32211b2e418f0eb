"""The generation pass: discover -> fingerprint -> prompt -> generate -> validate -> write.

Used by the pytest plugin (before collection, so new files are collected in the
same session), by ``mambagen generate`` and by the pre-commit hook. Each case
either ends with a file written, or with a one-line reason naming its file;
one case's failure never stops the others, and nothing a person wrote is
overwritten.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Settings
from .discovery import ManualCase, discover
from .errors import BackendError, ConfigError, InputError, MambagenError, WriteError
from .fingerprint import case_fingerprint
from .report import FAILING, CaseReport, Progress, summary
from .writer import FileState, atomic_write, inspect, render

#: Temperature for the second and later candidates when the first was greedy:
#: a rejected greedy answer would only come back the same.
RESAMPLE_TEMPERATURE = 0.7


@dataclass
class _Todo:
    case: ManualCase
    report: CaseReport
    fingerprint: str
    inventory: Any
    previous: FileState


def make_backend(settings: Settings, project_root: Path):
    """The backend the settings ask for; ``MAMBAGEN_BACKEND=module:callable`` plugs in another."""
    custom = os.environ.get("MAMBAGEN_BACKEND")
    if custom:
        module, _, attr = custom.partition(":")
        try:
            factory = getattr(importlib.import_module(module), attr or "make_backend")
        except (ImportError, AttributeError) as exc:
            raise ConfigError(f"MAMBAGEN_BACKEND={custom!r} cannot be loaded: {exc}") from exc
        return factory(settings)
    if settings.worker:
        from .backends.remote import RemoteBackend

        return RemoteBackend(settings)
    from .backends.local import LocalBackend

    return LocalBackend(settings, project_root)


class GenerationPass:
    def __init__(
        self,
        settings: Settings,
        *,
        rootdir: Path,
        invocation_dir: Path | None = None,
        backend_factory: Callable[[], Any] | None = None,
        show_progress: bool = True,
        echo: Callable[[str], None] | None = None,
    ):
        self.settings = settings
        self.rootdir = Path(rootdir)
        self.invocation_dir = Path(invocation_dir or rootdir)
        self._backend_factory = backend_factory
        self._backend = None
        self.show_progress = show_progress
        self.echo = echo or (lambda text: print(text, file=sys.stdout, flush=True))
        self.reports: list[CaseReport] = []
        self.fatal: str | None = None  # a problem with the backend itself
        self.model_label = ""

    # -- backend -------------------------------------------------------------------
    @property
    def backend(self):
        if self._backend is None:
            factory = self._backend_factory or (lambda: make_backend(self.settings, self.rootdir))
            self._backend = factory()
        return self._backend

    # -- the pass ------------------------------------------------------------------
    def run(self, paths: Iterable[str | Path]) -> list[CaseReport]:
        # Nothing outside the project is read: pytest's rootdir, and the folder it was started from.
        cases = discover(list(paths) or [self.invocation_dir], root=self.invocation_dir,
                         project=[self.rootdir, self.invocation_dir])
        if not cases:
            return self.reports
        try:
            identity = self.backend.identity()
        except MambagenError as exc:
            self.fatal = str(exc)
            for case in cases:
                self.reports.append(CaseReport(case.manual_path, case.target_path, "error", f"not generated: {exc}"))
            return self.reports
        self.model_label = identity.get("base", "") + (f" + {identity['adapter']}" if identity.get("adapter") else "")
        todo = self._classify(cases, identity)
        if todo and self.settings.mode != "check":
            self._generate(todo)
        return self.reports

    def _classify(self, cases: Sequence[ManualCase], identity: dict[str, Any]) -> list[_Todo]:
        todo: list[_Todo] = []
        for case in cases:
            report = CaseReport(case.manual_path, case.target_path, "error")
            self.reports.append(report)
            if not case.ok:
                report.reason = case.error or "unusable"
                continue
            fingerprint = case_fingerprint(
                manual=case.manual_text, screen=case.screen_text, siblings=case.siblings, model=identity,
                decoding=self.settings.decoding, mount_path=case.mount_path,
            )
            existing = inspect(case.target_path, fingerprint)
            if existing.state is FileState.FOREIGN:
                report.status = "conflict"
                report.reason = (f"{case.target_path.name} exists and was not written by mambagen; "
                                 "rename it (or the manual case) to let mambagen generate")
                continue
            if existing.state is FileState.EDITED:
                drifted = existing.fingerprint != fingerprint
                if drifted and self.settings.mode == "check":
                    # CI must see it: the test no longer follows its case, and nobody regenerates it.
                    report.status = "stale"
                    report.reason = (f"{case.target_path.name} was edited by hand and its manual case or screen "
                                     "changed since it was generated (or the model or settings did); bring the "
                                     "test in line with the case, or delete it and run pytest --mambagen")
                    continue
                report.status = "edited"
                report.reason = (f"{case.target_path.name} was edited by hand: kept; delete it to regenerate, "
                                 "or fold the change into the manual case"
                                 + ("; note that its manual case or screen changed since" if drifted else ""))
                continue
            if existing.state is FileState.CURRENT and self.settings.mode != "regenerate":
                report.status = "current"
                continue
            if self.settings.mode == "check":
                report.status = "missing" if existing.state is FileState.MISSING else "stale"
                report.reason = f"{case.target_path.name} is {report.status}; run pytest --mambagen"
                continue
            from .discovery import check_screen
            from .inventory import screen_inventory  # only when something needs generating

            try:
                inventory = screen_inventory(case.screen_text, str(case.screen_path), case.siblings)
            except InputError as exc:
                report.reason = str(exc)
                continue
            problem = check_screen(case.screen_text, case.screen_path)
            if problem is not None:  # found before any model call, not after the candidates failed
                report.reason = problem
                continue
            todo.append(_Todo(case, report, fingerprint, inventory, existing.state))
        return todo

    def _generate(self, todo: list[_Todo]) -> None:
        from .backends.base import Request
        from .prompts import CaseInput
        from .validate import validate

        pending = list(todo)
        rejections: dict[int, list[str]] = {id(t): [] for t in todo}
        with Progress(len(todo), enabled=self.show_progress) as progress:
            finished = 0
            for attempt in range(self.settings.candidates):
                if not pending:
                    break
                temperature = self.settings.temperature
                if attempt > 0 and temperature == 0.0:
                    temperature = RESAMPLE_TEMPERATURE
                requests = [
                    Request(
                        id=f"{i}:{attempt}",
                        case=CaseInput(t.case.manual_text, t.case.screen_text, t.case.mount_path, t.case.case_name,
                                       tuple(t.case.siblings.items())),
                        system_prompt=self.settings.system_prompt, temperature=temperature,
                        seed=_seed(t.fingerprint, attempt), max_new_tokens=self.settings.max_new_tokens,
                        grounded=self.settings.grounded_decoding,
                    )
                    for i, t in enumerate(pending)
                ]
                base_done = finished
                try:
                    completions = self.backend.generate(
                        requests, on_progress=lambda done, tokens, base=base_done: progress.update(base + done, tokens))
                except MambagenError as exc:
                    self.fatal = str(exc)
                    for t in pending:
                        t.report.status = "error"
                        t.report.reason = f"unfinished: {exc}"
                        progress.line(f"✗ {t.case.label}: unfinished ({exc})")
                    return
                still: list[_Todo] = []
                for t, completion in zip(pending, completions, strict=True):
                    report = t.report
                    report.candidates = attempt + 1
                    report.tokens += completion.tokens
                    report.seconds += completion.seconds
                    if completion.note and completion.note not in report.notes:
                        report.notes.append(completion.note)
                    if completion.error:
                        report.status, report.reason = "error", completion.error
                        finished += 1
                        progress.line(f"✗ {t.case.label}: {completion.error}")
                        continue
                    # every candidate, local or remote, is checked against the allow-list before anything
                    # is written or run
                    verdict = validate(completion.text, inventory=t.inventory, mount_path=t.case.mount_path,
                                       screen_source=t.case.screen_text, siblings=t.case.siblings)
                    if not verdict.ok:
                        reason = verdict.reason
                        if completion.finish_reason == "length":
                            reason += f" (output cut at {self.settings.max_new_tokens} tokens)"
                        rejections[id(t)].append(f"candidate {attempt + 1}: {reason}")
                        still.append(t)
                        continue
                    report.notes += [f"repaired: {r}" for r in verdict.repairs]
                    report.notes += [f"warning: {w}" for w in verdict.warnings[:2]]
                    self._write(t, verdict.code)
                    finished += 1
                    progress.line(f"{'✓' if report.status in ('generated', 'unchanged') else '✗'} "
                                  f"{t.case.label} -> {t.case.target_path.name}"
                                  + ("" if report.status in ("generated", "unchanged") else f": {report.reason}"))
                    progress.update(finished, progress.tokens)
                pending = still
            for t in pending:
                t.report.status = "rejected"
                t.report.reason = "; ".join(rejections[id(t)][-2:])
                progress.line(f"✗ {t.case.label}: rejected after {self.settings.candidates} candidate(s)")

    def _write(self, t: _Todo, code: str) -> None:
        case, report = t.case, t.report
        # Look again just before writing: a person may have edited the file meanwhile.
        now = inspect(case.target_path, t.fingerprint)
        if now.state in (FileState.FOREIGN, FileState.EDITED):
            report.status = "conflict" if now.state is FileState.FOREIGN else "edited"
            report.reason = f"{case.target_path.name} changed while generating: kept as it is"
            return
        text = render(case.manual_path.name, case.screen_path.name, t.fingerprint, code)
        try:
            if case.target_path.is_file() and case.target_path.read_text(encoding="utf-8") == text:
                report.status = "unchanged"
                return
            atomic_write(case.target_path, text)
        except (WriteError, OSError) as exc:
            report.status = "error"
            report.reason = str(exc) if isinstance(exc, WriteError) else f"write failed: {exc}"
            return
        report.status = "generated"

    # -- results -------------------------------------------------------------------
    def written_paths(self) -> set[Path]:
        return {r.target for r in self.reports if r.status == "generated"}

    def changed_files(self) -> list[Path]:
        return sorted(self.written_paths())

    def failed(self) -> bool:
        if self.fatal:
            return True
        for report in self.reports:
            if report.status in FAILING:
                return True
            if self.settings.mode == "check" and report.status in ("missing", "stale"):
                return True
            if self.settings.strict and report.status == "rejected":
                return True
        return False

    def summary_text(self, width: int = 100) -> str:
        return summary(self.reports, self.invocation_dir, width, model=self.model_label)

    def summary(self, terminalreporter: Any) -> None:
        if not self.reports and self.settings.mode != "off":
            terminalreporter.write_sep("-", "mambagen")
            terminalreporter.write_line("mambagen: no manual cases (*.manual.txt) found")
            return
        terminalreporter.write_sep("-", "mambagen")
        for line in self.summary_text(getattr(terminalreporter, "_tw", None).fullwidth
                                      if getattr(terminalreporter, "_tw", None) else 100).splitlines():
            terminalreporter.write_line(line)


def _seed(fingerprint: str, attempt: int) -> int:
    return int(hashlib.sha256(f"{fingerprint}:{attempt}".encode()).hexdigest()[:15], 16)


__all__ = ["BackendError", "GenerationPass", "make_backend"]
