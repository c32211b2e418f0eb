"""Plain ``pytest`` against ``pytest --mambagen`` on a tree where every generated test is up to date.

The target is an overhead under 1.1x: when nothing is stale, the plugin only
discovers manual cases and compares fingerprints; no model is loaded. Both
commands run in fresh processes, alternated, several times; the medians and
their ratio are printed and written to ``benchmarks/results/plugin-overhead-<host>.json``.

    python benchmarks/bench_plugin_overhead.py [--cases 40] [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

SCREEN = """export default function Screen{i}() {{
  const [n, setN] = React.useState(0);
  return (
    <section>
      <h2>Counter {i}</h2>
      <button type="button" onClick={{() => setN(n + 1)}}>Add</button>
      <p data-testid="count">{{n}}</p>
    </section>
  );
}}
"""
TEST = "def test_case_{i}():\n    assert {i} + 1 == {j}\n"


def build_tree(root: Path, cases: int, model: str) -> None:
    from pytest_mambagen.config import Settings
    from pytest_mambagen.discovery import discover
    from pytest_mambagen.fingerprint import case_fingerprint
    from pytest_mambagen.model import loading
    from pytest_mambagen.writer import atomic_write, render

    for i in range(cases):
        folder = root / f"area{i % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"Screen{i}.jsx").write_text(SCREEN.format(i=i))
        (folder / f"Screen{i}.manual.txt").write_text(f"1. Click Add\nExpected: the count is 1 (case {i})\n")
    settings = Settings(model=model)
    base = loading.resolve_base(model)
    identity = loading.identity(base, loading.resolve_adapter(None, base, root))
    for n, case in enumerate(discover([root])):
        fp = case_fingerprint(manual=case.manual_text, screen=case.screen_text, siblings=case.siblings,
                              model=identity, decoding=settings.decoding, mount_path=case.mount_path)
        atomic_write(case.target_path, render(case.manual_path.name, case.screen_path.name, fp,
                                              TEST.format(i=n, j=n + 1)))


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--model", default=None, help="model folder (default: the embedded model, else a tiny one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "project"
        root.mkdir()
        model = args.model
        if model is None:
            from pytest_mambagen.model.loading import EMBEDDED_BASE

            if not (EMBEDDED_BASE / "config.json").is_file():
                from tiny import build_tiny_model

                model = str(build_tiny_model(Path(tmp) / "tiny"))
        build_tree(root, args.cases, model)
        base = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        gen = [*base, "--mambagen"] + (["--mambagen-model", model] if model else [])
        check = subprocess.run(gen, cwd=root, capture_output=True, text=True)
        if f"{args.cases} up to date" not in check.stdout:
            raise SystemExit("the tree is not up to date:\n" + check.stdout[-3000:])
        plain, plugin = [], []
        timed(base, root)  # warm the file cache
        for _ in range(args.repeat):
            plain.append(timed(base, root))
            plugin.append(timed(gen, root))
    result = {
        "cases": args.cases, "repeat": args.repeat, "model": model or "embedded",
        "plain_pytest_s": statistics.median(plain), "pytest_mambagen_s": statistics.median(plugin),
        "ratio": statistics.median(plugin) / statistics.median(plain), "target": "< 1.1x",
        "samples": {"plain": plain, "mambagen": plugin},
        "machine": {"host": platform.node(), "platform": platform.platform(), "python": platform.python_version(),
                    "cpus": os.cpu_count()},
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    print(f"plain pytest      {result['plain_pytest_s']:.3f} s (median of {args.repeat})")
    print(f"pytest --mambagen {result['pytest_mambagen_s']:.3f} s (median of {args.repeat}, {args.cases} cases, all up to date)")
    print(f"overhead ratio    {result['ratio']:.3f}x (target < 1.1x)")
    out = ROOT / "benchmarks" / "results" / f"plugin-overhead-{platform.node() or 'machine'}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
