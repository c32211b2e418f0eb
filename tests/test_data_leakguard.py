"""The leak guard: evaluation screens must not appear in training data."""

from __future__ import annotations

import copy

from pytest_mambagen.data.build import BuildOptions, build
from pytest_mambagen.data.leakguard import LeakGuard, eval_files, ngrams
from pytest_mambagen.data.synth.generator import generate_one

SCREEN = """\
import { useState } from "react";

export default function TeaOrder() {
  const [cups, setCups] = useState(1);
  const [note, setNote] = useState("");
  return (
    <section>
      <h2>Order tea for the meeting room</h2>
      <label htmlFor="cups">Cups of tea</label>
      <input id="cups" type="number" value={cups} onChange={(e) => setCups(Number(e.target.value))} />
      <label htmlFor="note">Note for the kitchen</label>
      <textarea id="note" value={note} onChange={(e) => setNote(e.target.value)} />
      <p data-testid="summary">{cups} cups of tea, note: {note || "none"}</p>
    </section>
  );
}
"""


def _fixtures(tmp_path):
    root = tmp_path / "fixtures"
    (root / "demo" / "src").mkdir(parents=True)
    (root / "demo" / "src" / "TeaOrder.jsx").write_text(SCREEN)
    (root / "demo" / "node_modules" / "x").mkdir(parents=True)
    (root / "demo" / "node_modules" / "x" / "index.js").write_text(SCREEN)  # not part of the eval set
    return root


def test_missing_or_empty_fixtures_are_fine(tmp_path):
    assert eval_files(tmp_path / "absent") == []
    (tmp_path / "empty").mkdir()
    g = LeakGuard(tmp_path / "empty")
    s = generate_one("counter", "shop", "train", "a", "lg:1")
    assert g.check(s) and g.report.max_overlap == 0.0
    assert "nothing to check" in g.report.summary()


def test_copied_eval_screen_is_flagged_and_fresh_samples_are_not(tmp_path):
    root = _fixtures(tmp_path)
    assert [p.name for p in eval_files(root)] == ["TeaOrder.jsx"]
    g = LeakGuard(root, threshold=0.5)
    clean = generate_one("counter", "shop", "train", "clean", "lg:2")
    leaked = copy.copy(clean)
    leaked.id = "leaked"
    leaked.jsx = SCREEN.replace("TeaOrder", "CoffeeOrder")
    assert g.check(clean)
    assert not g.check(leaked)
    assert g.report.flagged[0][:2] == ("leaked", "demo/src/TeaOrder.jsx")
    assert g.report.max_overlap > 0.9 and g.report.max_pair == ("leaked", "demo/src/TeaOrder.jsx")
    # a partial copy sits between: flagged only under a lower threshold
    half = copy.copy(clean)
    half.id = "half"
    half.jsx = clean.jsx + "\n" + "\n".join(SCREEN.splitlines()[:9])
    ov, _ = g.overlap(half)
    assert 0.05 < ov < 0.9
    assert LeakGuard(root, threshold=ov / 2).check(half) is False
    assert ngrams("a b c", 8) == set()


def test_build_drops_leaking_samples_and_reports(tmp_path, monkeypatch):
    root = _fixtures(tmp_path)
    # make one family copy the eval screen verbatim: the build must drop those samples
    from pytest_mambagen.data.synth import generator

    real = generator.generate_one

    def leaky(fam, dom, split, sid, seed_str, **kw):
        s = real(fam, dom, split, sid, seed_str, **kw)
        if fam == "counter":
            s.jsx = SCREEN
        return s

    monkeypatch.setattr(generator, "generate_one", leaky)
    m = build(BuildOptions(seed=1, n_train=150, n_test=0, n_val=0, out=str(tmp_path / "out"), fixtures=str(root), gen_workers=1),
              log=lambda s: None)
    lg = m["leak_guard"]
    assert lg["flagged_count"] > 0 and lg["max_overlap"] > 0.9
    assert m["samples"] == 150 - lg["flagged_count"]
    text = (tmp_path / "out" / "corpus.jsonl").read_text()
    assert "TeaOrder" not in text
