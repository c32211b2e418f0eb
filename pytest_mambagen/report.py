"""What a generation pass shows: live progress while generating, and the summary table."""

from __future__ import annotations

import io
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class CaseReport:
    manual: Path
    target: Path
    status: str  # generated, unchanged, current, rejected, edited, error, missing, stale, conflict
    reason: str = ""
    candidates: int = 0
    tokens: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    verification: str = ""  # "verified" or "unverified" when the candidate ran on its mounted screen
    verify_note: str = ""  # "verified on the current screen, candidate 3 of 5, 2.1 s", or where it fails

    @property
    def label(self) -> str:
        label = STATUS_LABEL.get(self.status, self.status)
        return f"{label}, {self.verification}" if self.verification and self.status in ("generated", "unchanged") \
            else label

    def relative(self, root: Path) -> str:
        try:
            return str(self.manual.relative_to(root))
        except ValueError:
            return str(self.manual)


STATUS_LABEL = {
    "generated": "generated", "unchanged": "regenerated, same text", "current": "up to date",
    "rejected": "rejected", "edited": "kept (hand-edited)", "error": "error", "missing": "missing",
    "stale": "stale", "conflict": "error (not ours)",
}
FAILING = {"error", "conflict"}


class Progress:
    """A rich progress bar (cases done / total, tokens/s) plus one line per finished case."""

    def __init__(self, total: int, enabled: bool = True):
        self.total = total
        self.enabled = enabled and total > 0
        self.start = time.perf_counter()
        self.tokens = 0
        self._progress = None
        self._task = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            self._progress = RichProgress(
                TextColumn("[bold]mambagen[/] generating"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=Console(highlight=False),
                transient=False,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task("generate", total=self.total, rate="")
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)

    def update(self, done: int, tokens: int) -> None:
        self.tokens = tokens
        if self._progress is not None:
            rate = tokens / max(1e-9, time.perf_counter() - self.start)
            self._progress.update(self._task, completed=min(done, self.total), rate=f"{rate:,.0f} tok/s")

    def line(self, text: str) -> None:
        if self._progress is not None:
            self._progress.console.print(text, markup=False, highlight=False)


def summary(reports: Sequence[CaseReport], root: Path, width: int = 100, *, model: str = "") -> str:
    """The end-of-pass table, then one line per case that needs attention (its reason, unwrapped)."""
    counts = Counter(r.status for r in reports)
    parts = [f"{counts[key]} {STATUS_LABEL[key]}" for key in STATUS_LABEL if counts.get(key)]
    tail = "mambagen: " + (", ".join(parts) if parts else "no manual cases found")
    if all(r.status == "current" for r in reports):
        return tail  # nothing to tabulate: keep an up-to-date run cheap
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"pytest-mambagen{(' · ' + model) if model else ''}", title_justify="left", expand=False)
    table.add_column("manual case", overflow="fold")
    table.add_column("result")
    table.add_column("test file", overflow="fold")
    table.add_column("tokens", justify="right")
    table.add_column("seconds", justify="right")
    lines: list[str] = []
    for report in reports:
        if report.status == "current":
            continue
        generated = report.status in ("generated", "unchanged")
        table.add_row(report.relative(root), report.label,
                      report.target.name if generated else "", str(report.tokens) if report.tokens else "",
                      f"{report.seconds:.1f}" if report.seconds else "")
        said = [report.verify_note] if report.verify_note and generated else []
        detail = "; ".join([report.reason, *said, *report.notes] if report.reason else [*said, *report.notes])
        if detail:
            mark = "✓" if generated and report.verification != "unverified" else "✗"
            lines.append(f"{mark} {report.relative(root)}: {report.label}: {detail}")
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=False, color_system=None, highlight=False)
    if table.row_count:
        console.print(table)
    text = buffer.getvalue().rstrip("\n")
    return "\n".join(x for x in (text, *lines, tail) if x)
