"""Split guarantees: no screen or scenario is shared by train and test."""

from __future__ import annotations

import pytest

from pytest_mambagen.data.splits import assign_by_group, leaks
from pytest_mambagen.data.synth.domains import DOMAIN_KEYS
from pytest_mambagen.data.synth.generator import GenOptions, family_keys, generate, split_plan


@pytest.fixture(scope="module")
def corpus():
    return list(generate(GenOptions(seed=13, n_train=900, n_test=120, n_val=40)))


def test_plan_holds_out_family_domain_pairs():
    plan = split_plan(13, family_keys(), DOMAIN_KEYS)
    train, test, val = set(plan["train"]), set(plan["test"]), set(plan["validation"])
    assert not train & test and not train & val and not test & val
    # every family is in every split: test measures generalisation to new domains, not new code paths only
    for fam in family_keys():
        assert any(f == fam for f, _ in test) and any(f == fam for f, _ in train)
    assert len(train | test | val) == len(family_keys()) * len(DOMAIN_KEYS)


def test_built_corpus_has_no_leaks(corpus):
    assert {s.split for s in corpus} == {"train", "validation", "test"}
    assert leaks(corpus, "train", "test") == []
    assert leaks(corpus, "train", "validation") == []
    pairs = {s.split: set() for s in corpus}
    for s in corpus:
        pairs[s.split].add((s.family, s.domain))
    assert not pairs["train"] & pairs["test"]
    # no manual case, screen or test text of the test split appears in train
    for part in ("manual", "jsx", "test"):
        assert not {getattr(s, part) for s in corpus if s.split == "train"} & {getattr(s, part) for s in corpus if s.split == "test"}


def test_leaks_are_detected(corpus):
    import copy

    train = next(s for s in corpus if s.split == "train")
    twin = copy.copy(train)
    twin.split, twin.id = "test", "test-leak"
    problems = leaks([*corpus, twin])
    assert any("family x domain" in p for p in problems)
    assert any("screen source" in p for p in problems)
    assert any("test-leak" in p for p in problems)


def test_harvested_samples_split_by_screen(corpus):
    import copy

    samples = []
    for s in corpus[:60]:
        for k in range(2):  # two cases of the same screen
            c = copy.copy(s)
            c.id, c.family, c.domain, c.manual = f"{s.id}-{k}", "", "", s.manual + f"\ncase {k}\n"
            samples.append(c)
    assign_by_group(samples, seed=1, test_frac=0.2, val_frac=0.1)
    by_screen = {}
    for s in samples:
        by_screen.setdefault(s.jsx, set()).add(s.split)
    assert all(len(v) == 1 for v in by_screen.values())
    assert {s.split for s in samples} == {"train", "validation", "test"}
    assert leaks(samples) == []
