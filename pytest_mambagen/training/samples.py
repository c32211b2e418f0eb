"""Training samples from chat records: tokenize, mask the prompt, report what was skipped."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..prompts import render
from .packing import Sample, chat_sample, text_sample


@dataclass
class LoadReport:
    records: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, why)

    def skip(self, where: str, why: str) -> None:
        self.skipped.append((where, why))


def read_chat_jsonl(path: Path, report: LoadReport, split: str | None = None) -> Iterator[dict]:
    """Records with ``messages`` from a JSONL file; bad lines are skipped with a reason."""
    if not path.is_file():
        raise InputError("dataset file does not exist", path=path)
    with open(path, encoding="utf-8", errors="strict") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                record = json.loads(line)
            except ValueError as exc:
                report.skip(where, f"not JSON ({exc.msg})")
                continue
            messages = record.get("messages") if isinstance(record, dict) else None
            if not isinstance(messages, list) or len(messages) < 2 or messages[-1].get("role") != "assistant":
                report.skip(where, "no messages ending with an assistant answer")
                continue
            if not str(messages[-1].get("content", "")).strip():
                report.skip(where, "empty assistant answer")
                continue
            if split is not None and record.get("split", split) != split:
                continue
            report.records += 1
            yield record


def tokenize_chat(records: Iterable[dict], tokenizer, batch: int = 256) -> Iterator[Sample]:
    """Prompt (rendered with the generation header) + answer + end token; loss on the answer only.

    Records are encoded in batches: the fast tokenizer spreads a batch over all
    cores, which matters for corpora of tens of thousands of cases.
    """
    end_id = tokenizer.convert_tokens_to_ids("<|end|>")
    if not isinstance(end_id, int) or end_id == tokenizer.unk_token_id:
        end_id = tokenizer.eos_token_id
    prompts: list[str] = []
    answers: list[str] = []

    def flush():
        prompt_ids = tokenizer(prompts, add_special_tokens=False)["input_ids"]
        answer_ids = tokenizer(answers, add_special_tokens=False)["input_ids"]
        for p_ids, a_ids in zip(prompt_ids, answer_ids, strict=True):
            yield chat_sample(p_ids, [*a_ids, end_id])
        prompts.clear()
        answers.clear()

    for record in records:
        messages = record["messages"]
        prompts.append(render(tokenizer, messages[:-1], add_generation_prompt=True))
        answers.append(messages[-1]["content"])
        if len(prompts) == batch:
            yield from flush()
    if prompts:
        yield from flush()


def tokenize_texts(texts: Iterable[str], tokenizer, batch: int = 512) -> Iterator[Sample]:
    """Plain documents for pretraining, each ended by the end-of-text token."""
    eot = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    chunk: list[str] = []

    def flush():
        for ids in tokenizer(chunk, add_special_tokens=False)["input_ids"]:
            yield text_sample([*ids, eot])

    for text in texts:
        chunk.append(text)
        if len(chunk) == batch:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


def chat_text(record: dict, tokenizer) -> str:
    """A whole chat sample as one pretraining document."""
    return render(tokenizer, record["messages"], add_generation_prompt=False)
