"""The records an evaluation fills as it goes: each candidate, what was measured, and what the run has to say.

The stages (:mod:`.generation`, :mod:`.scoring`, :mod:`.pipeline`, :mod:`.execute`)
write into :class:`Measured` as they work, not at their end, so that an interrupted
run (Ctrl-C) or a stage that cannot run keeps what was measured before; they say
why in :class:`Journal` (``partial``), which the result reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .planning import Config

Listener = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class Candidate:
    case_id: str
    index: int
    temperature: float
    seed: int
    text: str = ""
    code: str = ""  # the code as the model wrote it (for text metrics)
    exec_code: str = ""  # the validated (possibly repaired) code the plugin would write
    checked_code: str = ""  # the same, accepted or not (copy metrics score it, as the training run's proxy does)
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


@dataclass
class Measured:
    """Everything the stages measured; the result is made from this alone."""

    configs: list[Config] = field(default_factory=list)
    candidates: dict[str, dict[str, list[Candidate]]] = field(default_factory=dict)  # config -> case id -> ...
    identity: dict[str, Any] = field(default_factory=dict)
    text: dict[str, dict[str, Any]] = field(default_factory=dict)  # config -> corpus text metrics
    text_per_case: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    pipeline: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # config -> case id -> written
    copy: dict[str, dict[str, Any]] = field(default_factory=dict)  # config -> free-running copy metrics
    copy_per_case: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    forced: dict[str, dict[str, Any]] = field(default_factory=dict)  # config -> teacher-forced copy
    forced_per_case: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    exec_report: Any = None  # execmetrics.ExecReport, once the tests ran

    def of(self, config: Config, case_id: str) -> list[Candidate]:
        """The candidates of one case under one configuration (none when it was not generated)."""
        return self.candidates.get(config.name, {}).get(case_id, [])


@dataclass
class Journal:
    """What the run has to say besides its numbers, and where it reports progress."""

    partial: list[str] = field(default_factory=list)  # why the result is partial
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    timing: dict[str, float] = field(default_factory=dict)
    progress: Listener | None = None

    def tick(self, stage: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(stage, done, total)


__all__ = ["Candidate", "Journal", "Listener", "Measured"]
