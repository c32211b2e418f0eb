"""Dataset formats: records, triplet folders and chat messages; bad input is skipped with a reason."""

from __future__ import annotations

import json

import pytest

from pytest_mambagen.data import formats
from pytest_mambagen.data.synth.generator import GenOptions, Sample, generate
from pytest_mambagen.errors import InputError


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    return list(generate(GenOptions(seed=21, n_train=30, n_test=3, n_val=2)))


def test_jsonl_round_trip_and_fingerprint(tmp_path, samples):
    n, fp = formats.write_jsonl(samples, tmp_path / "c.jsonl")
    assert n == len(samples)
    assert fp == formats.fingerprint(samples)
    back = list(formats.read_jsonl(tmp_path / "c.jsonl"))
    assert [s.to_dict() for s in back] == [s.to_dict() for s in samples]
    # canonical: rewriting what was read gives the same bytes
    _, fp2 = formats.write_jsonl(back, tmp_path / "d.jsonl")
    assert fp2 == fp and (tmp_path / "c.jsonl").read_bytes() == (tmp_path / "d.jsonl").read_bytes()


def test_triplet_round_trip_keeps_siblings_and_meta(tmp_path, samples):
    with_sib = [s for s in samples if s.siblings] or samples
    formats.write_triplets(samples, tmp_path / "t")
    folder = tmp_path / "t" / samples[0].split / samples[0].id
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["a.txt", "c.txt", "m.txt", "meta.json"]
    skips = []
    back = {s.id: s for s in formats.read_triplets(tmp_path / "t", skips)}
    assert not skips
    assert len(back) == len(samples)
    for s in samples:
        assert back[s.id].to_dict() == s.to_dict()
    assert with_sib


def test_bare_paper_triplets_import(tmp_path):
    d = tmp_path / "paper" / "0001"
    d.mkdir(parents=True)
    (d / "m.txt").write_text("1. Click Save\nExpected: Saved is shown\n")
    (d / "c.txt").write_text("export default function Form() { return <button>Save</button>; }\n")
    (d / "a.txt").write_text('def test_save(mount):\n    page = mount("Form.jsx")\n')
    got = list(formats.read_triplets(tmp_path / "paper"))
    assert len(got) == 1 and got[0].screen == "Form.jsx" and got[0].split == "train"


def _triplet(root, name, m="case\n", c="export default function A() { return null; }\n", a='def test_a(mount):\n    mount("A.jsx")\n'):
    d = root / name
    d.mkdir(parents=True)
    for fn, text in (("m.txt", m), ("c.txt", c), ("a.txt", a)):
        if text is None:
            continue
        if isinstance(text, bytes):
            (d / fn).write_bytes(text)
        else:
            (d / fn).write_text(text, encoding="utf-8")
    return d


def test_corrupt_triplet_folders_are_skipped_with_reasons(tmp_path):
    root = tmp_path / "mixed"
    _triplet(root, "good")
    _triplet(root, "no-test", a=None)
    _triplet(root, "latin1", m=b"caf\xe9 au lait\n")
    _triplet(root, "empty-test", a="   \n")
    _triplet(root, "no-test-function", a="x = 1\n")
    bad_meta = _triplet(root, "bad-meta")
    (bad_meta / "meta.json").write_text("{not json")
    skips: list = []
    got = list(formats.read_triplets(root, skips))
    assert [s.id for s in got] == ["good"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in skips}
    assert reasons["no-test"] == "missing a.txt"
    assert "not UTF-8" in reasons["latin1"]
    assert reasons["empty-test"] == "a.txt is empty"
    assert "no test_ function" in reasons["no-test-function"]
    assert "meta.json does not parse" in reasons["bad-meta"]
    assert len(skips) == 5


def test_bad_jsonl_lines_are_skipped_and_counted(tmp_path, samples):
    good = formats.record_line(samples[0])
    empty_test = json.loads(good)
    empty_test["test"] = ""
    lines = [good.encode(), b"{broken json\n", b"[1, 2]\n", "\u00e9\n".encode("latin-1"),
             (json.dumps(empty_test) + "\n").encode(), b"\n", (json.dumps({"manual": "x"}) + "\n").encode(),
             formats.record_line(samples[1]).encode()]
    p = tmp_path / "bad.jsonl"
    p.write_bytes(b"".join(lines))
    skips: list = []
    got = list(formats.read_jsonl(p, skips))
    assert [s.id for s in got] == [samples[0].id, samples[1].id]
    reasons = [s.reason for s in skips]
    assert len(reasons) == 5
    assert reasons[0].startswith("not JSON")
    assert "not an object" in reasons[1]
    assert "not UTF-8" in reasons[2]
    assert reasons[3] == "empty test"
    assert "missing field" in reasons[4]
    assert skips[0].path.endswith("bad.jsonl:2")


def test_missing_paths_raise_input_error_naming_them(tmp_path):
    with pytest.raises(InputError, match="nowhere"):
        list(formats.read_any(tmp_path / "nowhere"))
    with pytest.raises(InputError, match=r"missing\.jsonl"):
        list(formats.read_jsonl(tmp_path / "missing.jsonl"))


def test_messages_use_the_prompt_builder_and_read_back(tmp_path, samples):
    prompts = pytest.importorskip("pytest_mambagen.prompts")
    s = samples[0]
    rec = formats.message_record(s)
    assert rec["id"] == s.id and rec["split"] == s.split
    roles = [m["role"] for m in rec["messages"]]
    assert roles == ["system", "user", "assistant"]
    case = prompts.CaseInput(manual=s.manual, jsx=s.jsx, screen=s.screen, siblings=tuple(sorted(s.siblings.items())))
    assert rec["messages"] == prompts.training_messages(case, s.test)
    assert rec["meta"]["prompt_version"] == prompts.PROMPT_VERSION
    n = formats.write_messages(samples[:3], tmp_path / "m.jsonl")
    assert n == 3
    back = list(formats.read_jsonl(tmp_path / "m.jsonl"))
    assert [b.test.strip() for b in back] == [x.test.strip() for x in samples[:3]]
    assert [b.screen for b in back] == [x.screen for x in samples[:3]]
