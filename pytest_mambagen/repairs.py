"""Small, recorded repairs of a generated test: slips a rule can fix without writing the test.

Only one repair today, the one Playwright's substring matching makes necessary:
``get_by_role("button", name="Save")`` also matches "Save draft", and strict mode
then refuses the locator. Where the name the model wrote is itself a name on the
screen and also part of another one, ``exact=True`` is added. Each repair comes
back as a one-line note, so the written test's header and the report can say
what was changed.
"""

from __future__ import annotations

import libcst as cst

from .inventory import Inventory

_KINDS = {"get_by_role": "role", "get_by_label": "label", "get_by_text": "text", "get_by_placeholder": "placeholder"}


def _pool(inventory: Inventory, kind: str, role: str | None) -> list[str]:
    if kind == "role":
        names = inventory.names_for_role(role) if role else []
        return names or list(inventory.strings_for("role"))
    if kind == "label":
        return inventory.labels() or list(inventory.strings_for("label"))
    if kind == "placeholder":
        return list(inventory.strings_for("placeholder"))
    return list(inventory.texts)


def _literal(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.SimpleString):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    return None


class _Exact(cst.CSTTransformer):
    def __init__(self, inventory: Inventory):
        super().__init__()
        self.inventory = inventory
        self.notes: list[str] = []

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.Call:
        func = updated.func
        if not isinstance(func, cst.Attribute) or func.attr.value not in _KINDS:
            return updated
        kind = _KINDS[func.attr.value]
        keywords = {a.keyword.value: a for a in updated.args if a.keyword is not None}
        if "exact" in keywords:
            return updated
        positional = [a for a in updated.args if a.keyword is None]
        role = _literal(positional[0].value) if kind == "role" and positional else None
        name_arg = keywords.get("name") if kind == "role" else (positional[0] if positional else None)
        value = _literal(name_arg.value) if name_arg is not None else None
        if not value:
            return updated
        pool = _pool(self.inventory, kind, role)
        low = value.strip().lower()
        if not any(s.strip().lower() == low for s in pool):
            return updated  # not a whole name on the screen: exact=True could only break it
        wider = next((s for s in pool if low in s.lower() and s.strip().lower() != low), None)
        if wider is None:
            return updated
        call = f'{func.attr.value}({"..., " if kind == "role" else ""}"{value}")'
        self.notes.append(f'added exact=True to {call}: "{wider}" is also on the screen')
        args = list(updated.args)
        last = args[-1]
        args[-1] = last.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
        args.append(cst.Arg(keyword=cst.Name("exact"), value=cst.Name("True"),
                            equal=cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""),
                                                  whitespace_after=cst.SimpleWhitespace(""))))
        return updated.with_changes(args=args)


def add_exact(code: str, inventory: Inventory) -> tuple[str, list[str]]:
    """``code`` with ``exact=True`` where a locator's name is also part of another name; and the notes."""
    try:
        module = cst.parse_module(code)
    except cst.ParserSyntaxError:
        return code, []
    fixer = _Exact(inventory)
    fixed = module.visit(fixer)
    return (fixed.code, fixer.notes) if fixer.notes else (code, [])
