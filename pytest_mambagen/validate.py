"""Check a generated test before it is written or run (libcst).

A candidate passes when it parses, defines at least one ``test_*`` function,
imports only allowed modules, calls nothing dangerous, mounts the right screen,
and every literal locator string exists on the screen (grounding). A rejected
candidate is never written or run. Small syntax slips are repaired (code fences,
a truncated trailing test) and the repair is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst

from .inventory import ARIA_ROLES, Inventory
from .prompts import extract_code

ALLOWED_MODULES = frozenset(
    {"pytest", "re", "json", "datetime", "decimal", "math", "string", "typing", "__future__",
     "playwright", "playwright.sync_api", "itertools", "functools", "collections", "dataclasses", "time"}
)
FORBIDDEN_NAMES = frozenset(
    {"eval", "exec", "compile", "__import__", "open", "breakpoint", "input", "globals", "locals", "vars",
     "memoryview", "exit", "quit"}
)
FORBIDDEN_ATTRS = frozenset(
    {"system", "popen", "spawnl", "spawnv", "execv", "execve", "execl", "fork", "kill", "write_text",
     "write_bytes", "unlink", "rmdir", "rmtree", "remove", "rename", "chmod", "chown", "mkdir", "makedirs",
     "symlink_to", "socket", "connect", "urlopen", "set_input_files", "__subclasses__", "__globals__",
     "__builtins__", "__code__"}
)
LOCATOR_METHODS = {
    "get_by_role": "role", "get_by_label": "label", "get_by_text": "text", "get_by_test_id": "test_id",
    "get_by_placeholder": "placeholder", "get_by_title": "title", "get_by_alt_text": "alt_text",
}


@dataclass
class Verdict:
    ok: bool
    code: str
    reasons: list[str] = field(default_factory=list)  # why it was rejected
    warnings: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    checks: dict[str, bool] = field(default_factory=dict)  # syntax, has_test, policy, mount, grounding
    tests: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons) if self.reasons else "ok"


def validate(completion: str, *, inventory: Inventory | None = None, mount_path: str | None = None) -> Verdict:
    """Validate (and lightly repair) a model completion for one case."""
    code = extract_code(completion)
    repairs: list[str] = []
    if completion.strip() and code != completion.strip("\n") + "\n":
        repairs.append("took the code out of a fenced block")
    if not code.strip():
        return Verdict(False, "", ["the model produced no code"], checks={"syntax": False})
    module, code, syntax_error = _parse_with_repair(code, repairs)
    if module is None:
        return Verdict(False, code, [f"syntax error: {syntax_error}"], repairs=repairs, checks={"syntax": False})
    typed = _TypedStrings()
    module.visit(typed)
    visitor = _Inspector(inventory, mount_path, typed.values)
    module.visit(visitor)
    checks = {
        "syntax": True,
        "has_test": bool(visitor.tests),
        "policy": not visitor.policy,
        "mount": not visitor.mount_problems,
        "grounding": not visitor.ungrounded,
    }
    reasons: list[str] = []
    if not visitor.tests:
        reasons.append("defines no test_* function")
    reasons += visitor.policy
    reasons += visitor.mount_problems
    reasons += visitor.ungrounded
    return Verdict(not reasons, code, reasons, visitor.warnings, repairs, checks, visitor.tests)


def _parse_with_repair(code: str, repairs: list[str]) -> tuple[cst.Module | None, str, str]:
    try:
        return cst.parse_module(code), code, ""
    except cst.ParserSyntaxError as exc:
        first_error = f"line {exc.raw_line}: {exc.message}"
    # A candidate cut off by the token limit usually ends inside its last test:
    # drop top-level blocks from the end until the rest parses.
    lines = code.split("\n")
    starts = [i for i, line in enumerate(lines) if line and not line[0].isspace()]
    for start in reversed(starts):
        head = "\n".join(lines[:start]).rstrip("\n")
        while head.split("\n")[-1].startswith("@"):
            head = "\n".join(head.split("\n")[:-1]).rstrip("\n")
        if "def test" not in head:
            break
        try:
            module = cst.parse_module(head + "\n")
        except cst.ParserSyntaxError:
            continue
        repairs.append(f"dropped an incomplete block from line {start + 1} (syntax error at {first_error})")
        return module, head + "\n", ""
    return None, code, first_error


def _string_value(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.SimpleString):
        try:
            value = node.evaluated_value
        except Exception:  # odd escapes: treat as non-literal
            return None
        return value if isinstance(value, str) else None
    if isinstance(node, cst.ConcatenatedString):
        left, right = _string_value(node.left), _string_value(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _dotted(node: cst.BaseExpression) -> str:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return _dotted(node.value) + "." + node.attr.value
    return ""


TYPING_METHODS = frozenset({"fill", "type", "press_sequentially", "select_option", "set_input_files"})


class _TypedStrings(cst.CSTVisitor):
    """Strings the test itself enters: once typed, they are on the screen too."""

    def __init__(self) -> None:
        self.values: list[str] = []

    def visit_Call(self, node: cst.Call) -> None:
        if isinstance(node.func, cst.Attribute) and node.func.attr.value in TYPING_METHODS:
            for arg in node.args:
                value = _string_value(arg.value)
                if value:
                    self.values.append(value)

    def visit_Element(self, node: cst.Element) -> None:
        # parametrize data: any literal in a list or tuple may be typed by the test
        value = _string_value(node.value)
        if value:
            self.values.append(value)


class _Inspector(cst.CSTVisitor):
    def __init__(self, inventory: Inventory | None, mount_path: str | None, typed: list[str] | None = None):
        self.inventory = inventory
        self.typed = [t.lower() for t in (typed or []) if t.strip()]
        self.mount_path = mount_path
        self.tests: list[str] = []
        self.policy: list[str] = []
        self.mount_problems: list[str] = []
        self.ungrounded: list[str] = []
        self.warnings: list[str] = []
        self.depth = 0

    # -- structure ----------------------------------------------------------------
    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        if node.name.value.startswith("test") and self.depth <= 1:
            self.tests.append(node.name.value)
        self.depth += 1

    def leave_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.depth -= 1

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.depth += 0 if node.name.value.startswith("Test") else 2

    def leave_ClassDef(self, node: cst.ClassDef) -> None:
        self.depth -= 0 if node.name.value.startswith("Test") else 2

    # -- policy -------------------------------------------------------------------
    def _check_module(self, name: str) -> None:
        top = name.split(".")[0]
        if name not in ALLOWED_MODULES and top not in ALLOWED_MODULES:
            self.policy.append(f"imports {name} (not allowed in generated tests)")

    def visit_Import(self, node: cst.Import) -> None:
        for alias in node.names:
            self._check_module(_dotted(alias.name))

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        if node.relative:
            self.policy.append("uses a relative import (not allowed in generated tests)")
            return
        module = _dotted(node.module) if node.module is not None else ""
        self._check_module(module)
        if module.startswith("playwright") and module not in ("playwright.sync_api", "playwright"):
            self.policy.append(f"imports {module} (only playwright.sync_api is allowed)")

    def visit_Name(self, node: cst.Name) -> None:
        if node.value in FORBIDDEN_NAMES:
            self.policy.append(f"uses {node.value}() (not allowed in generated tests)")

    def visit_Attribute(self, node: cst.Attribute) -> None:
        if node.attr.value in FORBIDDEN_ATTRS:
            self.policy.append(f"uses .{node.attr.value} (not allowed in generated tests)")

    # -- calls: mount and locators ------------------------------------------------
    def visit_Call(self, node: cst.Call) -> None:
        func = node.func
        if isinstance(func, cst.Name) and func.value == "mount":
            self._check_mount(node)
        if isinstance(func, cst.Attribute):
            method = func.attr.value
            if method in LOCATOR_METHODS:
                self._check_locator(LOCATOR_METHODS[method], node)
            elif method == "filter":
                for arg in node.args:
                    if arg.keyword is not None and arg.keyword.value in ("has_text", "has_not_text"):
                        value = _string_value(arg.value)
                        if value is not None and self.inventory is not None \
                                and not self._grounded("text", value, False):
                            self.ungrounded.append(f'filter(has_text="{value}") matches no text on the screen')

    def _grounded(self, kind: str, value: str, exact: bool) -> bool:
        if self.inventory is not None and self.inventory.grounded(kind, value, exact=exact):
            return True
        low = value.lower()
        return kind != "test_id" and any(low == t or (not exact and low in t) for t in self.typed)

    def _check_mount(self, node: cst.Call) -> None:
        if not node.args:
            self.mount_problems.append("calls mount() without a screen path")
            return
        value = _string_value(node.args[0].value)
        if value is None:
            return
        if self.mount_path is not None and value != self.mount_path:
            self.mount_problems.append(f'mounts "{value}", but the case is for "{self.mount_path}"')

    def _check_locator(self, kind: str, node: cst.Call) -> None:
        positional = [a for a in node.args if a.keyword is None]
        keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        exact = isinstance(keywords.get("exact"), cst.Name) and keywords["exact"].value == "True"
        role = None
        if kind == "role":
            role = _string_value(positional[0].value) if positional else None
            if positional and role is not None and role not in ARIA_ROLES:
                self.ungrounded.append(f'get_by_role("{role}") is not an ARIA role')
            name_node = keywords.get("name")
            value = _string_value(name_node) if name_node is not None else None
        else:
            value = _string_value(positional[0].value) if positional else None
        if value is None or self.inventory is None:
            return
        if not self._grounded(kind, value, exact):
            call = f"get_by_{kind}" if kind != "role" else "get_by_role(..., name=...)"
            self.ungrounded.append(f'{call} uses "{value}", which is not on the screen')
        elif not exact and kind in ("role", "label", "text"):
            pool = self.inventory.names_for_role(role) if role else (
                self.inventory.labels() if kind == "label" else self.inventory.texts)
            others = [s for s in pool if value.lower() in s.lower() and value.lower() != s.lower()]
            if others:
                self.warnings.append(
                    f'"{value}" also matches "{others[0]}" on the screen; exact=True would be safer'
                )
