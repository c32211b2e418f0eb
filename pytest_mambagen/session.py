"""The generation pass: discover -> fingerprint -> prompt -> generate -> validate -> verify -> write.

Used by the pytest plugin (before collection, so new files are collected in the
same session), by ``mambagen generate`` and by the pre-commit hook. Each case
either ends with a file written, or with a one-line reason naming its file;
one case's failure never stops the others, and nothing a person wrote is
overwritten.

The candidates of every case are drawn in rounds (candidate 1 of every pending
case in one batch, then candidate 2, ...), and each case's candidates go through
the one candidate loop of :mod:`.candidates` (validate, verify on the mounted
screen, choose). Verification runs here, in the process that holds the screens:
on the xdist controller, and beside a remote worker rather than on it.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pluggy import HookimplMarker

from .candidates import RESAMPLE_TEMPERATURE, Choice, seed_for
from .config import Settings
from .discovery import ManualCase, discover
from .errors import BackendError, ConfigError, InputError, MambagenError, WriteError
from .fingerprint import case_fingerprint
from .report import FAILING, CaseReport, Progress, summary
from .writer import HEADER_LINES, UNVERIFIED_LINES, FileState, atomic_write, inspect, render

pytest_hookimpl = HookimplMarker("pytest")  # pytest's marker, without importing pytest here


@dataclass
class _Todo:
    case: ManualCase
    report: CaseReport
    fingerprint: str
    inventory: Any
    previous: FileState
    selection: Any = None  # candidates.Selection
    request_case: Any = None  # prompts.CaseInput, sent with every candidate's request


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
        progress_factory: Callable[[int], Any] | None = None,
    ):
        self.settings = settings
        self.rootdir = Path(rootdir)
        self.invocation_dir = Path(invocation_dir or rootdir)
        self._backend_factory = backend_factory
        self._backend = None
        self.show_progress = show_progress
        # the plugin passes one that writes through pytest's terminal reporter (silent under -q)
        self.progress_factory = progress_factory or (lambda total: Progress(total, enabled=self.show_progress))
        self.echo = echo or (lambda text: print(text, file=sys.stdout, flush=True))
        self.reports: list[CaseReport] = []
        self.fatal: str | None = None  # a problem with the backend itself
        self.model_label = ""
        self.notes: list[str] = []  # pass-wide one-liners (verification off, and why)
        self.verification: dict[Path, str] = {}  # written test -> what was verified (for -rA)

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

    def _verifier_for(self, todo: list[_Todo]) -> tuple[Any, list[_Todo]]:
        """The pass's verifier, and which cases it verifies; notes the cases it cannot (once per reason)."""
        from .verification import Verifier

        if self.settings.verify is False:
            return None, todo
        verifier = Verifier(node_modules=self.settings.node_modules, browser=self.settings.browser,
                            esbuild=self.settings.esbuild, cache_dir=self.settings.cache_dir)
        used = False
        keep: list[_Todo] = []
        for t in todo:
            why = verifier.availability(t.case.screen_path)
            if why is None:
                t.selection.verifier = verifier
                used = True
            elif self.settings.verify:  # asked for explicitly: a case it cannot verify is not generated
                t.report.status, t.report.reason = "error", f"not generated: --mambagen-verify is on, but {why}"
                continue
            else:
                note = f"mambagen: verification off: {why}; tests are written after the static checks only"
                if note not in self.notes:
                    self.notes.append(note)
            keep.append(t)
        return (verifier if used else None), keep

    def _generate(self, todo: list[_Todo]) -> None:
        from .backends.base import Request
        from .candidates import CaseInputs, Selection, draw
        from .prompts import CaseInput

        for t in todo:
            case = t.case
            # One of each per case, carrying the inventory read in _classify: every round's prompt, grounded
            # decoding and the checks read it, instead of parsing the screen again per candidate.
            t.request_case = CaseInput(case.manual_text, case.screen_text, case.mount_path, case.case_name,
                                       tuple(case.siblings.items()), known_inventory=t.inventory)
            inputs = CaseInputs(case.mount_path, case.screen_text, case.screen_path, case.siblings, t.inventory,
                                manual_text=case.manual_text, test_dir=case.target_path.parent)
            t.selection = Selection(inputs, budget=self.settings.candidates, time_budget_s=self.settings.time_budget,
                                    max_new_tokens=self.settings.max_new_tokens,
                                    header_lines=HEADER_LINES + UNVERIFIED_LINES)
        verifier, todo = self._verifier_for(todo)
        try:
            self._rounds(todo, Request, draw)
        finally:
            if verifier is not None:
                verifier.close()  # the session's own harness starts its browser for the tests

    def _rounds(self, todo: list[_Todo], Request: Any, draw: Any) -> None:
        pending = list(todo)
        with self.progress_factory(len(todo)) as progress:
            finished = 0
            for attempt in range(self.settings.candidates):
                pending = [t for t in pending if not t.selection.done]
                if not pending:
                    break
                plans = [draw(attempt, self.settings.temperature, t.fingerprint) for t in pending]
                requests = [
                    Request(
                        id=f"{i}:{attempt}",
                        case=t.request_case, system_prompt=self.settings.system_prompt, temperature=plan.temperature,
                        seed=plan.seed, max_new_tokens=self.settings.max_new_tokens,
                        grounded=self.settings.grounded_decoding,
                    )
                    for i, (t, plan) in enumerate(zip(pending, plans, strict=True))
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
                    t.selection.offer(completion.text, finish_reason=completion.finish_reason)
                    if not t.selection.done:
                        still.append(t)
                        continue
                    finished += 1
                    self._finish(t, progress)
                    progress.update(finished, progress.tokens)
                pending = still
            for t in pending:  # out of candidates
                self._finish(t, progress)

    def _finish(self, t: _Todo, progress: Progress) -> None:
        choice: Choice = t.selection.choice()
        report = t.report
        if choice.attempt is None:
            report.status = "rejected"
            stopped = t.selection.stopped
            report.reason = "; ".join(choice.rejections[-2:]) + (f" ({stopped})" if stopped else "")
            progress.line(f"✗ {t.case.label}: rejected after {choice.tried} candidate(s)")
            return
        report.notes += [n for n in choice.attempt.notes if n not in report.notes]
        # what was tried before it (at most two): a user deciding whether to trust the test wants to know
        tried = [r for r in choice.rejections if not r.startswith(f"candidate {choice.attempt.index}:")]
        report.notes += [r.replace(":", " not chosen:", 1) for r in tried[-2:]]
        report.verification = choice.status if choice.status in ("verified", "unverified") else ""
        report.verify_note = choice.note
        self._write(t, choice.code, choice.header)
        written = report.status in ("generated", "unchanged")
        if written and choice.note:
            self.verification[t.case.target_path] = choice.note
        mark = "✓" if written and choice.status != "unverified" else "✗"
        progress.line(f"{mark} {t.case.label} -> {t.case.target_path.name}"
                      + (f" ({choice.status})" if report.verification and written else "")
                      + ("" if written else f": {report.reason}"))

    def _write(self, t: _Todo, code: str, status: Sequence[str] = ()) -> None:
        case, report = t.case, t.report
        # Look again just before writing: a person may have edited the file meanwhile.
        now = inspect(case.target_path, t.fingerprint)
        if now.state in (FileState.FOREIGN, FileState.EDITED):
            report.status = "conflict" if now.state is FileState.FOREIGN else "edited"
            report.reason = f"{case.target_path.name} changed while generating: kept as it is"
            return
        text = render(case.manual_path.name, case.screen_path.name, t.fingerprint, code, status)
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
            if self.settings.strict and (report.status == "rejected" or report.verification == "unverified"):
                return True
        return False

    def summary_text(self, width: int = 100) -> str:
        text = summary(self.reports, self.invocation_dir, width, model=self.model_label)
        return "\n".join([*self.notes, text]) if self.notes else text

    def reporter(self, rootpath: Path) -> _VerificationSections:
        """A pytest plugin adding each generated test's verification line to its report (shown by ``-rA``)."""
        return _VerificationSections(self, Path(rootpath))

    def summary(self, terminalreporter: Any) -> None:
        if not self.reports and self.settings.mode != "off":
            terminalreporter.write_sep("-", "mambagen")
            terminalreporter.write_line("mambagen: no manual cases (*.manual.txt) found")
            return
        terminalreporter.write_sep("-", "mambagen")
        for line in self.summary_text(getattr(terminalreporter, "_tw", None).fullwidth
                                      if getattr(terminalreporter, "_tw", None) else 100).splitlines():
            terminalreporter.write_line(line)


class _VerificationSections:
    """Adds a ``mambagen`` section to the call report of every test in a file written this pass.

    It works on ``pytest_runtest_logreport``, which the xdist controller also calls with the
    reports its workers send, so the line shows up under ``-n 2`` as well.
    """

    def __init__(self, generation: GenerationPass, rootpath: Path) -> None:
        self.generation = generation
        self.rootpath = rootpath

    @pytest_hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report: Any) -> None:
        if report.when != "call" or not self.generation.verification:
            return
        path = (self.rootpath / report.nodeid.split("::", 1)[0]).resolve()
        note = self.generation.verification.get(path)
        if note and not any(name == "mambagen" for name, _ in report.sections):
            report.sections.append(("mambagen", note))


def _seed(fingerprint: str, attempt: int) -> int:
    return seed_for(fingerprint, attempt)


__all__ = ["RESAMPLE_TEMPERATURE", "BackendError", "GenerationPass", "make_backend"]
