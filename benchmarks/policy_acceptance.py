"""How much of what real tests look like does the validator's allow-list accept? (issue 18)

    python benchmarks/policy_acceptance.py [--synthetic N] [--baseline-rev REV] [--out PATH]

Runs every test we hold as a reference through ``pytest_mambagen.validate.validate`` with its
screen's inventory and source, as the plugin would for a generated candidate:

* ``fixtures``: every reference test under ``fixtures/atlas/reference`` (mount path relative to it);
* ``synthetic``: the first N samples of the synthetic generator (seed 0: its test, validation and
  train splits in the generator's order);
* ``corpus``: every ``test_*.py`` under ``corpus/triplets/*/`` (the hand-written corpus);
* ``model``: every candidate the shipped model wrote in ``benchmarks/results/eval-fixtures``;
* ``hostile``: the crafted candidates of ``tests/test_policy.py`` (the target is 0 accepted).

For each set it reports how many are accepted and, for each refusal, the reasons. With
``--baseline-rev`` (e.g. ``HEAD`` before the allow-list landed) the validator of that git revision
is run on the same inputs too, so the change in acceptance is measured, not claimed. Writes JSON
(default ``benchmarks/results/policy-acceptance.json``). Nothing here runs a browser.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pytest_mambagen.discovery import discover, load_case, target_for  # noqa: E402
from pytest_mambagen.inventory import screen_inventory  # noqa: E402
from pytest_mambagen.validate import validate  # noqa: E402

DEFAULT_OUT = REPO / "benchmarks" / "results" / "policy-acceptance.json"
FIXTURES = REPO / "fixtures" / "atlas"


def _item(name: str, code: str, screen: str, mount_path: str | None, siblings: dict[str, str], path: str) -> dict:
    return {"name": name, "code": code, "screen": screen, "mount_path": mount_path, "siblings": siblings,
            "screen_path": path}


def fixture_items() -> list[dict]:
    items = []
    for case in discover([FIXTURES / "src"], root=FIXTURES):
        reference = FIXTURES / "reference" / case.manual_path.parent.name / target_for(case.manual_path).name
        if not case.ok or not reference.is_file():
            continue
        mount_path = Path(os.path.relpath(case.screen_path, reference.parent)).as_posix()
        items.append(_item(str(reference.relative_to(REPO)), reference.read_text(encoding="utf-8"),
                           case.screen_text, mount_path, case.siblings, str(case.screen_path)))
    return items


def synthetic_items(n: int) -> list[dict]:
    if n <= 0:
        return []
    from pytest_mambagen.data.synth.generator import GenOptions, generate

    items = []
    opts = GenOptions(seed=0, n_train=max(0, n - 150), n_test=min(n, 100), n_val=min(max(n - 100, 0), 50))
    for sample in generate(opts):
        items.append(_item(f"synth:{sample.id}", sample.test, sample.jsx, sample.screen, dict(sample.siblings),
                           sample.screen))
        if len(items) >= n:
            break
    return items


def corpus_items() -> list[dict]:
    items = []
    for test in sorted((REPO / "corpus" / "triplets").glob("*/test_*.py")):
        manuals = sorted(test.parent.glob("*.manual.txt"))
        if not manuals:
            continue
        case = load_case(manuals[0])
        if not case.ok:
            items.append({"name": str(test.relative_to(REPO)), "error": case.error})
            continue
        items.append(_item(str(test.relative_to(REPO)), test.read_text(encoding="utf-8"), case.screen_text,
                           case.mount_path, case.siblings, str(case.screen_path)))
    return items


def model_items() -> list[dict]:
    path = REPO / "benchmarks" / "results" / "eval-fixtures" / "eval.json"
    if not path.is_file():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    cases = {}
    items = []
    for case in data.get("cases", []):
        source = REPO / case["source"]
        if source not in cases:
            cases[source] = load_case(source)
        loaded = cases[source]
        if not loaded.ok:
            continue
        for config, result in case.get("configs", {}).items():
            for cand in result.get("candidates", []):
                if not cand.get("code"):
                    continue
                item = _item(f"{case['id']}:{config}:{cand['index']}", cand["code"], loaded.screen_text,
                             loaded.mount_path, loaded.siblings, str(loaded.screen_path))
                item["recorded_accepted"] = bool(cand.get("accepted"))
                items.append(item)
    return items


def hostile_items() -> list[dict]:
    sys.path.insert(0, str(REPO / "tests"))
    import textwrap

    import test_policy

    return [_item(f"hostile:{i}", textwrap.dedent(code), test_policy.SCREEN, "SignIn.jsx", {}, "SignIn.jsx")
            for i, code, _ in test_policy.HOSTILE]


def _baseline(rev: str):
    """The validator module of git revision ``rev`` (loaded beside the current one), or None."""
    try:
        text = subprocess.run(["git", "show", f"{rev}:pytest_mambagen/validate.py"], cwd=REPO, check=True,
                              capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tempfile.TemporaryDirectory(prefix="mambagen-baseline-") as folder:
        path = Path(folder) / "validate_baseline.py"
        # the old module imports its siblings relatively: make them absolute
        path.write_text(text.replace("from .", "from pytest_mambagen."), encoding="utf-8")
        spec = importlib.util.spec_from_file_location("validate_baseline", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["validate_baseline"] = module  # dataclasses look their module up while the class is built
        spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _commit(rev: str) -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", rev], cwd=REPO, check=True, capture_output=True,
                              text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def run_set(items: list[dict], baseline: Any) -> dict:
    accepted = 0
    refused = []
    reasons: Counter[str] = Counter()
    baseline_accepted = 0
    newly_refused = []
    t0 = time.perf_counter()
    for item in items:
        if "error" in item:
            refused.append({"name": item["name"], "reasons": [f"case unusable: {item['error']}"]})
            continue
        inventory = screen_inventory(item["screen"], item["screen_path"], item["siblings"], check=False)
        verdict = validate(item["code"], inventory=inventory, mount_path=item["mount_path"],
                           screen_source=item["screen"], siblings=item["siblings"])
        if verdict.ok:
            accepted += 1
        else:
            refused.append({"name": item["name"], "reasons": verdict.reasons})
            for reason in verdict.reasons:
                reasons[_shape(reason)] += 1
        if baseline is not None:
            old = baseline.validate(item["code"], inventory=inventory, mount_path=item["mount_path"])
            baseline_accepted += old.ok
            if old.ok and not verdict.ok:
                newly_refused.append({"name": item["name"], "reasons": verdict.reasons})
    out = {
        "total": len(items), "accepted": accepted, "refused": len(refused),
        "accepted_rate": round(accepted / len(items), 4) if items else None,
        "seconds": round(time.perf_counter() - t0, 2),
        "refusal_shapes": dict(reasons.most_common()),
        "refusals": refused,
    }
    recorded = [i for i in items if "recorded_accepted" in i]
    if recorded:
        out["recorded_accepted_at_eval_time"] = sum(i["recorded_accepted"] for i in recorded)
    if baseline is not None:
        out["baseline_accepted"] = baseline_accepted
        out["accepted_by_baseline_refused_now"] = newly_refused
    return out


def _shape(reason: str) -> str:
    """A reason without its line number and quoted values, to count refusals by kind."""
    import re

    text = re.sub(r"^line \d+: ", "", reason)
    text = re.sub(r'"[^"]*"', '"…"', text)
    return re.sub(r"\(\d+\)|\d+", "N", text)[:140]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=400, help="synthetic samples to check (default 400)")
    parser.add_argument("--baseline-rev", default=None, help="also run the validator of this git revision")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    baseline = _baseline(args.baseline_rev) if args.baseline_rev else None
    if args.baseline_rev and baseline is None:
        print(f"cannot load the validator of {args.baseline_rev}; running without a baseline", file=sys.stderr)
    sets = {
        "fixtures": fixture_items(),
        "synthetic": synthetic_items(args.synthetic),
        "corpus": corpus_items(),
        "model": model_items(),
        "hostile": hostile_items(),
    }
    results = {name: run_set(items, baseline) for name, items in sets.items()}
    report = {
        "benchmark": "policy-acceptance",
        "created": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
        "command": "python benchmarks/policy_acceptance.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "baseline_rev": args.baseline_rev if baseline is not None else None,
        "baseline_commit": _commit(args.baseline_rev) if baseline is not None else None,
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "sets": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for name, result in results.items():
        extra = f" (baseline {result['baseline_accepted']})" if "baseline_accepted" in result else ""
        print(f"{name:10s} accepted {result['accepted']:4d} of {result['total']:4d}{extra}")
        for shape, count in list(result["refusal_shapes"].items())[:5]:
            print(f"           {count:4d} x {shape}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
