"""What the plugin would write: the main configurations' candidates fed to the plugin's candidate loop.

The product's result is measured beside the model's: each case's candidates go, in
order, to :class:`pytest_mambagen.candidates.Selection` (validate, verify on the
mounted screen, stop at the first that passes, else keep the furthest), as the
generation pass feeds them. The test it would write is then executed like any
candidate (:mod:`.execute`), and :func:`pipeline_metrics` reports the written
tests that pass, their verified share, their kill rate and the seconds per case
(generation of the candidates the loop consumed, plus verification).
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from pathlib import Path
from typing import Any

from .checks import CaseChecks
from .datasets import Dataset, EvalCase
from .execute import project_node_modules, unit_key
from .planning import Config, EvalOptions
from .state import Journal, Measured


def select(options: EvalOptions, dataset: Dataset, measured: Measured, checks: CaseChecks,
           journal: Journal) -> None:
    """Fill ``measured.pipeline``: per main configuration and case, what the loop chose and why."""
    from ..candidates import Selection
    from ..execution import default_node_modules
    from ..verification import Verifier

    cases = [c for c in dataset.cases if c.executable]
    if not cases:
        return
    node_modules = options.node_modules or project_node_modules(cases) or default_node_modules()
    verifier = None
    if options.verify:
        verifier = Verifier(node_modules=str(node_modules) if node_modules else None, browser=options.browser,
                            esbuild=options.esbuild)
    tmp = tempfile.TemporaryDirectory(prefix="mambagen-verify-")
    t0 = time.perf_counter()
    done, total = 0, sum(1 for c in measured.configs if c.role == "main") * len(cases)
    try:
        for config in measured.configs:
            if config.role != "main":
                continue
            per = measured.pipeline.setdefault(config.name, {})
            for case in cases:
                cands = measured.of(config, case.id)
                if len(cands) < config.candidates:
                    continue
                inputs = checks.staged(case, _stage(Path(tmp.name), case))
                use = verifier
                if use is not None and (why := use.availability(inputs.screen_path)) is not None:
                    use = None
                    journal.notes.append(f"Pipeline without verification: {why}.")
                selection = Selection(inputs, budget=config.candidates, verifier=use,
                                      time_budget_s=options.time_budget, max_new_tokens=options.max_new_tokens)
                consumed = []
                for cand in cands:
                    if selection.done:
                        break
                    consumed.append(cand)
                    selection.offer("" if cand.error else cand.text, finish_reason=cand.finish)
                choice = selection.choice()
                per[case.id] = {"status": choice.status, "index": choice.attempt.index if choice.attempt else None,
                                "tried": choice.tried, "code": choice.code, "note": choice.note,
                                "verify_s": round(choice.seconds, 3),
                                "generate_s": round(sum(c.seconds for c in consumed), 3),
                                "rejections": choice.rejections[-3:]}
                done += 1
                journal.tick("verify", done, total)
    except KeyboardInterrupt:
        journal.partial.append("interrupted while verifying candidates")
    finally:
        if verifier is not None:
            verifier.close()
        tmp.cleanup()
    journal.timing["verify_s"] = round(time.perf_counter() - t0, 2)


def pipeline_metrics(config: Config, dataset: Dataset, measured: Measured) -> dict[str, Any] | None:
    """The written tests of one configuration: how many, verified, passing, killing; None when not run."""
    from .execmetrics import KILLED, PASSED

    per = measured.pipeline.get(config.name)
    if not per:
        return None
    report = measured.exec_report
    cases = {c.id: c for c in dataset.cases}
    rows = list(per.items())
    written = [(cid, r) for cid, r in rows if r["code"]]
    outcomes = {}
    if report is not None:
        for cid, r in written:
            outcomes[cid] = report.outcomes.get(unit_key(cid, r["code"]))
    passing = sum(1 for cid, _ in written if outcomes.get(cid) is not None and outcomes[cid].outcome == PASSED)
    with_mutants = [cid for cid, _ in rows if cases[cid].mutants]
    pairs = sum(len(cases[cid].mutants) for cid in with_mutants)
    killed = sum(sum(1 for v in outcomes[cid].mutants.values() if v == KILLED)
                 for cid in with_mutants if outcomes.get(cid) is not None)
    return {
        "cases": len(rows),
        "written": len(written) / len(rows),
        "verified": sum(r["status"] == "verified" for _, r in rows) / len(rows),
        "verified_of_written": (sum(r["status"] == "verified" for _, r in written) / len(written))
        if written else None,
        "written_pass": passing / len(rows) if report is not None else None,
        "kill_rate": killed / pairs if pairs and report is not None else None,
        "kill_cases": len(with_mutants),
        "s_per_case": sum(r["generate_s"] + r["verify_s"] for _, r in rows) / len(rows),
        "verify_s_per_case": sum(r["verify_s"] for _, r in rows) / len(rows),
        "candidates_per_case": sum(r["tried"] for _, r in rows) / len(rows),
    }


def _stage(folder: Path, case: EvalCase) -> Path:
    """The case's files laid out as execution lays them out, for verification (the screen and its siblings)."""
    from .execmetrics import _inside

    root = folder / hashlib.sha1(case.id.encode()).hexdigest()[:12]
    for rel, text in case.files.items():
        target = _inside(root, rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


__all__ = ["pipeline_metrics", "select"]
