"""The evaluation run on known answers: a scripted backend that writes known tests for a small fixture project.

Baseline (LoRA scale 0) answers: a weak test (passes, kills nothing), a wrong test (fails on the correct
screen), an ungrounded test (rejected). Adapter (scale 1) answers: the reference itself (passes, kills the
mutant), the wrong test, the weak test. Every number of the result follows from these.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pytest_mambagen.backends.base import Completion
from pytest_mambagen.evaluation import report
from pytest_mambagen.evaluation.datasets import load_dataset
from pytest_mambagen.evaluation.passk import pass_at_k
from pytest_mambagen.evaluation.runner import EvalOptions, Evaluation
from pytest_mambagen.execution import default_node_modules

COUNTER = """\
import { useState } from "react";

export default function Counter({ step = 1 }) {
  const [n, setN] = useState(0);
  return (
    <section>
      <button onClick={() => setN(n + step)}>Increment</button>
      <output aria-label="Total">{n}</output>
    </section>
  );
}
"""
MANUAL = "1. Open the counter.\n   -> Total shows 0\n2. Click Increment.\n   -> Total shows 1\n"
REFERENCE = '''\
from playwright.sync_api import expect


def test_starts_at_zero(mount):
    page = mount("../../src/app/Counter.jsx")
    expect(page.get_by_label("Total")).to_have_text("0")


def test_increment_adds_one(mount):
    page = mount("../../src/app/Counter.jsx")
    page.get_by_role("button", name="Increment").click()
    expect(page.get_by_label("Total")).to_have_text("1")
'''
GOOD = REFERENCE.replace("../../src/app/Counter.jsx", "Counter.jsx")
WEAK = '''\
from playwright.sync_api import expect


def test_starts_at_zero(mount):
    page = mount("Counter.jsx")
    expect(page.get_by_label("Total")).to_have_text("0")
'''
WRONG = GOOD.replace('to_have_text("1")', 'to_have_text("5")')
UNGROUNDED = WEAK.replace('get_by_label("Total")', 'get_by_label("Grand total")')
ANSWERS = {0.0: [WEAK, WRONG, UNGROUNDED], 1.0: [GOOD, WRONG, WEAK]}


def make_project(root: Path) -> Path:
    (root / "src" / "app").mkdir(parents=True)
    (root / "src" / "app" / "Counter.jsx").write_text(COUNTER)
    (root / "src" / "app" / "Counter.manual.txt").write_text(MANUAL)
    (root / "reference" / "app").mkdir(parents=True)
    (root / "reference" / "app" / "test_counter.py").write_text(REFERENCE)
    (root / "mutants" / "Counter").mkdir(parents=True)
    (root / "mutants" / "Counter" / "adds-two.jsx").write_text(COUNTER.replace("n + step", "n + 2 * step"))
    (root / "mutants" / "mutants.json").write_text(json.dumps({"mutants": [{
        "screen": "src/app/Counter.jsx", "mutant": "mutants/Counter/adds-two.jsx", "bug": "adds two",
        "original": "n + step", "mutated": "n + 2 * step"}]}))
    return root


class FakeEngine:
    window = 4096

    def __init__(self):
        self.lora_scale = 1.0

    def set_lora_scale(self, scale):
        self.lora_scale = scale


class FakeBackend:
    """Answers by LoRA scale and candidate index; ``interrupt_after`` simulates Ctrl-C."""

    def __init__(self, answers=ANSWERS, adapter=True, interrupt_after=None):
        self.answers = answers
        self.adapter = object() if adapter else None
        self.engine = FakeEngine()
        self.calls = []
        self.interrupt_after = interrupt_after

    def identity(self):
        return {"base": "fake", "base_sha256": "0" * 64, "adapter": "fake" if self.adapter else None,
                "adapter_sha256": "1" * 64 if self.adapter else None}

    def generate(self, requests, on_progress=None):
        if self.interrupt_after is not None and len(self.calls) >= self.interrupt_after:
            raise KeyboardInterrupt
        out = []
        for request in requests:
            index = int(request.id.rsplit("#", 1)[1])
            self.calls.append((request.id, self.engine.lora_scale, request.temperature, request.seed))
            scale = self.engine.lora_scale if self.adapter else 1.0
            text = self.answers[min(self.answers, key=lambda s: abs(s - scale))][index]
            out.append(Completion(request.id, text=text, tokens=len(text.split()), seconds=0.01))
        return out


def evaluate(project, backend=None, **options):
    opts = EvalOptions(dataset=str(project), candidates=3, ks=(1, 2), **options)
    data = load_dataset(opts.dataset)
    evaluation = Evaluation(opts, data, backend=backend or FakeBackend())
    return evaluation.run(), evaluation


def metrics(result, name):
    return next(c["metrics"] for c in result["configs"] if c["name"] == name)


def test_checks_text_metrics_and_sampling_without_a_browser(tmp_path):
    backend = FakeBackend()
    result, _ = evaluate(make_project(tmp_path), backend, skip_exec=True)
    assert not result["partial"]
    base, adapter = metrics(result, "baseline"), metrics(result, "adapter")
    assert base["valid"] == 1.0 and base["accepted"] == 1.0 and base["accepted_any"] == 1.0
    assert adapter["codebleu"] == pytest.approx(1.0) and adapter["exact_match"] == 1.0  # mount path normalised
    assert base["codebleu"] < 0.8 and base["exact_match"] == 0.0
    assert "pass@1" not in adapter  # no execution asked for
    # As the plugin samples: candidate 1 greedy, the others at 0.7 with distinct seeds; baseline at scale 0.
    temps = [(scale, t) for _, scale, t, _ in backend.calls]
    assert temps.count((0.0, 0.0)) == 1 and temps.count((1.0, 0.0)) == 1 and temps.count((1.0, 0.7)) == 2
    assert len({seed for *_, seed in backend.calls}) == 3
    case = result["cases"][0]
    rejected = case["configs"]["baseline"]["candidates"][2]
    assert not rejected["accepted"] and rejected["checks"]["grounding"] is False
    assert "Grand total" in rejected["reasons"][0]


def test_sweeps_reuse_identical_requests(tmp_path):
    backend = FakeBackend()
    result, _ = evaluate(make_project(tmp_path), backend, skip_exec=True, sweeps=("lora_scale", "temperature"),
                         sweep_scales=(0.0, 1.0, 2.0), sweep_temperatures=(0.0, 0.5))
    assert [p["value"] for p in result["sweeps"]["lora_scale"]] == [0.0, 1.0, 2.0]
    assert [p["value"] for p in result["sweeps"]["temperature"]] == [0.0, 0.5]
    # baseline 3 + adapter 3 + scale 2.0 (1) + temperature 0.5 (1); scales 0 and 1 and temperature 0 are reused
    assert len(backend.calls) == 8
    point = {p["value"]: p["metrics"] for p in result["sweeps"]["lora_scale"]}
    assert point[1.0]["exact_match"] == 1.0 and point[0.0]["exact_match"] == 0.0


def test_interrupted_generation_keeps_what_was_made(tmp_path):
    result, _ = evaluate(make_project(tmp_path), FakeBackend(interrupt_after=3), skip_exec=True, batch_size=1)
    assert result["partial"] and "interrupted while generating (3 of 6" in result["partial_reasons"][0]
    assert metrics(result, "baseline")["cases"] == 1 and metrics(result, "adapter")["cases"] == 0
    md = report.to_markdown(result)
    assert "PARTIAL RESULTS" in md


def test_empty_output_is_reported(tmp_path):
    result, _ = evaluate(make_project(tmp_path), FakeBackend(answers={1.0: ["", "", ""]}, adapter=False),
                         skip_exec=True)
    assert [c["name"] for c in result["configs"]] == ["base"]
    assert metrics(result, "base")["valid"] == 0.0
    assert any("produced no output" in w for w in result["warnings"])


def test_lora_sweep_without_adapter_is_refused(tmp_path):
    from pytest_mambagen.errors import ConfigError

    with pytest.raises(ConfigError, match="needs an adapter"):
        evaluate(make_project(tmp_path), FakeBackend(adapter=False), skip_exec=True, sweeps=("lora_scale",))


needs_browser = pytest.mark.skipif(default_node_modules() is None,
                                   reason="fixtures/atlas/node_modules missing: run scripts/setup_browser.sh")


@pytest.mark.browser
@needs_browser
def test_execution_metrics_on_known_tests(tmp_path):
    result, evaluation = evaluate(make_project(tmp_path / "p"), workdir=str(tmp_path / "work"))
    assert not result["partial"], result["partial_reasons"]
    base, adapter = metrics(result, "baseline"), metrics(result, "adapter")
    # baseline: WEAK passes but kills nothing; WRONG fails on the correct screen; UNGROUNDED is never run
    assert base["pass@1"] == 1.0 and base["kill_rate"] == 0.0
    assert base["pass@2"] == pytest.approx(pass_at_k(3, 1, 2))
    assert base["written_pass"] == 1.0 and base["written_kill_rate"] == 0.0
    # adapter: GOOD passes and kills the mutant; WRONG is not counted as passing
    assert adapter["pass@1"] == 1.0 and adapter["kill_rate"] == 1.0
    assert adapter["pass@2"] == pytest.approx(pass_at_k(3, 2, 2))
    assert result["reference"]["pass@1"] == 1.0 and result["reference"]["kill_rate"] == 1.0
    outcomes = evaluation.exec_report.outcomes
    wrong = next(o for k, o in outcomes.items() if o.outcome == "failed")
    assert wrong.mutants == {"adds-two": "not_run"}  # a failing file is never run on mutants: it cannot kill
    weak = [o for o in outcomes.values() if o.passed == 1]
    assert weak and weak[0].mutants == {"adds-two": "survived"}
    assert len(outcomes) == 3  # GOOD is the reference (mount path aside): each distinct file runs once
    files = report.write_all(result, tmp_path / "out")
    assert {p.name for p in files} >= {"eval.json", "eval.md", "eval-bars.png"}
    md = (tmp_path / "out" / "eval.md").read_text()
    assert "| pass@1 on the correct screen | 100.0% | 100.0% | +0.0 | 100.0% |" in md
    assert "| Mutation kill rate (candidate 1) | 0.0% | 100.0% | +100.0 | 100.0% |" in md


@pytest.mark.browser
@needs_browser
def test_a_browser_that_cannot_start_keeps_partial_results(tmp_path):
    result, evaluation = evaluate(make_project(tmp_path / "p"), browser=str(tmp_path / "no-chromium"))
    assert result["partial"]
    assert any("browser or toolchain failed" in r and "Chromium not found" in r for r in result["partial_reasons"])
    assert evaluation.exec_report.jobs == 1  # one probe job, not the whole run
    adapter = metrics(result, "adapter")
    assert adapter["accepted"] == 1.0 and adapter["exact_match"] == 1.0  # what was measured is kept
    assert adapter["pass@1"] is None and adapter["exec_cases"] == 0
    assert "PARTIAL RESULTS" in report.to_markdown(result)


@pytest.mark.browser
@needs_browser
def test_a_mutant_that_changes_a_sibling_runs_in_its_own_folder(tmp_path):
    from pytest_mambagen.evaluation.datasets import EvalCase, Mutant
    from pytest_mambagen.evaluation.execmetrics import Executor, Unit
    from pytest_mambagen.prompts import CaseInput

    screen = COUNTER.replace('import { useState } from "react";',
                             'import { useState } from "react";\nimport { STEP } from "./step.js";')
    screen = screen.replace("step = 1", "step = STEP")
    files = {"Counter.jsx": screen, "step.js": "export const STEP = 1;\n"}
    case = EvalCase(id="sib", lang="python", reference=GOOD, case=CaseInput(MANUAL, screen, "Counter.jsx"),
                    mutants=[Mutant("step-two", screen, siblings={"step.js": "export const STEP = 2;\n"}),
                             Mutant("same-screen", screen)],
                    files=files, screen_rel="Counter.jsx")
    report = Executor(tmp_path / "work", node_modules=default_node_modules()).run(
        [Unit("good", case, GOOD), Unit("weak", case, WEAK)])
    assert report.outcomes["good"].outcome == "passed"
    assert report.outcomes["good"].mutants == {"step-two": "killed", "same-screen": "survived"}
    assert report.outcomes["weak"].mutants == {"step-two": "survived", "same-screen": "survived"}
