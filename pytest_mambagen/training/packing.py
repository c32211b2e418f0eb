"""Turn tokenized samples into fixed-length training rows.

Short samples are packed several to a row; ``seq_idx`` numbers the samples in a
row so that the forward pass (:mod:`pytest_mambagen.model.forward`) resets the
state between them, and the first label of each sample is masked so no sample is
asked to predict the next one's first token. Labels are ``-100`` wherever the
loss must not look (prompt tokens in fine-tuning, padding).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import torch

IGNORE = -100


@dataclass
class Sample:
    ids: list[int]
    labels: list[int]  # same length as ids; IGNORE where no loss


@dataclass
class Row:
    ids: list[int]
    labels: list[int]
    seq_idx: list[int]

    @property
    def tokens(self) -> int:
        return sum(1 for label in self.labels if label != IGNORE)


@dataclass
class PackStats:
    samples: int = 0
    rows: int = 0
    dropped_too_long: int = 0
    tokens: int = 0
    loss_tokens: int = 0

    @property
    def fill(self) -> float:
        return self.tokens / max(1, self.rows * 1)


def chat_sample(prompt_ids: Sequence[int], answer_ids: Sequence[int]) -> Sample:
    """A fine-tuning sample: loss only on the assistant's answer (including its end token)."""
    ids = list(prompt_ids) + list(answer_ids)
    return Sample(ids=ids, labels=[IGNORE] * len(prompt_ids) + list(answer_ids))


def text_sample(ids: Sequence[int]) -> Sample:
    """A pretraining sample: loss on every token."""
    return Sample(ids=list(ids), labels=list(ids))


def pack(samples: Iterable[Sample], seq_len: int, *, split_long: bool = False,
         stats: PackStats | None = None) -> list[Row]:
    """Pack samples into rows of at most ``seq_len`` tokens (first fit, longest first).

    A sample longer than ``seq_len`` is split into pieces when ``split_long``
    (pretraining), otherwise dropped and counted (fine-tuning: a cut test teaches
    the model to stop mid-test).
    """
    stats = stats if stats is not None else PackStats()
    pieces: list[Sample] = []
    for sample in samples:
        stats.samples += 1
        if len(sample.ids) <= seq_len:
            pieces.append(sample)
        elif split_long:
            for start in range(0, len(sample.ids), seq_len):
                pieces.append(Sample(sample.ids[start:start + seq_len], sample.labels[start:start + seq_len]))
        else:
            stats.dropped_too_long += 1
    pieces.sort(key=lambda s: len(s.ids), reverse=True)
    rows: list[Row] = []
    space: list[int] = []
    for piece in pieces:
        # First fit over rows with room; rows fill up quickly, so scan from the newest.
        target = None
        for i in range(len(rows) - 1, max(-1, len(rows) - 64), -1):
            if space[i] >= len(piece.ids):
                target = i
                break
        if target is None:
            rows.append(Row([], [], []))
            space.append(seq_len)
            target = len(rows) - 1
        row = rows[target]
        doc = (row.seq_idx[-1] + 1) if row.seq_idx else 0
        labels = list(piece.labels)
        if row.ids and labels:
            labels[0] = IGNORE
        row.ids.extend(piece.ids)
        row.labels.extend(labels)
        row.seq_idx.extend([doc] * len(piece.ids))
        space[target] -= len(piece.ids)
    stats.rows += len(rows)
    stats.tokens += sum(len(r.ids) for r in rows)
    stats.loss_tokens += sum(r.tokens for r in rows)
    return rows


@dataclass
class Batch:
    input_ids: torch.Tensor
    labels: torch.Tensor
    seq_idx: torch.Tensor

    @property
    def loss_tokens(self) -> int:
        return int((self.labels != IGNORE).sum())

    def to(self, device) -> Batch:
        return Batch(self.input_ids.to(device), self.labels.to(device), self.seq_idx.to(device))


def collate(rows: Sequence[Row], pad_id: int, width: int | None = None) -> Batch:
    width = width or max(len(r.ids) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    labels = torch.full((len(rows), width), IGNORE, dtype=torch.long)
    seq_idx = torch.zeros((len(rows), width), dtype=torch.int32)
    for i, row in enumerate(rows):
        n = len(row.ids)
        ids[i, :n] = torch.tensor(row.ids)
        labels[i, :n] = torch.tensor(row.labels)
        seq_idx[i, :n] = torch.tensor(row.seq_idx, dtype=torch.int32)
        if n < width:  # padding is a document of its own
            seq_idx[i, n:] = (row.seq_idx[-1] + 1) if row.seq_idx else 0
    return Batch(ids, labels, seq_idx)


def epoch_batches(rows: Sequence[Row], batch_rows: int, pad_id: int, *, seed: int, epoch: int,
                  width: int | None = None, skip: int = 0) -> Iterator[Batch]:
    """Batches of one epoch in a seeded order; ``skip`` resumes mid-epoch."""
    order = list(range(len(rows)))
    random.Random(seed * 1_000_003 + epoch).shuffle(order)
    for start in range(skip * batch_rows, len(order), batch_rows):
        chunk = [rows[i] for i in order[start:start + batch_rows]]
        if chunk:
            yield collate(chunk, pad_id, width)


def batches_per_epoch(rows: Sequence[Row], batch_rows: int) -> int:
    return (len(rows) + batch_rows - 1) // batch_rows
