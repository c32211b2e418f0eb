"""The one prompt builder, shared by training, evaluation, the plugin and the worker.

A prompt is a list of chat messages (system, user[, assistant]) rendered through
the tokenizer's own chat template, so that our small model and a real
Codestral-Mamba checkpoint go through the same code. Changing anything that
alters the rendered text must bump :data:`PROMPT_VERSION` (it is part of every
fingerprint, so stale tests are regenerated).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the inventory imports tree-sitter: only when a prompt is built
    from .inventory import Inventory

PROMPT_VERSION = "2"

DEFAULT_SYSTEM_PROMPT = (
    "You are a QA automation engineer. You turn a manual test case for a React screen into a "
    "pytest module that uses Playwright's sync API and the `mount` fixture. Follow the case step by "
    "step, use only locators that exist on the screen, and assert the expected results with expect()."
)


@dataclass(frozen=True)
class CaseInput:
    """What the model sees for one case."""

    manual: str  # the manual case text (a leading "Source:" line already removed)
    jsx: str  # the screen's source
    screen: str  # the path the test passes to mount(), e.g. "SignIn.jsx"
    case_name: str = ""  # "" for <Screen>.manual.txt, else the <case> part
    siblings: tuple[tuple[str, str], ...] = ()  # local modules the screen imports: (path, text)
    #: The screen's inventory, where the caller has read it already (the generation pass reads it once per
    #: case, checking that the screen parses); otherwise it is read on first use.
    known_inventory: Any = field(default=None, compare=False, repr=False)

    def inventory(self) -> Inventory:
        """The screen's inventory, read once per case: the prompt (once per cut tried), grounded decoding
        and validation all ask for it, and each used to parse the screen again."""
        return self._inventory

    @functools.cached_property
    def _inventory(self) -> Inventory:
        if self.known_inventory is not None:
            return self.known_inventory
        from .inventory import screen_inventory

        return screen_inventory(self.jsx, self.screen, self.siblings, check=False)


@dataclass(frozen=True)
class PromptParts:
    """The pieces of the user message, so callers can say what they cut."""

    include_jsx: bool = True
    include_inventory: bool = True
    siblings: int | None = None  # how many of the screen's own modules to show, in sibling_order (None: all)


_CODE_SUFFIXES = (".jsx", ".tsx", ".js", ".ts", ".mjs")


def sibling_order(case: CaseInput) -> list[tuple[str, str]]:
    """The screen's local modules in the order the prompt shows them (and cuts them from the end).

    Child components the screen imports itself come first (their markup is what a
    test touches), then its helper modules, then what those import; within a
    group, shorter files first, so that more of them fit.
    """
    direct = set(re.findall(r"""from\s+['"]\./([^'"]+)['"]""", case.jsx))

    def rank(item: tuple[str, str]) -> tuple[int, int, int, str]:
        path, text = item
        stem = path[2:] if path.startswith("./") else path
        is_direct = stem in direct or any(stem.startswith(d) and stem[len(d):] in _CODE_SUFFIXES for d in direct)
        component = path.endswith((".jsx", ".tsx"))
        return (0 if is_direct else 1, 0 if component else 1, len(text), path)

    return sorted(((p, t) for p, t in case.siblings if p.endswith(_CODE_SUFFIXES)), key=rank)


def user_message(case: CaseInput, parts: PromptParts = PromptParts()) -> str:
    lines = ["Write the pytest module for this manual test case.", "", f"Screen: {case.screen}"]
    if parts.include_jsx:
        lines += ["```jsx", _clean_source(case.jsx), "```"]
        modules = sibling_order(case)
        shown = modules if parts.siblings is None else modules[: parts.siblings]
        if shown:
            lines += ["", "Modules the screen imports:"]
            for path, text in shown:
                lang = "jsx" if path.endswith((".jsx", ".tsx")) else "js"
                lines += [f"File: {path}", f"```{lang}", _clean_source(text), "```"]
        if len(shown) < len(modules):
            lines += [f"(Left out to fit the model's window: {', '.join(p for p, _ in modules[len(shown):])}; "
                      "their strings are in the inventory.)"]
    else:
        lines += ["(The screen's source was left out to fit the model's window; use the inventory.)"]
    if parts.include_inventory:
        inventory = case.inventory().render()
        if inventory:
            lines += ["", "Screen inventory:", inventory]
    lines += ["", "Manual test case:", case.manual.strip()]
    return "\n".join(lines)


def build_messages(
    case: CaseInput, *, system_prompt: str | None = None, parts: PromptParts = PromptParts()
) -> list[dict[str, str]]:
    """The chat messages asking for a test: ``[system, user]``."""
    return [
        {"role": "system", "content": system_prompt or DEFAULT_SYSTEM_PROMPT},
        {"role": "user", "content": user_message(case, parts)},
    ]


def fit_messages(
    case: CaseInput, count_tokens, budget: int, *, system_prompt: str | None = None,
) -> tuple[list[dict[str, str]] | None, str | None, int]:
    """The fullest prompt for ``case`` whose size (``count_tokens(messages)``) is at most ``budget``.

    Cuts in a stated order: the screen's modules from the end of :func:`sibling_order`,
    then the screen's source (the inventory always stays, and covers what was cut).
    Returns ``(messages, note, size)``; ``note`` says what was left out, and
    ``messages`` is ``None`` when even the smallest prompt is over ``budget``.
    """
    modules = len(sibling_order(case))
    full = build_messages(case, system_prompt=system_prompt)
    size = count_tokens(full)
    if size <= budget:
        return full, None, size
    first_size = size
    for keep in range(modules - 1, -1, -1):
        messages = build_messages(case, system_prompt=system_prompt, parts=PromptParts(siblings=keep))
        size = count_tokens(messages)
        if size <= budget:
            left = [p for p, _ in sibling_order(case)[keep:]]
            return messages, (f"left out of the prompt to fit the window: {', '.join(left)} "
                              f"({first_size} tokens with them, budget {budget})"), size
    messages = build_messages(case, system_prompt=system_prompt, parts=PromptParts(include_jsx=False))
    size = count_tokens(messages)
    if size <= budget:
        return messages, (f"screen source left out of the prompt: {first_size} tokens with it, over the "
                          f"budget of {budget}"), size
    return None, None, size


def training_messages(
    case: CaseInput, test_code: str, *, system_prompt: str | None = None
) -> list[dict[str, str]]:
    """The messages of one training sample: the request and the test as the assistant's answer."""
    return [*build_messages(case, system_prompt=system_prompt), {"role": "assistant", "content": answer_text(test_code)}]


def answer_text(test_code: str) -> str:
    """The assistant's answer as trained: the module source, no fences, one trailing newline."""
    return test_code.strip("\n") + "\n"


def render(tokenizer: Any, messages: list[dict[str, str]], *, add_generation_prompt: bool = True) -> str:
    """Render messages with the tokenizer's chat template.

    Some templates (Mistral's among them) reject a system role; then the system
    text is folded into the first user message, the way those models were tuned.
    """
    try:
        return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=add_generation_prompt)
    except Exception:
        if messages and messages[0]["role"] == "system":
            system, rest = messages[0], list(messages[1:])
            rest[0] = {"role": rest[0]["role"], "content": system["content"] + "\n\n" + rest[0]["content"]}
            return tokenizer.apply_chat_template(rest, tokenize=False, add_generation_prompt=add_generation_prompt)
        raise


_FENCE = re.compile(r"```(?:python|py)?[ \t]*\n(.*?)(?:\n```|$)", re.DOTALL)


def extract_code(completion: str) -> str:
    """The Python module inside a completion: the first fenced block if any, else the text."""
    match = _FENCE.search(completion)
    code = match.group(1) if match else completion
    return code.strip("\n") + "\n" if code.strip() else ""


def _clean_source(source: str) -> str:
    # Normalise line endings and trailing blanks only: the model must see the
    # screen as the developer wrote it (selectors are copied from here).
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.strip("\n").split("\n"))
