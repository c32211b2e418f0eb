"""Text similarity between a generated test and its reference: CodeBLEU (and its four parts), BLEU, exact match.

What is compared, and how
=========================

* Python (our tests): both sides first get the same ``mount()`` path (a
  reference in ``fixtures/atlas/reference/`` mounts ``"../../src/shop/Cart.jsx"``
  while a generated test beside the screen mounts ``"Cart.jsx"``; see
  :func:`normalize_mount`). Tokens come from Python's own tokenizer, without
  comments, blank lines and indentation tokens; a string literal is one token.
* Java (CONCODE): both sides are split into CONCODE-style tokens
  (:func:`java_tokens`: operators and brackets apart, string literals replaced
  by ``"srini_string"`` as CONCODE's preprocessing does) and joined by spaces;
  the references are already in that form.
* Exact match: the token sequences are equal (formatting and comments ignored).
* BLEU: sacrebleu's corpus BLEU over those tokens (``tokenize="none"``), as a
  fraction (sacrebleu's 0-100 divided by 100).
* CodeBLEU: the ``codebleu`` package (0.7.0; tree-sitter 0.22.x with
  tree-sitter-python 0.21.0 and tree-sitter-java 0.21.0). Its four parts are
  taken as the package computes them: n-gram match (BLEU over the tokens above),
  weighted n-gram match (keywords weigh 1, other tokens 0.2), syntax match
  (shared sub-trees of the tree-sitter parse; identifiers and literals do not
  matter) and dataflow match (shared variable data-flow edges, with variable
  names normalised). The combined score is the mean of the four parts, as in
  the CodeBLEU paper and CodeXGLUE's evaluator. The package itself uses
  ``dataflow or 1``, which turns a dataflow match of 0 into 1 (an empty
  prediction then scores 0.25); we do not, and report the package's own value
  as ``codebleu_package`` beside it. When no reference has any data flow, the
  dataflow part is undefined (``None``) and the score is the mean of the other
  three.

All scores are fractions in [0, 1]; reports show them as percentages.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import tokenize
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..errors import MambagenError

LANGS = ("python", "java")
PARTS = ("ngram_match", "weighted_ngram_match", "syntax_match", "dataflow_match")
TEXT_METRICS = ("codebleu", *PARTS, "bleu", "exact_match")

INSTALL_HINT = ("pip install 'pytest-mambagen[eval]' (codebleu==0.7.0, tree-sitter-python==0.21.0, "
                "tree-sitter-java==0.21.0, sacrebleu)")


class MetricsUnavailable(MambagenError):
    """A text-metric dependency is missing or at a version that does not work."""


# -- normalisation -------------------------------------------------------------

_MOUNT = re.compile(r"""(\bmount\(\s*)(["'])([^"'\n]*)\2""")


def normalize_mount(code: str, mount_path: str) -> str:
    """Point every ``mount("<...>/Screen.jsx")`` of the case's screen at ``mount_path``.

    Only calls whose path names the same file (same base name) are changed, so a
    test that mounts a different screen stays different.
    """
    target = mount_path.rsplit("/", 1)[-1]

    def swap(match: re.Match[str]) -> str:
        path = match.group(3)
        if path.rsplit("/", 1)[-1] != target:
            return match.group(0)
        return f"{match.group(1)}{match.group(2)}{mount_path}{match.group(2)}"

    return _MOUNT.sub(swap, code)


_SKIP_TOKENS = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
                tokenize.ENDMARKER, tokenize.ENCODING}
_FALLBACK = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|\w+|[^\w\s]')


def python_tokens(code: str) -> list[str]:
    """Python tokens without comments, blank lines and indentation; string literals whole.

    Code that Python's tokenizer cannot finish (a candidate cut off inside a
    string or bracket) falls back to a simple regex tokenizer for the whole text.
    """
    out: list[str] = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            if tok.type not in _SKIP_TOKENS and tok.string:
                out.append(tok.string)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        text = re.sub(r"(?m)#.*$", "", code)
        return _FALLBACK.findall(text)
    return out


_JAVA_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_JAVA_TOKEN = re.compile(
    r"""
    "(?:[^"\\\n]|\\.)*"                      # string literal
  | '(?:[^'\\\n]|\\.)+'                      # char literal
  | 0[xX][0-9a-fA-F_]+[lL]?                  # hex
  | (?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[fFdDlL]?   # numbers
  | [A-Za-z_$][\w$]*                         # identifiers and keywords
  | >>>=|<<=|>>=|>>>|\.\.\.|->|::|\+\+|--|&&|\|\||==|!=|<=|>=|\+=|-=|\*=|/=|%=|&=|\|=|\^=|<<|>>
  | \S                                       # any other single character
    """,
    re.VERBOSE,
)
CONCODE_STRING = '"srini_string"'


def java_tokens(code: str, *, concode: bool = True) -> list[str]:
    """CONCODE-style Java tokens: comments dropped, operators apart, strings as ``"srini_string"``."""
    tokens = _JAVA_TOKEN.findall(_JAVA_COMMENT.sub(" ", code))
    if concode:
        tokens = [CONCODE_STRING if t.startswith('"') else t for t in tokens]
    return tokens


def first_java_method(text: str) -> str:
    """The first method in a completion: a fenced block if any, cut after its body's closing brace."""
    fence = re.search(r"```(?:java)?[ \t]*\n(.*?)(?:\n```|$)", text, re.DOTALL)
    code = fence.group(1) if fence else text
    start = code.find("{")
    if start < 0:
        return code.strip()
    depth = 0
    for i, tok in _java_braces(code, start):
        depth += 1 if tok == "{" else -1
        if depth == 0:
            return code[: i + 1].strip()
    return code.strip()


def _java_braces(code: str, start: int) -> Iterator[tuple[int, str]]:
    for match in re.finditer(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)+\'|[{}]', code[start:]):
        if match.group(0) in "{}":
            yield start + match.start(), match.group(0)


def tokens_for(lang: str) -> Callable[[str], list[str]]:
    if lang == "python":
        return python_tokens
    if lang == "java":
        return java_tokens
    raise ValueError(f"text metrics support {', '.join(LANGS)}, not {lang!r}")


# -- the metrics -----------------------------------------------------------------


def exact_match(hypotheses: Sequence[str], references: Sequence[str], lang: str) -> float | None:
    """Fraction of pairs whose token sequences are equal."""
    _same_length(hypotheses, references)
    if not hypotheses:
        return None
    tok = tokens_for(lang)
    return sum(tok(h) == tok(r) for h, r in zip(hypotheses, references, strict=True)) / len(hypotheses)


def bleu(hypotheses: Sequence[str], references: Sequence[str], lang: str) -> float | None:
    """sacrebleu corpus BLEU over code tokens, as a fraction."""
    _same_length(hypotheses, references)
    if not hypotheses:
        return None
    sacrebleu = _import("sacrebleu")
    tok = tokens_for(lang)
    hyps = [" ".join(tok(h)) for h in hypotheses]
    refs = [" ".join(tok(r)) for r in references]
    return min(1.0, sacrebleu.corpus_bleu(hyps, [refs], tokenize="none").score / 100.0)


def sentence_bleu(hypothesis: str, reference: str, lang: str) -> float:
    sacrebleu = _import("sacrebleu")
    tok = tokens_for(lang)
    return min(1.0, sacrebleu.sentence_bleu(" ".join(tok(hypothesis)), [" ".join(tok(reference))],
                                            tokenize="none").score / 100.0)


def codebleu(hypotheses: Sequence[str], references: Sequence[str], lang: str) -> dict[str, float | None]:
    """Corpus CodeBLEU and its parts (see the module docstring for the dataflow rule)."""
    _same_length(hypotheses, references)
    if not hypotheses:
        return {"codebleu": None, **dict.fromkeys(PARTS), "codebleu_package": None}
    hyps, refs, tokenizer = _prepare(hypotheses, references, lang)
    with _quiet():
        try:
            scores = _codebleu_module().calc_codebleu([[r] for r in refs], list(hyps), lang, tokenizer=tokenizer)
            flows = _has_dataflow(refs, lang)
        except TypeError as exc:  # tree-sitter grammar newer than the codebleu package expects
            raise MetricsUnavailable(f"CodeBLEU cannot parse {lang}: {exc}", hint=INSTALL_HINT) from exc
        except ImportError as exc:  # the tree-sitter grammar for lang is not installed
            raise MetricsUnavailable(f"CodeBLEU needs the {lang} grammar: {exc}", hint=INSTALL_HINT) from exc
    parts = {
        "ngram_match": float(scores["ngram_match_score"]),
        "weighted_ngram_match": float(scores["weighted_ngram_match_score"]),
        "syntax_match": float(scores["syntax_match_score"]),
        "dataflow_match": float(scores["dataflow_match_score"]) if flows else None,
    }
    defined = [v for v in parts.values() if v is not None]
    return {"codebleu": sum(defined) / len(defined), **parts, "codebleu_package": float(scores["codebleu"])}


def score_corpus(hypotheses: Sequence[str], references: Sequence[str], lang: str) -> dict[str, Any]:
    """Every text metric over the corpus of pairs (the numbers a table shows)."""
    out: dict[str, Any] = dict(codebleu(hypotheses, references, lang))
    out["bleu"] = bleu(hypotheses, references, lang)
    out["exact_match"] = exact_match(hypotheses, references, lang)
    out["pairs"] = len(hypotheses)
    return out


def score_pair(hypothesis: str, reference: str, lang: str) -> dict[str, Any]:
    """The same metrics for one pair (sentence BLEU, smoothed as sacrebleu does)."""
    out: dict[str, Any] = dict(codebleu([hypothesis], [reference], lang))
    out["bleu"] = sentence_bleu(hypothesis, reference, lang)
    out["exact_match"] = float(tokens_for(lang)(hypothesis) == tokens_for(lang)(reference))
    return out


def check_available(lang: str) -> None:
    """Raise :class:`MetricsUnavailable` with the install line when text metrics cannot run."""
    _import("sacrebleu")
    codebleu(["x = 1\n" if lang == "python" else "int f ( ) { return 1 ; }"],
             ["x = 1\n" if lang == "python" else "int f ( ) { return 1 ; }"], lang)


# -- helpers -------------------------------------------------------------------


def _prepare(hypotheses: Sequence[str], references: Sequence[str], lang: str):
    if lang == "python":
        # The parser needs the code itself; only the n-gram parts use the tokens.
        return list(hypotheses), list(references), python_tokens
    if lang == "java":
        hyps = [" ".join(java_tokens(h)) for h in hypotheses]
        refs = [" ".join(java_tokens(r)) for r in references]
        return hyps, refs, str.split
    raise ValueError(f"text metrics support {', '.join(LANGS)}, not {lang!r}")


def _has_dataflow(references: Sequence[str], lang: str) -> bool:
    from codebleu import dataflow_match

    return dataflow_match.corpus_dataflow_match([[r] for r in references], list(references), lang) > 0


def _codebleu_module():
    module = _import("codebleu")
    try:
        from codebleu.utils import get_tree_sitter_language
    except ImportError as exc:  # pragma: no cover - a different codebleu layout
        raise MetricsUnavailable(f"codebleu is not the expected version: {exc}", hint=INSTALL_HINT) from exc
    del get_tree_sitter_language
    return module


def _import(name: str):
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise MetricsUnavailable(f"text metrics need the {name} package: {exc}", hint=INSTALL_HINT) from exc


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """codebleu logs a root-logger warning when no reference has data flow; we report that ourselves."""
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(previous)


def _same_length(hypotheses: Sequence[str], references: Sequence[str]) -> None:
    if len(hypotheses) != len(references):
        raise ValueError(f"{len(hypotheses)} hypotheses but {len(references)} references")
