"""Split guarantees: no screen, scenario or held-out vocabulary is shared by train and test."""

from __future__ import annotations

import copy

import pytest

from pytest_mambagen.data.splits import assign_by_group, leaks, vocabulary_leaks
from pytest_mambagen.data.synth import lexicon
from pytest_mambagen.data.synth.domains import DOMAIN_KEYS
from pytest_mambagen.data.synth.generator import GenOptions, family_keys, generate, split_plan


@pytest.fixture(scope="module")
def corpus():
    return list(generate(GenOptions(seed=13, n_train=900, n_test=120, n_val=40)))


def test_plan_holds_out_family_domain_pairs():
    plan = split_plan(13, family_keys(), DOMAIN_KEYS)
    train, test, val = set(plan["train"]), set(plan["test"]), set(plan["validation"])
    assert not train & test and not train & val and not test & val
    # every family is in every split: test measures generalisation to new domains and words, not new code paths only
    for fam in family_keys():
        assert any(f == fam for f, _ in test) and any(f == fam for f, _ in train)
    assert len(train | test | val) == len(family_keys()) * len(DOMAIN_KEYS)


def test_built_corpus_has_no_leaks(corpus):
    assert {s.split for s in corpus} == {"train", "validation", "test"}
    assert leaks(corpus, "train", "test") == []
    assert leaks(corpus, "train", "validation") == []
    assert vocabulary_leaks(corpus, "validation", "test") == []
    pairs = {s.split: set() for s in corpus}
    for s in corpus:
        pairs[s.split].add((s.family, s.domain))
    assert not pairs["train"] & pairs["test"]
    # no manual case, screen or test text of the test split appears in train
    for part in ("manual", "jsx", "test"):
        assert not {getattr(s, part) for s in corpus if s.split == "train"} & {getattr(s, part) for s in corpus if s.split == "test"}


def _words(samples) -> set[str]:
    out: set[str] = set()
    for s in samples:
        for text in (s.manual, s.jsx, s.test, *s.siblings.values()):
            out.update(lexicon.split_words(text))
    return out


def test_held_out_samples_use_words_no_train_sample_contains(corpus):
    train = _words(s for s in corpus if s.split == "train")
    for split in ("test", "validation"):
        held = _words(s for s in corpus if s.split == split) & lexicon.HELD[split]
        # the held-out samples really are made of held-out words, and none of them reached train
        assert len(held) >= 100, (split, len(held))
        assert not held & train, sorted(held & train)[:10]
    # validation samples do not use the test split's words either
    assert not _words(s for s in corpus if s.split == "validation") & lexicon.HELD["test"]


def test_lexicon_partition_is_sound():
    held_test, held_val = lexicon.HELD["test"], lexicon.HELD["validation"]
    assert held_test and held_val and not held_test & held_val
    assert not (held_test | held_val) & lexicon.COMMON  # words of the generator's own phrasing are shared, never held out
    train_words = {w for w, p in lexicon.ASSIGNED.items() if p == "train"}
    assert len(train_words) > 4 * len(held_test)
    for name, by_split in lexicon.AVAIL.items():
        for split in lexicon.SPLITS:
            words = {w for e in by_split[split] for w in lexicon.split_words(e)} - lexicon.COMMON
            for other in ("test", "validation"):
                if other != split:
                    assert not words & lexicon.HELD[other], (name, split, sorted(words & lexicon.HELD[other])[:5])
        # every pool can serve every split
        assert all(by_split[s] for s in lexicon.SPLITS) or len(set().union(*by_split.values())) < 8, name
    # the partition does not depend on the seed or the machine: a fixed hash order
    assert lexicon.HELD == {s: frozenset(w for w, p in lexicon._build()[1].items() if p == s) for s in ("validation", "test")}


def test_leaks_are_detected(corpus):
    train = next(s for s in corpus if s.split == "train")
    twin = copy.copy(train)
    twin.split, twin.id = "test", "test-leak"
    problems = leaks([*corpus, twin])
    assert any("family x domain" in p for p in problems)
    assert any("screen source" in p for p in problems)
    assert any("test-leak" in p for p in problems)
    # a held-out word in a train sample is a vocabulary leak
    test_word = sorted(lexicon.HELD["test"])[0]
    spoiled = copy.copy(train)
    spoiled.id, spoiled.manual = "train-spoiled", train.manual + f"\nNote: ask about {test_word}.\n"
    found = vocabulary_leaks([spoiled])
    assert found and test_word in found[0] and "train-spoiled" in found[0]
    assert any("vocabulary" in p for p in leaks([*corpus, spoiled]))


def test_generator_redraws_a_train_sample_with_a_held_out_word(monkeypatch):
    from pytest_mambagen.data.synth import generator

    real = generator.generate_one
    test_word = sorted(lexicon.HELD["test"])[0]
    calls = []

    def spoiling(fam, dom, split, sid, seed_str, **kw):
        s = real(fam, dom, split, sid, seed_str, **kw)
        calls.append(seed_str)
        if seed_str.endswith(":0") and split == "train":
            s.manual += f"\n{test_word}\n"
        return s

    monkeypatch.setattr(generator, "generate_one", spoiling)
    errors: list[str] = []
    got = list(generator.generate(GenOptions(seed=1, n_train=5, n_test=0, n_val=0), errors=errors))
    assert len(got) == 5 and all(test_word not in lexicon.split_words(s.manual) for s in got)
    assert sum("held-out words" in e for e in errors) == 5


def test_harvested_samples_split_by_screen(corpus):
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
