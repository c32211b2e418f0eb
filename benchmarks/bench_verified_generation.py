"""Seconds per case of the generation pass with and without verification, where the first candidate passes.

The cases are fixture cases (``fixtures/atlas``) whose "model answer" is their
reference test, so candidate 1 passes on its screen and the loop stops there:
the cost measured is what verification adds to a pass that already succeeds
(mounting the screen, resolving the locators, running the test once), the case
the issue bounds at 2x.

Two measurements:

* ``model``: the shipped embedded model really decodes each request (its
  tokens are paid for, then its answer is replaced by the reference), which is
  what a user's pass costs; the ratio bounded by the issue is this one.
* ``scripted``: no model at all, so the ratio is verification over almost
  nothing; it shows verification's absolute cost per case.

Both modes run in this process, alternated, ``--repeat`` times; medians are
printed and written to ``benchmarks/results/verified-generation.json`` with the
machine's description.

    python benchmarks/bench_verified_generation.py [--cases 4] [--repeat 3] [--no-model]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pytest_mambagen.backends.base import Completion  # noqa: E402
from pytest_mambagen.config import Settings  # noqa: E402
from pytest_mambagen.evaluation.datasets import load_dataset  # noqa: E402
from pytest_mambagen.session import GenerationPass  # noqa: E402

NODE_MODULES = ROOT / "fixtures" / "atlas" / "node_modules"


class ReferenceBackend:
    """Answers each case with its reference test; with ``inner`` set, the real model decodes first."""

    def __init__(self, references: dict[tuple[str, str], str], inner=None):
        self.references = references
        self.inner = inner

    def identity(self):
        return self.inner.identity() if self.inner is not None else {"base": "reference", "base_sha256": "0" * 64,
                                                                       "adapter": None, "adapter_sha256": None}

    def generate(self, requests, on_progress=None):
        made = self.inner.generate(requests) if self.inner is not None else [None] * len(requests)
        out = []
        for request, real in zip(requests, made, strict=True):
            text = self.references[(Path(request.case.screen).name, request.case.case_name)]
            out.append(Completion(request.id, text=text, tokens=real.tokens if real else len(text.split()),
                                  seconds=real.seconds if real else 0.0))
        return out

    def close(self):
        if self.inner is not None and hasattr(self.inner, "close"):
            self.inner.close()


def lay_out(cases, folder: Path) -> dict[tuple[str, str], str]:
    references = {}
    for i, case in enumerate(cases):
        root = folder / f"case{i}"
        for rel, text in case.files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        screen = Path(case.screen_rel)
        suffix = f".{case.case.case_name}" if case.case.case_name else ""
        (root / screen.parent / f"{screen.stem}{suffix}.manual.txt").write_text(case.case.manual, encoding="utf-8")
        references[(screen.name, case.case.case_name)] = case.reference
    return references


def one_pass(folder: Path, backend, verify: bool, max_new_tokens: int) -> tuple[float, list]:
    settings = Settings(mode="regenerate", verify=verify, node_modules=str(NODE_MODULES), candidates=3,
                        max_new_tokens=max_new_tokens)
    generation = GenerationPass(settings, rootdir=folder, backend_factory=lambda: backend, show_progress=False,
                                echo=lambda _t: None)
    t0 = time.perf_counter()
    reports = generation.run([folder])
    return time.perf_counter() - t0, reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--max-new-tokens", type=int, default=256,
                        help="tokens the real model decodes per request (its answer is then replaced)")
    parser.add_argument("--no-model", action="store_true", help="scripted only (no model cost)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "verified-generation.json"))
    args = parser.parse_args(argv)
    if not (NODE_MODULES / "react").is_dir():
        print("fixtures/atlas/node_modules is missing (scripts/setup_browser.sh)", file=sys.stderr)
        return 2
    dataset = load_dataset(str(ROOT / "fixtures" / "atlas"))
    cases = [c for c in dataset.cases if c.reference and c.executable][: args.cases]
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-verified-") as tmp:
        folder = Path(tmp)
        references = lay_out(cases, folder)
        modes = [("scripted", None)]
        if not args.no_model:
            from pytest_mambagen.backends.local import LocalBackend

            inner = LocalBackend(Settings(max_new_tokens=args.max_new_tokens), ROOT)
            inner.engine  # noqa: B018 - load now, so that loading is not counted as a pass
            modes.append(("model", inner))
        for name, inner in modes:
            backend = ReferenceBackend(references, inner)
            times: dict[str, list[float]] = {"off": [], "on": []}
            statuses: dict[str, list[str]] = {}
            for _ in range(args.repeat):
                for verify in (False, True):
                    seconds, reports = one_pass(folder, backend, verify, args.max_new_tokens)
                    key = "on" if verify else "off"
                    times[key].append(seconds / len(cases))
                    statuses[key] = [f"{r.status}{', ' + r.verification if r.verification else ''}" for r in reports]
            off, on = statistics.median(times["off"]), statistics.median(times["on"])
            results[name] = {"s_per_case_without": round(off, 3), "s_per_case_with": round(on, 3),
                             "ratio": round(on / off, 2) if off > 0 else None,
                             "added_s_per_case": round(on - off, 3),
                             "runs": {k: [round(x, 3) for x in v] for k, v in times.items()},
                             "statuses_with": statuses["on"], "statuses_without": statuses["off"]}
            print(f"{name:9s} without {off:7.3f} s/case   with {on:7.3f} s/case   ratio "
                  f"{results[name]['ratio']}   (+{on - off:.3f} s/case; {', '.join(statuses['on'])})")
    doc = {
        "benchmark": "verified-generation",
        "created": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
        "command": " ".join([Path(sys.argv[0]).name, *(argv if argv is not None else sys.argv[1:])]),
        "cases": [c.id for c in cases],
        "note": ("first candidate = the case's reference test, which passes: verification stops after one run. "
                 "'model' pays the embedded model's real decoding per request; 'scripted' pays none."),
        "max_new_tokens": args.max_new_tokens,
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform(),
                    "processor": platform.processor() or platform.machine(),
                    "load_avg": [round(x, 2) for x in os.getloadavg()]},
        "results": results,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
