"""The one prompt builder shows the whole screen (its own modules too) and cuts in a stated order."""

from pytest_mambagen.prompts import (
    CaseInput,
    PromptParts,
    build_messages,
    fit_messages,
    sibling_order,
    user_message,
)

SCREEN = """import Row from "./Row.jsx";
import { total } from "./money.js";
export default function Cart() { return <div><Row name="Tea" /><p>{total([1])}</p></div>; }
"""
ROW = 'export default function Row({ name }) { return <button aria-label={"Remove " + name}>x</button>; }\n'
MONEY = "export const total = (xs) => xs.reduce((a, b) => a + b, 0);\n"
DEEP = "export const DATA = " + repr(["item"] * 200) + ";\n"


def case() -> CaseInput:
    siblings = (("deep/data.js", DEEP), ("money.js", MONEY), ("Row.jsx", ROW), ("style.css", "a{}"))
    return CaseInput("1. Remove Tea", SCREEN, "Cart.jsx", siblings=siblings)


def test_modules_are_shown_components_first_then_helpers_then_the_rest():
    order = [path for path, _ in sibling_order(case())]
    assert order == ["Row.jsx", "money.js", "deep/data.js"]  # css is not a module a test reads
    text = user_message(case())
    assert text.index("File: Row.jsx") < text.index("File: money.js") < text.index("File: deep/data.js")
    assert "aria-label" in text and "Manual test case:" in text


def words(messages) -> int:
    return sum(len(m["content"].split()) for m in messages)


def test_fit_cuts_modules_from_the_end_then_the_source_and_says_so():
    full = words(build_messages(case()))
    messages, note, size = fit_messages(case(), words, full)
    assert note is None and size == full
    messages, note, size = fit_messages(case(), words, full - 1)
    assert "deep/data.js" in note and "File: Row.jsx" in messages[1]["content"]
    assert "deep/data.js" not in messages[1]["content"].split("Left out")[0]
    no_modules = words(build_messages(case(), parts=PromptParts(siblings=0)))
    messages, note, _ = fit_messages(case(), words, no_modules)
    assert "Row.jsx" in note and "money.js" in note and "```jsx" in messages[1]["content"]
    messages, note, _ = fit_messages(case(), words, no_modules - 1)
    assert note.startswith("screen source left out") and "Screen inventory:" in messages[1]["content"]
    messages, note, size = fit_messages(case(), words, 3)
    assert messages is None and size > 3
