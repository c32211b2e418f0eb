"""Does the model copy? Literal, value and novel-string recall, free-running and teacher-forced.

A generated test can only pass if it spells the case's labels, messages and
values exactly. These metrics measure that directly, without a browser, so a
training run can be judged on the machine it ran on:

* *literal recall*: the share of the reference test's content strings (its string
  constants, minus the mount path, ARIA roles, key names and parametrize argument
  names) that the generated test also contains as string constants;
* *value recall*: the same for the values it types and expects (``fill``,
  ``select_option``, ``to_have_text``, ``to_contain_text``, ``to_have_value``...);
* *novel-string recall*: literal recall restricted to the reference strings that
  occur in no training answer (the ones the model cannot have memorized);
* *teacher-forced copy*: with the reference answer fed in, whether greedy decoding
  would reproduce each content string exactly (every argmax over its tokens and
  its closing quote matches);
* *action agreement*: similarity of the generated and reference sequences of
  Playwright calls (locator, action, assertion names), a proxy for "does the test
  do the steps of the case".
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst

from ..inventory import ARIA_ROLES

VALUE_METHODS = frozenset({"fill", "type", "press_sequentially", "select_option", "to_have_text",
                           "to_contain_text", "to_have_value", "not_to_have_text", "not_to_contain_text",
                           "to_have_values", "to_have_accessible_name"})
_KEYS = frozenset({"Enter", "Escape", "Tab", "Backspace", "Delete", "ArrowUp", "ArrowDown", "ArrowLeft",
                   "ArrowRight", "Home", "End", "PageUp", "PageDown", "Space", " ", "Shift+Tab"})


@dataclass
class TestStrings:
    """The content strings of a test module, and which of them are typed or expected values."""

    content: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)  # method names in source order
    spans: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of each content string's text
    # beside ``content``, one flag per occurrence: teacher forcing marks occurrences, not distinct strings
    is_value: list[bool] = field(default_factory=list)

    @property
    def unique(self) -> list[str]:
        return list(dict.fromkeys(self.content))


def module_strings(code: str) -> TestStrings:
    """Parse ``code`` (a test module); a module that does not parse has no strings."""
    try:
        module = cst.parse_module(code)
    except cst.ParserSyntaxError:
        return TestStrings()
    wrapper = cst.metadata.MetadataWrapper(module, unsafe_skip_copy=True)
    visitor = _Strings(code)
    wrapper.visit(visitor)
    return visitor.result


class _Strings(cst.CSTVisitor):
    METADATA_DEPENDENCIES = (cst.metadata.PositionProvider,)

    def __init__(self, code: str):
        self.result = TestStrings()
        self.skip: set[int] = set()
        self.value_nodes: set[int] = set()
        self.offsets = _line_offsets(code)
        self.calls: list[tuple[tuple[int, int], str]] = []

    def leave_Module(self, node: cst.Module) -> None:
        self.result.calls = [name for _, name in sorted(self.calls)]

    def visit_Call(self, node: cst.Call) -> None:
        func = node.func
        name = func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else ""
        if name:
            pos = self.get_metadata(cst.metadata.PositionProvider, func.attr if isinstance(func, cst.Attribute)
                                    else func)
            self.calls.append(((pos.start.line, pos.start.column), name))
        positional = [a for a in node.args if a.keyword is None]
        if name == "mount" and positional:
            self.skip.add(id(positional[0].value))
        elif name == "get_by_role" and positional:
            self.skip.add(id(positional[0].value))
        elif name == "parametrize" and positional:
            self.skip.add(id(positional[0].value))
        elif name == "press" and positional:
            self.skip.add(id(positional[-1].value))
        if name in VALUE_METHODS and positional:
            self.value_nodes.add(id(positional[0].value))

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        if id(node) in self.skip:
            return
        try:
            value = node.evaluated_value
        except Exception:
            return
        if not isinstance(value, str) or not value.strip() or value in _KEYS or value in ARIA_ROLES:
            return
        pos = self.get_metadata(cst.metadata.PositionProvider, node)
        start = self.offsets[pos.start.line - 1] + pos.start.column + len(node.prefix) + len(node.quote)
        self.result.content.append(value)
        self.result.spans.append((start, start + len(node.raw_value)))
        is_value = id(node) in self.value_nodes
        self.result.is_value.append(is_value)
        if is_value:
            self.result.values.append(value)


def _line_offsets(code: str) -> list[int]:
    offsets, total = [], 0
    for line in code.splitlines(keepends=True):
        offsets.append(total)
        total += len(line)
    offsets.append(total)
    return offsets


def recall(generated: Iterable[str], wanted: Sequence[str]) -> float | None:
    wanted = list(dict.fromkeys(wanted))
    if not wanted:
        return None
    have = set(generated)
    return sum(1 for w in wanted if w in have) / len(wanted)


def action_agreement(generated: Sequence[str], reference: Sequence[str]) -> float:
    if not generated and not reference:
        return 1.0
    return difflib.SequenceMatcher(a=list(generated), b=list(reference), autojunk=False).ratio()


# -- what the model saw in training -----------------------------------------------------------------


def string_key(value: str) -> bytes:
    return hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest()


class TrainingStrings:
    """The set of content strings of every training answer, stored as 8-byte hashes (compact, exact enough)."""

    def __init__(self, keys: Iterable[bytes] = ()):
        self.keys = set(keys)

    @classmethod
    def from_answers(cls, answers: Iterable[str]) -> TrainingStrings:
        keys: set[bytes] = set()
        for answer in answers:
            keys.update(string_key(s) for s in module_strings(answer).content)
        return cls(keys)

    def __contains__(self, value: str) -> bool:
        return string_key(value) in self.keys

    def save(self, path: Path) -> None:
        path.write_bytes(b"".join(sorted(self.keys)))

    @classmethod
    def load(cls, path: Path) -> TrainingStrings:
        data = path.read_bytes()
        return cls(data[i:i + 8] for i in range(0, len(data), 8))


@dataclass
class CopyScores:
    literal: float | None
    value: float | None
    novel: float | None
    novel_total: int
    novel_copied: int
    actions: float

    def to_dict(self) -> dict:
        return {"literal_recall": self.literal, "value_recall": self.value, "novel_recall": self.novel,
                "novel_total": self.novel_total, "novel_copied": self.novel_copied, "action_agreement": self.actions}


def score(generated: str, reference: str, seen: TrainingStrings | None = None) -> CopyScores:
    return score_strings(module_strings(generated), module_strings(reference), seen)


def score_strings(gen: TestStrings, ref: TestStrings, seen: TrainingStrings | None = None) -> CopyScores:
    """:func:`score` on modules already read (an evaluation reads each reference once for every configuration)."""
    novel = [s for s in ref.unique if seen is not None and s not in seen]
    have = set(gen.content)
    copied = sum(1 for s in novel if s in have)
    return CopyScores(recall(gen.content, ref.content), recall(gen.content, ref.values),
                      copied / len(novel) if novel else None, len(novel), copied,
                      action_agreement(gen.calls, ref.calls))


def aggregate(scores: Sequence[CopyScores]) -> dict[str, float | int | None]:
    """Means over cases (recalls) and the pooled novel-string rate."""

    def mean(xs):
        xs = [x for x in xs if x is not None]
        return sum(xs) / len(xs) if xs else None

    total = sum(s.novel_total for s in scores)
    return {"cases": len(scores), "literal_recall": mean(s.literal for s in scores),
            "value_recall": mean(s.value for s in scores),
            "novel_recall": (sum(s.novel_copied for s in scores) / total) if total else None,
            "novel_strings": total, "action_agreement": mean(s.actions for s in scores)}


# -- teacher forcing ------------------------------------------------------------------------------


def teacher_forced_copy(model, tokenizer, prompt: str, answer: str, device: str = "cpu") -> list[tuple[str, bool]]:
    """For each content string of ``answer``: would greedy decoding reproduce it, given the reference prefix?

    The string counts as copied when the argmax at every token that covers its text
    (and the token that closes it) is the reference token.
    """
    import torch

    strings = module_strings(answer)
    if not strings.content:
        return []
    enc_prompt = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    enc = tokenizer(answer, add_special_tokens=False, return_offsets_mapping=True)
    ids = enc_prompt + enc["input_ids"]
    offsets = enc["offset_mapping"]
    with torch.no_grad():
        logits = model(torch.tensor([ids], device=device)).logits[0]
    predicted = logits[len(enc_prompt) - 1:-1].argmax(-1).tolist()  # prediction for each answer token
    truth = enc["input_ids"]
    out = []
    for value, (start, end) in zip(strings.content, strings.spans, strict=True):
        # tokens overlapping the string's text, plus the one holding its closing quote
        covering = [i for i, (a, b) in enumerate(offsets) if b > start and a <= end]
        ok = bool(covering) and all(predicted[i] == truth[i] for i in covering)
        out.append((value, ok))
    return out


@dataclass
class ForcedCopy:
    """One reference under teacher forcing: its string occurrences, and how many greedy decoding reproduced."""

    strings: int = 0
    copied: int = 0
    values: int = 0
    values_copied: int = 0
    novel: int = 0  # occurrences of strings that are in no training answer (0 when that is not known)
    novel_copied: int = 0

    def to_dict(self) -> dict[str, float | int | None]:
        return {"strings": self.strings, "copied": self.copied, "literal_recall": _share(self.copied, self.strings),
                "values": self.values, "value_recall": _share(self.values_copied, self.values),
                "novel_strings": self.novel, "novel_copied": self.novel_copied,
                "novel_recall": _share(self.novel_copied, self.novel)}


def forced_copy(marks: Sequence[tuple[str, bool]], reference: TestStrings,
                seen: TrainingStrings | None = None) -> ForcedCopy:
    """Count :func:`teacher_forced_copy`'s marks for ``reference`` (the module they were made on).

    Every occurrence counts, as the training run's proxy counts them, so that the
    two agree; the values are the occurrences :func:`module_strings` flags as values.
    """
    out = ForcedCopy()
    for (value, ok), is_value in zip(marks, reference.is_value, strict=True):
        out.strings += 1
        out.copied += ok
        if is_value:
            out.values += 1
            out.values_copied += ok
        if seen is not None and value not in seen:
            out.novel += 1
            out.novel_copied += ok
    return out


def aggregate_forced(scores: Sequence[ForcedCopy]) -> dict[str, float | int | None]:
    """Pooled over every occurrence of every case (the proxy's ``teacher_forced`` numbers)."""
    total = ForcedCopy()
    for s in scores:
        total.strings += s.strings
        total.copied += s.copied
        total.values += s.values
        total.values_copied += s.values_copied
        total.novel += s.novel
        total.novel_copied += s.novel_copied
    return {"cases": len(scores), **total.to_dict()}


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None
