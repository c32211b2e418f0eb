"""Freshness statistics: how often content strings of the tests recur across samples.

Why: the version-4 model memorised a closed vocabulary; version 5 is built so
that no content string recurs in more than a handful of samples. This module
measures that on any list of samples (:func:`stats`).

Content strings are the string constants of a test other than structural ones:
ARIA roles (first argument of ``get_by_role``), key names (``press``),
attribute names and the ARIA state values of ``to_have_attribute``,
parametrize argument names, keys of props dicts, blank strings, strings of
one or two characters (an initial typed to break a minimum length) and bare
numbers of one or two digits, alone or with a sign or a symbol ("3", "-1",
"× 2": counts cannot be fresh; they are counted apart).
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

_SMALL_NUMBER = re.compile(r"[^A-Za-z0-9]*\d{1,2}[^A-Za-z0-9]*")  # "3", "-1", "× 2": counts, not words
STATE_VALUES = frozenset({"true", "false", "ascending", "descending", "none", "mixed", "other"})


def test_strings(test: str) -> tuple[list[str], list[str], list[str]]:
    """(content strings, bare small numbers, test function names) of one test module."""
    tree = ast.parse(test)
    structural: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        m = node.func.attr
        args = node.args
        if m == "get_by_role" and args:
            structural.add(id(args[0]))
        elif m == "press" and args:
            structural.add(id(args[0]))
        elif m == "to_have_attribute" and args:
            structural.add(id(args[0]))
            if len(args) > 1 and isinstance(args[1], ast.Constant) and args[1].value in STATE_VALUES:
                structural.add(id(args[1]))
        elif m == "parametrize" and args:
            for sub in ast.walk(args[0]):
                structural.add(id(sub))
    for node in ast.walk(tree):  # keys of props dicts are the component's prop and field names
        if isinstance(node, ast.Dict):
            structural.update(id(k) for k in node.keys if k is not None)
    content, numbers = [], []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in structural:
            v = node.value
            if not v.strip():
                continue
            if _SMALL_NUMBER.fullmatch(v.strip()) or len(v.strip()) < 3:
                numbers.append(v)
                continue
            content.append(v)
    names = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    return content, numbers, names


def _percentile(sorted_values: list[int], p: float) -> int:
    if not sorted_values:
        return 0
    k = min(len(sorted_values) - 1, max(0, round(p * (len(sorted_values) - 1))))
    return sorted_values[k]


def stats(samples: Iterable[Any], *, top: int = 15) -> dict[str, Any]:
    """Occurrence statistics over ``samples`` (anything with ``.test``).

    For every content string: the number of samples whose test contains it.
    Reported: distinct strings, the max and the 99th percentile of those
    counts (over distinct strings), the most frequent strings, distinct test
    names and the most reused ones.
    """
    per_string: Counter[str] = Counter()
    per_name: Counter[str] = Counter()
    numbers: Counter[str] = Counter()
    n = 0
    constants = 0
    for s in samples:
        n += 1
        content, nums, names = test_strings(s.test)
        constants += len(content)
        per_string.update(set(content))
        numbers.update(set(nums))
        per_name.update(set(names))
    counts = sorted(per_string.values())
    name_counts = sorted(per_name.values())
    return {
        "samples": n,
        "content_string_constants": constants,
        "distinct_content_strings": len(per_string),
        "max_samples_per_string": counts[-1] if counts else 0,
        "p99_samples_per_string": _percentile(counts, 0.99),
        "p999_samples_per_string": _percentile(counts, 0.999),
        "strings_in_more_than_5_samples": sum(1 for c in counts if c > 5),
        "strings_in_more_than_20_samples": sum(1 for c in counts if c > 20),
        "top_strings": per_string.most_common(top),
        "distinct_test_names": len(per_name),
        "test_functions": sum(per_name.values()),
        "max_samples_per_test_name": name_counts[-1] if name_counts else 0,
        "p99_samples_per_test_name": _percentile(name_counts, 0.99),
        "top_test_names": per_name.most_common(top),
        "short_or_numeric": {"distinct": len(numbers), "top": numbers.most_common(5)},
    }
