"""Run a validated candidate on its mounted screen, before anything is written.

The candidate loop (:mod:`.candidates`) asks two things of this module:

* :meth:`Verifier.probe`: mount the screen and resolve the candidate's locators on it
  *before any step runs*. Only locators that a test uses while the screen is still
  in its first state (up to and including its first action) are probed, since a
  later one may name something a click makes appear. A locator that matches
  nothing where a step needs it, or several where Playwright's strict mode needs
  one, is reported with its line; the loop then rejects the candidate or repairs it.
* :meth:`Verifier.run`: execute each test function (each parametrize row) in a
  fresh fenced browser context of the one :class:`~pytest_mambagen.harness.Harness`,
  with short timeouts and a per-test alarm, and record how far each got: passed,
  or the line where it failed, why, and how many of its steps ran before.

Why in-process and not a pytest subprocess: a subprocess pays Playwright's start and
a Chromium launch per candidate (about 1 s on a 2-core machine), while a warm mount
in the running harness costs about 0.15 s; the candidate's code has already passed
the allow-list (:mod:`.validate`), which is what makes running it here no riskier
than the pytest session that runs the written file a moment later. The browser is
the harness's fenced one, exactly as for the ``mount`` fixture.

This module is built only on the harness's public names (``Harness``, ``Mounter``,
``deadline``, ``find_node_modules``, ``find_esbuild``, ``DEBIAN_CHROMIUM``).

Size (~550 lines): one job (probe the locators, run the candidate, read where it failed); long
because of the messages a user reads in the written file's header.
"""

from __future__ import annotations

import ast
import importlib.util
import itertools
import os
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import HarnessError

#: Shorter than the harness's defaults (5 s / 3 s): a wrong candidate should fail fast, and a
#: candidate that passes under these passes under the session's longer ones too.
ACTION_TIMEOUT_MS = 3_000
EXPECT_TIMEOUT_MS = 2_000
#: How long a probed locator that matches nothing may take to appear (a screen that renders
#: its content a moment after the first commit).
PROBE_WAIT_MS = 750
#: Most seconds one test function may run during verification.
TEST_LIMIT_S = 30.0

_ACTIONS = frozenset({
    "click", "dblclick", "fill", "clear", "press", "press_sequentially", "type", "check", "uncheck",
    "set_checked", "select_option", "hover", "focus", "blur", "tap", "select_text", "dispatch_event",
    "drag_to", "scroll_into_view_if_needed",
})
_LOCATOR_FACTORIES = frozenset({"get_by_role", "get_by_label", "get_by_text", "get_by_test_id",
                                "get_by_placeholder", "get_by_title", "get_by_alt_text", "locator"})
_REFINERS = frozenset({"filter", "nth", "and_", "or_"} | _LOCATOR_FACTORIES)
#: Queries that wait for exactly one element (strict), like an action.
_STRICT_QUERIES = frozenset({"inner_text", "text_content", "input_value", "get_attribute", "is_checked",
                             "is_enabled", "is_disabled", "is_editable"})
#: Assertions that mean "absent" or count elements: a locator matching nothing (or several) is fine there.
_ABSENT_ASSERTIONS = frozenset({"to_be_hidden", "to_have_count", "not_to_be_visible", "not_to_be_attached",
                                "not_to_have_count"})
_LIST_ASSERTIONS = frozenset({"to_have_text", "to_contain_text", "not_to_have_text", "not_to_contain_text",
                              "to_have_values"})
FILENAME = "<mambagen candidate>"


@dataclass
class ProbeIssue:
    """A locator that cannot work on the mounted screen as the test uses it."""

    line: int  # in the candidate's code (1-based)
    locator: str
    count: int
    strict: bool

    def describe(self, offset: int = 0) -> str:
        where = f"line {self.line + offset}"
        if self.count == 0:
            return f"{where}: {self.locator} matches nothing on the mounted screen"
        return (f"{where}: {self.locator} resolves to {self.count} elements on the mounted screen, where "
                "Playwright's strict mode needs one")


@dataclass
class TestRun:
    name: str
    passed: bool
    steps: int  # top-level statements that ran before the first failure (all of them when it passed)
    total_steps: int
    seconds: float
    line: int | None = None  # where it failed, in the candidate's code
    statement: str = ""
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "steps": self.steps, "total_steps": self.total_steps,
                "seconds": round(self.seconds, 3), "line": self.line, "statement": self.statement,
                "reason": self.reason}


@dataclass
class RunResult:
    tests: list[TestRun] = field(default_factory=list)
    seconds: float = 0.0
    problem: str | None = None  # the screen or the browser, not the candidate

    @property
    def passed(self) -> bool:
        return bool(self.tests) and self.problem is None and all(t.passed for t in self.tests)

    @property
    def score(self) -> tuple[int, int]:
        """How far it got: test functions passing, then steps before the first failure."""
        failing = [t for t in self.tests if not t.passed]
        return (sum(t.passed for t in self.tests), failing[0].steps if failing else sum(t.steps for t in self.tests))

    @property
    def first_failure(self) -> TestRun | None:
        return next((t for t in self.tests if not t.passed), None)


def availability(screen: Path, *, node_modules: str | None = None, browser: str | None = None,
                 esbuild: str | None = None) -> str | None:
    """Why a screen cannot be verified here (one line), or None when it can.

    Checked without starting anything: Playwright importable, a Chromium binary, and a
    node_modules with react (and esbuild) for the screen.
    """
    from . import harness

    if importlib.util.find_spec("playwright") is None:
        return "playwright is not installed"
    exe = browser or os.environ.get(harness.ENV_BROWSER)
    if exe:
        if not (os.path.isfile(exe) or _which(exe)):
            return f"no Chromium at {exe}"
    elif not os.path.exists(harness.DEBIAN_CHROMIUM) and not _managed_chromium():
        return "no Chromium found (apt-get install chromium, or --mambagen-browser)"
    folder = node_modules or os.environ.get(harness.ENV_NODE_MODULES)
    found = Path(folder) if folder else harness.find_node_modules(screen.parent)
    if found is None or not (found / "react").is_dir():
        return (f"no node_modules with react above {screen.name} (npm install react react-dom esbuild, "
                "or --mambagen-node-modules)")
    if not (esbuild or os.environ.get(harness.ENV_ESBUILD)) and harness.find_esbuild(found) is None:
        return f"no esbuild in {found} (npm install esbuild)"
    return None


def _which(exe: str) -> str | None:
    import shutil

    return shutil.which(exe)


def _managed_chromium() -> bool:
    # Playwright keeps its browsers here; looking is enough (starting Playwright to ask costs ~0.5 s).
    root = os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or os.path.expanduser("~/.cache/ms-playwright")
    return any(Path(root).glob("chromium*")) if os.path.isdir(root) else False


class Verifier:
    """One fenced harness for a whole generation pass; started on first use, closed by :meth:`close`."""

    def __init__(self, *, node_modules: str | None = None, browser: str | None = None, esbuild: str | None = None,
                 cache_dir: str | None = None, action_timeout_ms: float = ACTION_TIMEOUT_MS,
                 expect_timeout_ms: float = EXPECT_TIMEOUT_MS) -> None:
        self.options = {"node_modules": node_modules, "browser": browser, "esbuild": esbuild, "cache_dir": cache_dir}
        self.action_timeout_ms = action_timeout_ms
        self.expect_timeout_ms = expect_timeout_ms
        self._harness: Any = None
        # The probe's page, kept for the first mount of the run that follows: counting elements changes
        # nothing on the screen, and a mount (context, page, load, render) is most of a short test's cost.
        self._warm: tuple[str, str, Any, Any] | None = None

    def availability(self, screen: Path) -> str | None:
        return availability(screen, node_modules=self.options["node_modules"], browser=self.options["browser"],
                            esbuild=self.options["esbuild"])

    @property
    def harness(self) -> Any:
        if self._harness is None:
            from .harness import Harness

            self._harness = Harness(**self.options, action_timeout_ms=self.action_timeout_ms,
                                    expect_timeout_ms=self.expect_timeout_ms)
        return self._harness

    def _drop_warm(self) -> None:
        if self._warm is not None:
            self._warm[2].close()
            self._warm = None

    def close(self) -> None:
        self._drop_warm()
        if self._harness is not None:
            self._harness.close()
            self._harness = None

    # -- before any step runs ------------------------------------------------------------
    def probe(self, code: str, *, base_dir: Path, mount_path: str) -> list[ProbeIssue]:
        """Resolve, on the freshly mounted screen, the locators each test uses in the screen's first state."""
        from .harness import Mounter

        self._drop_warm()
        targets = _probe_targets(code)
        namespace = _namespace(code)
        mounter = Mounter(self.harness, base_dir, {})
        issues: list[ProbeIssue] = []
        kept = False
        try:
            page = mounter(mount_path)
            for target in targets:
                try:
                    locator = eval(compile(target.source, FILENAME, "eval"), {**namespace, target.page: page})
                    count = locator.count()
                    if count == 0 and target.needs_one:
                        try:
                            locator.first.wait_for(state="attached", timeout=PROBE_WAIT_MS)
                        except Exception:  # still absent after the wait: reported below
                            pass
                        count = locator.count()
                except Exception:  # a locator Playwright itself refuses is judged by running it
                    continue
                if (count == 0 and target.needs_one) or (count > 1 and target.strict):
                    issues.append(ProbeIssue(target.line, _short(target.source, target.page), count, target.strict))
            if not issues:
                self._warm = (code, mount_path, mounter, page)
                kept = True
        finally:
            if not kept:
                mounter.close()
        return issues

    # -- running it ----------------------------------------------------------------------
    def run(self, code: str, *, base_dir: Path, deadline_s: float | None = None) -> RunResult:
        """Run every test function of ``code`` (every parametrize row) and say how far each got."""
        from .harness import Mounter, deadline

        t0 = time.perf_counter()
        result = RunResult()
        try:
            namespace = _namespace(code)
        except Exception as exc:  # validated code compiles; this is a defect, reported, not raised
            result.problem = f"could not be loaded: {type(exc).__name__}: {exc}"
            return result
        steps = _test_steps(code)
        warm, self._warm = (self._warm if self._warm is not None and self._warm[0] == code else None), None
        for name, fn, kwargs in _items(namespace):
            left = TEST_LIMIT_S if deadline_s is None else min(TEST_LIMIT_S, deadline_s - (time.perf_counter() - t0))
            if left <= 0.5:
                result.problem = "the case's time budget ran out before every test function ran"
                break
            base = name.split("[", 1)[0]
            statements = steps.get(base, [])
            if warm is not None:
                mounter, warm = _Reuse(warm[2], warm[1], warm[3]), None
            else:
                mounter = Mounter(self.harness, base_dir, {})
            start = time.perf_counter()
            run = TestRun(name, True, len(statements), len(statements), 0.0)
            try:
                with deadline(left, name):
                    fn(**({"mount": mounter} if "mount" in _params(fn) else {}), **kwargs)
            except (KeyboardInterrupt, SystemExit):
                raise
            except HarnessError as exc:  # the screen does not build or render: no candidate can pass
                run.passed, run.steps, run.reason = False, 0, str(exc)
                result.problem = str(exc)
            except BaseException as exc:  # AssertionError, Playwright's errors, the alarm's Failed
                line = _failing_line(exc, base)
                run.passed = False
                run.line = line
                run.statement = _source_line(code, line)
                run.steps = sum(1 for s in statements if line is not None and s < _statement_start(statements, line))
                run.reason = _why(exc, mounter.log_lines())
            finally:
                mounter.close()
                run.seconds = time.perf_counter() - start
            result.tests.append(run)
            if result.problem:
                break
        result.seconds = time.perf_counter() - t0
        return result


class _Reuse:
    """A mounter whose first ``mount(path)`` returns the page the probe already mounted."""

    def __init__(self, mounter: Any, path: str, page: Any) -> None:
        self.mounter = mounter
        self.path = path
        self.page: Any = page

    def __call__(self, path: str, props: Any = None) -> Any:
        if self.page is not None and path == self.path and props is None:
            page, self.page = self.page, None
            return page
        self.page = None
        return self.mounter(path, props)

    def log_lines(self) -> list[str]:
        return self.mounter.log_lines()

    def close(self) -> None:
        self.mounter.close()


# -- reading the candidate -----------------------------------------------------------------

def _namespace(code: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "mambagen_candidate"}
    exec(compile(code, FILENAME, "exec"), namespace)  # allow-listed code: see the module docstring
    return namespace


def _params(fn: Any) -> tuple[str, ...]:
    code = getattr(fn, "__code__", None)
    return code.co_varnames[: code.co_argcount] if code is not None else ()


def _items(namespace: Mapping[str, Any]) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    """``(name[id], function, parametrize values)`` for every test, as pytest would collect them."""
    for name, fn in list(namespace.items()):
        if not name.startswith("test") or not callable(fn):
            continue
        tables = []
        for mark in reversed(getattr(fn, "pytestmark", [])):
            if getattr(mark, "name", "") != "parametrize" or len(mark.args) < 2:
                continue
            names = mark.args[0]
            names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
            rows = []
            for i, row in enumerate(mark.args[1]):
                values = row.values if _is_param(row) else ((row,) if len(names) == 1 else tuple(row))
                ident = row.id if _is_param(row) and row.id else None
                rows.append((ident or "-".join(_ident(v, i) for v in values), dict(zip(names, values, strict=False))))
            tables.append(rows)
        if not tables:
            yield name, fn, {}
            continue
        for combo in itertools.product(*tables):
            ident = "-".join(part for part, _ in combo)
            kwargs: dict[str, Any] = {}
            for _, values in combo:
                kwargs.update(values)
            yield f"{name}[{ident}]", fn, kwargs


def _is_param(row: Any) -> bool:
    return type(row).__name__ == "ParameterSet"


def _ident(value: Any, index: int) -> str:
    if isinstance(value, (str, int, float, bool)) and len(str(value)) <= 40:
        return str(value)
    return f"{index}"


def _test_steps(code: str) -> dict[str, list[int]]:
    """The first line of every top-level statement of every test function."""
    out: dict[str, list[int]] = {}
    for node in ast.parse(code).body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
            body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
            out[node.name] = [s.lineno for s in body]
    return out


def _statement_start(statements: list[int], line: int) -> int:
    """The top-level statement a line belongs to (its first line)."""
    starts = [s for s in statements if s <= line]
    return starts[-1] if starts else line


def _failing_line(exc: BaseException, test: str) -> int | None:
    """The line of the test function where the exception passed through (the step that failed)."""
    tb = exc.__traceback__
    line = None
    inner = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == FILENAME:
            inner = tb.tb_lineno
            if tb.tb_frame.f_code.co_name == test:
                line = tb.tb_lineno
        tb = tb.tb_next
    return line if line is not None else inner


def _source_line(code: str, line: int | None) -> str:
    if line is None:
        return ""
    lines = code.splitlines()
    return lines[line - 1].strip() if 0 < line <= len(lines) else ""


_NOISE = re.compile(r"^\s*(Call log:|- |waiting for|\s*$)")


def _why(exc: BaseException, page_lines: list[str]) -> str:
    """One line saying why a step failed, in the words a tester would use."""
    text = str(exc).strip()
    kind = type(exc).__name__
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    waiting = next((ln[len("- waiting for "):] for ln in lines if ln.startswith("- waiting for ")), "")
    if "strict mode violation" in text:
        first = next(ln for ln in lines if "strict mode violation" in ln)
        reason = first.split("Error: ", 1)[-1]
    elif kind == "TimeoutError" or "Timeout" in (lines[0] if lines else ""):
        target = waiting or "its locator"
        reason = (f"timed out waiting for {target}: nothing on the screen matches it, or it never became "
                  "visible and enabled")
    elif isinstance(exc, AssertionError) and lines:
        # Playwright's message, then "Call log:" and its retries ("20 × locator resolved to ..."): keep the message
        cut = next((i for i, ln in enumerate(lines) if ln.startswith("Call log:")), len(lines))
        head = [ln for ln in lines[:cut] if not _NOISE.match(ln)][:3]
        reason = "; ".join(head).replace("Locator expected", "expected")
        if not reason:
            reason = "the assertion failed"
    elif kind == "Failed":
        reason = lines[0] if lines else "stopped"
    else:
        reason = f"{kind}: {lines[0]}" if lines else kind
    if page_lines:
        reason += f" (the page logged: {page_lines[0][:160]})"
    return reason[:400]


# -- the probe's targets ---------------------------------------------------------------------

@dataclass
class _Target:
    line: int
    source: str  # a locator expression made of the page name, literals and module constants
    page: str
    needs_one: bool  # an action or a positive assertion: nothing matching is a failure
    strict: bool  # Playwright's strict mode applies


def _probe_targets(code: str) -> list[_Target]:
    module = ast.parse(code)
    constants = {t.id for node in module.body if isinstance(node, ast.Assign)
                 for t in node.targets if isinstance(t, ast.Name)}
    out: list[_Target] = []
    for fn in module.body:
        if not (isinstance(fn, ast.FunctionDef) and fn.name.startswith("test")):
            continue
        pages: set[str] = set()
        for stmt in fn.body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                    and isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Name) \
                    and stmt.value.func.id == "mount":
                pages = {stmt.targets[0].id}
                continue
            if not pages or not isinstance(stmt, (ast.Expr, ast.Assign, ast.Assert)):
                break  # loops, helpers' effects: the screen's state is no longer known
            acted = False
            for call in _calls(stmt):
                target = _use(call, pages, constants, code)
                if target is not None:
                    out.append(target)
                if isinstance(call.func, ast.Attribute) and call.func.attr in _ACTIONS:
                    acted = True
            if acted or _calls_helper(stmt):
                break  # the first action: later locators may name what it makes appear
    return out


def _calls(stmt: ast.stmt) -> list[ast.Call]:
    return [n for n in ast.walk(stmt) if isinstance(n, ast.Call)]


def _calls_helper(stmt: ast.stmt) -> bool:
    return any(isinstance(c.func, ast.Name) and c.func.id not in ("expect", "mount", "range") for c in _calls(stmt))


def _use(call: ast.Call, pages: set[str], constants: set[str], code: str) -> _Target | None:
    """The locator a call acts on or asserts about, when it can be rebuilt from the page and literals."""
    func = call.func
    if not isinstance(func, ast.Attribute):
        return None
    method = func.attr
    receiver = func.value
    if isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Name) and receiver.func.id == "expect":
        if not receiver.args or method.startswith("to_have_title") or method.startswith("to_have_url") \
                or method.startswith("not_to_have_title") or method.startswith("not_to_have_url"):
            return None
        locator = receiver.args[0]
        absent = method in _ABSENT_ASSERTIONS or method.startswith("not_")
        listy = method in _LIST_ASSERTIONS and bool(call.args) and isinstance(call.args[0], (ast.List, ast.Tuple))
        needs_one, strict = not absent, not (absent or listy)
    elif method in _ACTIONS:
        locator, needs_one, strict = receiver, True, True
    elif method in _STRICT_QUERIES:
        locator, needs_one, strict = receiver, True, True
    else:
        return None
    if not _is_locator(locator, pages, constants):
        return None
    source = ast.get_source_segment(code, locator)
    if not source:
        return None
    page = next(n.id for n in ast.walk(locator) if isinstance(n, ast.Name) and n.id in pages)
    return _Target(locator.lineno, source, page, needs_one, strict)


def _is_locator(node: ast.AST, pages: set[str], constants: set[str]) -> bool:
    """A chain of locator calls rooted at a page, whose arguments are literals or module constants."""
    if isinstance(node, ast.Attribute) and node.attr in ("first", "last"):
        return _is_locator(node.value, pages, constants)
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _REFINERS):
        return False
    root = node.func.value
    args_ok = all(_literalish(a, pages, constants) for a in [*node.args, *(k.value for k in node.keywords)])
    if not args_ok:
        return False
    if isinstance(root, ast.Name):
        return root.id in pages and node.func.attr in _LOCATOR_FACTORIES
    return _is_locator(root, pages, constants)


def _literalish(node: ast.AST, pages: set[str], constants: set[str]) -> bool:
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name):
        return node.id in constants or node.id in ("True", "False", "None")
    if isinstance(node, (ast.List, ast.Tuple)):
        return all(_literalish(e, pages, constants) for e in node.elts)
    if isinstance(node, ast.BinOp):
        return _literalish(node.left, pages, constants) and _literalish(node.right, pages, constants)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
        if node.func.value.id == "re" and node.func.attr == "compile":
            return all(_literalish(a, pages, constants) for a in node.args)
    return _is_locator(node, pages, constants)  # has=page.get_by_...


def _short(source: str, page: str) -> str:
    text = " ".join(source.split())
    text = text[len(page) + 1:] if text.startswith(page + ".") else text
    return text if len(text) <= 120 else text[:117] + "..."


__all__ = ["ProbeIssue", "RunResult", "TestRun", "Verifier", "availability"]
