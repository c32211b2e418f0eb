"""The one candidate loop: plan candidates, validate, verify, choose.

Used by the generation pass (``pytest --mambagen``, ``mambagen generate``, the
pre-commit hook), by the evaluation, and by the worker: its validate endpoint (the
chat page's verdict) runs :func:`check`, the static step alone. The worker does not
plan or choose: a client sends it one request per candidate, drawn by :func:`plan`
on the client's side, and verification runs beside the screens, not on the worker.

* **plan** (:func:`plan`): candidate 1 at the requested temperature (greedy by
  default), the others at that temperature or, when it is 0, at
  :data:`RESAMPLE_TEMPERATURE` (a rejected greedy answer would only come back the
  same), each with its own seed derived from a key (the case's fingerprint).
* **validate** (:func:`check`): the allow-list of :mod:`.validate`. Every
  security, policy and mount rejection is final. When the candidate will be
  verified, a rejection whose only reasons are *grounding of locator strings* is
  not final: screens compose strings at run time (``"12"`` for a calendar day,
  ``"Rosaceae (6)"``) that no static reading finds, and 54 of 313 hand-written
  corpus tests that pass in Chromium are refused for exactly that. Such a
  candidate is re-checked with grounding off (the full policy still applies),
  and the mounted screen judges it: it is written only if it passes there.
  A candidate that will be verified must also assert something (a test function
  without ``expect`` or ``assert`` checks nothing, and is never chosen).
* **verify** (:mod:`.verification`): locators are resolved on the mounted screen
  first (nothing matching, or a strict-mode clash, rejects the candidate unless
  the recorded ``exact=True`` repair of :mod:`.repairs` fixes it), then the tests run.
* **choose** (:class:`Selection`): the first candidate that passes, with at least
  one test function per scenario the case names, is written as *verified*. When
  none does, the one that got furthest (most test functions passing, then most
  steps before its first failure) is written as *unverified*, with where and why
  it fails: a failing generated test may be a real bug in the screen. Only a
  candidate that passed the static checks in full may be written unverified.
"""

from __future__ import annotations

import ast
import hashlib
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Temperature for the second and later candidates when the first was greedy.
RESAMPLE_TEMPERATURE = 0.7
#: Default seconds of verification per case before the best candidate so far is kept.
TIME_BUDGET_S = 60.0

_SCENARIO = re.compile(r"^\s*(?:scenario(?:\s+outline)?|test\s+case)\s*\d*\s*[:.-]\s*(?P<title>\S.*)$",
                       re.IGNORECASE)


# -- plan -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Draw:
    index: int  # 0-based
    temperature: float
    seed: int


def seed_for(key: str, attempt: int) -> int:
    """A seed per case and attempt, stable across runs and machines."""
    return int(hashlib.sha256(f"{key}:{attempt}".encode()).hexdigest()[:15], 16)


def draw(attempt: int, temperature: float, key: str) -> Draw:
    if attempt > 0 and temperature == 0.0:
        temperature = RESAMPLE_TEMPERATURE
    return Draw(attempt, temperature, seed_for(key, attempt))


def plan(n: int, temperature: float, key: str) -> list[Draw]:
    """The ``n`` candidates of a case, in the order they are drawn."""
    return [draw(i, temperature, key) for i in range(n)]


# -- the case ---------------------------------------------------------------------------------

def named_scenarios(manual_text: str) -> list[str]:
    """Titles of the scenarios a manual case names (``Scenario: ...``, ``Scenario Outline: ...``)."""
    return [m.group("title").strip() for line in manual_text.splitlines() if (m := _SCENARIO.match(line))]


@dataclass
class CaseInputs:
    """What validating and verifying one case's candidates needs: made once per case, read per candidate.

    The inventory comes in read already; the screen's spelling (:class:`~.validate.ScreenSource`, for
    CSS and source-literal grounding) is read on the first check and kept, so neither is rebuilt for
    each candidate, nor for the re-checks of a repair.
    """

    mount_path: str
    screen_text: str
    screen_path: Path
    siblings: Mapping[str, str]
    inventory: Any
    manual_text: str = ""
    test_dir: Path | None = None  # where the test file will live (mount paths are relative to it)
    spelling: Any = field(default=None, repr=False)  # validate.ScreenSource; None until the first check

    @property
    def scenarios(self) -> list[str]:
        return named_scenarios(self.manual_text)

    def screen_spelling(self) -> Any:
        """The strings, classes and ids the screen's source spells (read on first use)."""
        if self.spelling is None:
            from .validate import ScreenSource

            self.spelling = ScreenSource.of(self.screen_text, self.siblings)
        return self.spelling


# -- validate ---------------------------------------------------------------------------------

ACCEPTED = "accepted"
SCREEN = "screen"  # grounding of locator strings is left to the mounted screen
REJECTED = "rejected"


@dataclass
class Checked:
    status: str
    code: str
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    checks: dict[str, bool] = field(default_factory=dict)
    tests: list[str] = field(default_factory=list)
    verdict: Any = None

    @property
    def runnable(self) -> bool:
        return self.status in (ACCEPTED, SCREEN)

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons) if self.reasons else "ok"


def check(text: str, case: CaseInputs, *, verify: bool = False, finish_reason: str | None = None,
          max_new_tokens: int | None = None) -> Checked:
    """The static step: the allow-list, grounding, and (when it will be verified) that it asserts something."""
    from .validate import validate

    verdict = validate(text, inventory=case.inventory, mount_path=case.mount_path,
                       screen_source=case.screen_text, siblings=case.siblings, spelling=case.screen_spelling())
    notes = [f"repaired: {r}" for r in verdict.repairs] + [f"warning: {w}" for w in verdict.warnings[:2]]
    out = Checked(ACCEPTED if verdict.ok else REJECTED, verdict.code, list(verdict.reasons), notes,
                  dict(verdict.checks), list(verdict.tests), verdict)
    if not verdict.ok and verify and _only_grounding(verdict.checks):
        # The policy again, with nothing grounded: every check but the screen's strings still applies.
        loose = validate(verdict.code, inventory=None, mount_path=case.mount_path)
        if loose.ok:
            out.status = SCREEN
            out.notes.append("locator strings not found in the screen's source, judged on the mounted screen: "
                             + "; ".join(verdict.reasons[:2]))
            out.reasons = []
    if out.runnable and verify:
        empty = checks_nothing(out.code)
        if empty:
            out.status = REJECTED
            out.reasons = [f"{', '.join(empty)} check{'s' if len(empty) == 1 else ''} nothing (no expect(...) or "
                           "assert): a test that asserts nothing is never verified"]
    if out.status == REJECTED and finish_reason == "length" and max_new_tokens:
        out.reasons.append(f"output cut at {max_new_tokens} tokens")
    return out


def _only_grounding(checks: Mapping[str, bool]) -> bool:
    return all(checks.get(k) for k in ("syntax", "has_test", "policy", "mount")) and checks.get("grounding") is False


def checks_nothing(code: str) -> list[str]:
    """Test functions that contain no assertion (no ``expect(...)`` call, no ``assert``)."""
    try:
        module = ast.parse(code)
    except SyntaxError:
        return []
    helpers = {n.name: n for n in module.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("test")}

    def asserts(fn: ast.FunctionDef, seen: set[str]) -> bool:
        for node in ast.walk(fn):
            if isinstance(node, ast.Assert):
                return True
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if node.func.id == "expect":
                    return True
                helper = helpers.get(node.func.id)
                if helper is not None and helper.name not in seen and asserts(helper, seen | {helper.name}):
                    return True
        return False

    return [f"{n.name}()" for n in module.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test")
            and not asserts(n, set())]


# -- verify and choose --------------------------------------------------------------------------

@dataclass
class Attempt:
    index: int  # 1-based
    checked: Checked
    code: str = ""
    notes: list[str] = field(default_factory=list)
    run: Any = None  # verification.RunResult
    rejected: str | None = None  # why it can never be written
    uncovered: str | None = None  # why a passing run still does not verify it

    @property
    def verified(self) -> bool:
        return self.run is not None and self.run.passed and self.uncovered is None and self.rejected is None

    @property
    def score(self) -> tuple[int, int, int]:
        passed, steps = self.run.score if self.run is not None else (0, 0)
        return (passed, steps, -self.index)


@dataclass
class Choice:
    """What the loop decided for a case."""

    status: str  # verified | unverified | accepted (not verified) | rejected | error
    attempt: Attempt | None
    tried: int
    seconds: float  # verification time
    rejections: list[str]
    note: str = ""  # one line for the summary and -rA
    header: list[str] = field(default_factory=list)  # the written file's status comment lines

    @property
    def code(self) -> str:
        return self.attempt.code if self.attempt is not None else ""


class Selection:
    """One case's candidates as they come in; :meth:`offer` each, then :meth:`choice`."""

    def __init__(self, case: CaseInputs, *, budget: int, verifier: Any = None,
                 time_budget_s: float = TIME_BUDGET_S, max_new_tokens: int | None = None,
                 header_lines: int = 0) -> None:
        # header_lines: lines the written file has above the code when it is written unverified
        self.case = case
        self.budget = budget
        self.verifier = verifier
        self.time_budget_s = time_budget_s
        self.max_new_tokens = max_new_tokens
        self.header_lines = header_lines  # lines the written file has above the code (for line numbers)
        self.attempts: list[Attempt] = []
        self.rejections: list[str] = []
        self.verify_seconds = 0.0
        self.stopped: str | None = None

    @property
    def verifying(self) -> bool:
        return self.verifier is not None

    @property
    def done(self) -> bool:
        if self.stopped or len(self.attempts) >= self.budget:
            return True
        if not self.verifying:
            return any(a.checked.status == ACCEPTED for a in self.attempts)
        return any(a.verified for a in self.attempts)

    def offer(self, text: str, *, finish_reason: str | None = None) -> Attempt:
        """Check (and, when verifying, run) the next candidate."""
        index = len(self.attempts) + 1
        checked = check(text, self.case, verify=self.verifying, finish_reason=finish_reason,
                        max_new_tokens=self.max_new_tokens)
        # the code exactly as it will be written, so that line numbers agree with the file
        code = checked.code.strip("\n") + "\n" if checked.code.strip() else checked.code
        attempt = Attempt(index, checked, code=code, notes=list(checked.notes))
        self.attempts.append(attempt)
        if not checked.runnable:
            attempt.rejected = checked.reason
            self.rejections.append(f"candidate {index}: {checked.reason}")
            return attempt
        if self.verifying:
            self._verify(attempt)
        return attempt

    def _verify(self, attempt: Attempt) -> None:
        from .errors import HarnessError

        case, verifier = self.case, self.verifier
        base_dir = case.test_dir or case.screen_path.parent
        t0 = time.perf_counter()
        try:
            issues = verifier.probe(attempt.code, base_dir=base_dir, mount_path=case.mount_path)
            repaired = False
            if any(i.strict and i.count > 1 for i in issues):
                repaired = self._repair(attempt)
                if repaired:
                    issues = verifier.probe(attempt.code, base_dir=base_dir, mount_path=case.mount_path)
            if issues:
                why = "; ".join(i.describe() for i in issues[:2])
                attempt.rejected = why
                self.rejections.append(f"candidate {attempt.index}: {why}")
                return
            left = self.time_budget_s - self.verify_seconds - (time.perf_counter() - t0)
            attempt.run = verifier.run(attempt.code, base_dir=base_dir, deadline_s=max(left, 1.0))
            # The probe sees the screen as mounted; a clash that appears only after some steps (a label
            # rendered later, a name that grows inside another) shows up in the run: same repair, one rerun.
            failure = attempt.run.first_failure
            if (not repaired and failure is not None and "strict mode violation" in failure.reason
                    and self._repair(attempt)):
                left = self.time_budget_s - self.verify_seconds - (time.perf_counter() - t0)
                attempt.run = verifier.run(attempt.code, base_dir=base_dir, deadline_s=max(left, 1.0))
        except HarnessError as exc:  # the screen itself: no other candidate would do better
            self.stopped = f"the screen could not be mounted: {exc}"
            attempt.rejected = self.stopped
            self.rejections.append(f"candidate {attempt.index}: {self.stopped}")
            return
        finally:
            self.verify_seconds += time.perf_counter() - t0
        if attempt.run.problem and not attempt.run.tests:
            attempt.rejected = attempt.run.problem
        scenarios = case.scenarios
        functions = len({t.name.split("[", 1)[0] for t in attempt.run.tests})
        if scenarios and functions < len(scenarios):
            attempt.uncovered = (f"the case names {len(scenarios)} scenarios but the test has {functions} test "
                                 f"function{'s' if functions != 1 else ''}")
        if not attempt.verified:
            failure = attempt.run.first_failure
            why = attempt.uncovered or (self._failure_text(failure, 0) if failure else attempt.run.problem or "")
            self.rejections.append(f"candidate {attempt.index}: {why}")
        if self.verify_seconds >= self.time_budget_s and not attempt.verified:
            self.stopped = f"the time budget of {self.time_budget_s:g} s per case was spent"

    def _repair(self, attempt: Attempt) -> bool:
        """``exact=True`` where a name sits inside another; kept only if the result still passes the checks."""
        from .repairs import add_exact

        if self.case.inventory is None:
            return False
        code, notes = add_exact(attempt.code, self.case.inventory)
        if not notes:
            return False
        again = check(code, self.case, verify=True)
        if not again.runnable:
            return False
        attempt.code = again.code.strip("\n") + "\n"
        attempt.notes += [f"repaired: {n}" for n in notes]
        return True

    @staticmethod
    def _failure_text(failure: Any, offset: int) -> str:
        line = failure.line + offset if failure.line else None
        where = f"fails at line {line}" if line else "fails"
        statement = f": `{failure.statement}`" if failure.statement else ""
        return f"{failure.name} {where}{statement}: {failure.reason}"

    def choice(self) -> Choice:
        tried = len(self.attempts)
        seconds = self.verify_seconds
        if not self.verifying:
            accepted = next((a for a in self.attempts if a.checked.status == ACCEPTED), None)
            return Choice("accepted" if accepted else "rejected", accepted, tried, 0.0, self.rejections)
        verified = next((a for a in self.attempts if a.verified), None)
        if verified is not None:
            note = f"verified on the current screen, candidate {verified.index} of {self.budget}, {seconds:.1f} s"
            return Choice("verified", verified, tried, seconds, self.rejections, note, [note])
        # Unverified: only candidates that passed every static check in full, and that ran.
        ran = [a for a in self.attempts if a.run is not None and a.rejected is None
               and a.checked.status == ACCEPTED]
        if not ran:
            return Choice("rejected", None, tried, seconds, self.rejections)
        best = max(ran, key=lambda a: a.score)
        failure = best.run.first_failure
        if failure is not None:
            why = self._failure_text(failure, self.header_lines)
            if failure.reason and ("expected" in failure.reason or "assert" in failure.reason.lower()):
                why += ": either the screen differs from the case or the test is wrong"
        else:
            why = best.uncovered or best.run.problem or "not verified"
        passed, total = sum(t.passed for t in best.run.tests), len(best.run.tests)
        header = [f"unverified: no candidate passed on the current screen ({tried} tried, {seconds:.1f} s); "
                  f"candidate {best.index} got furthest ({passed} of {total} test{'s' if total != 1 else ''} "
                  "passing)", why]
        note = "; ".join(header)
        return Choice("unverified", best, tried, seconds, self.rejections, note, header)


__all__ = ["RESAMPLE_TEMPERATURE", "TIME_BUDGET_S", "Attempt", "CaseInputs", "Checked", "Choice", "Draw",
           "Selection", "check", "checks_nothing", "draw", "named_scenarios", "plan", "seed_for"]
