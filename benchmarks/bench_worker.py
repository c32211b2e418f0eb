"""Load benchmark for ``mambagen serve``: N requests at C concurrent against a real worker process.

    python benchmarks/bench_worker.py [--model PATH] [--adapters DIR] [--requests 1000] [--concurrency 50]
                                      [--mode case|completion] [--max-tokens 8] [--threads 1]
                                      [--max-batch 16] [--max-queue 64] [--machine NAME] [--device cpu]

Starts ``mambagen serve`` on 127.0.0.1 (a free port, a random token) hosting the
model: ``--model``, else the embedded model when it is installed
(``pytest_mambagen/embedded/base`` with ``adapters/testcase2code``), else a tiny
random Mamba-2 built on the fly (``tests/tiny.py``; the numbers then measure the
serving path, not a useful model). Then it sends the requests, C at a time,
retrying 429s after ``Retry-After`` as a client should, and prints and writes
``benchmarks/results/worker-<machine>.json`` (``worker-<machine>-completion.json`` in that mode): p50/p90/p99 latency (end to end,
429 waits included, and of the answering attempt alone), throughput in requests
and tokens per second, the 429 count, batch sizes from the worker's ``/metrics``,
and what the machine was (CPU, load average, torch, device).

``--mode case`` (the default) sends the fixture project's manual cases and
screens as ``mambagen_case`` chat requests (the plugin's path: prompt built,
cut and grounded by the worker); ``--mode completion`` sends short raw prompts
(the serving overhead alone). It exits non-zero when any answer is lost,
duplicated or an error other than 429.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pytest_mambagen.worker.load import run_load, scrape  # noqa: E402

FIXTURES = REPO / "fixtures" / "atlas" / "src"
EMBEDDED = REPO / "pytest_mambagen" / "embedded" / "base"


def machine_info(device: str) -> dict:
    info = {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
            "machine": platform.machine(), "device": device}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        info["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        pass
    try:
        import torch

        info["torch"] = torch.__version__
        if torch.cuda.is_available():
            info["gpu"] = torch.cuda.get_device_name(0)
    except ImportError:
        pass
    return info


def pick_model(args, workdir: Path) -> tuple[str, str, str]:
    """``(model path, adapters argument, description)``."""
    if args.model:
        return args.model, args.adapters or "none", args.model
    if (EMBEDDED / "config.json").is_file():
        return "embedded", args.adapters or str(REPO / "adapters"), "embedded model + its adapters"
    sys.path.insert(0, str(REPO / "tests"))
    from tiny import build_tiny_model

    folder = build_tiny_model(workdir / "tiny")
    return str(folder), "none", "tiny random Mamba-2 (2 layers, hidden 64; the embedded model is not installed)"


def case_bodies(max_tokens: int) -> list[dict]:
    """One chat body per fixture manual case (the plugin's request)."""
    from pytest_mambagen.discovery import discover

    bodies = []
    for case in discover([FIXTURES], root=FIXTURES):
        if not case.ok:
            continue
        bodies.append({"temperature": 0, "max_tokens": max_tokens, "messages": [], "mambagen_case": {
            "manual": case.manual_text, "jsx": case.screen_text, "screen": case.mount_path,
            "case_name": case.case_name, "siblings": [list(p) for p in case.siblings.items()]}})
    return bodies


def start_worker(args, model: str, adapters: str, token_file: Path):
    command = [sys.executable, "-m", "pytest_mambagen.cli", "serve", "--model", model, "--adapters", adapters,
               "--host", "127.0.0.1", "--port", "0", "--token-file", str(token_file), "--device", args.device,
               "--max-batch", str(args.max_batch), "--max-queue", str(args.max_queue)]
    if args.threads:
        command += ["--threads", str(args.threads)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    lines: list[str] = []
    ready = threading.Event()
    url: list[str] = []

    def read():
        for line in proc.stdout:
            lines.append(line)
            if "listening on http://" in line and not url:
                url.append(line.split("listening on ", 1)[1].split()[0])
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(600) or not url:
        proc.kill()
        raise SystemExit("the worker did not start:\n" + "".join(lines[-30:]))
    return proc, url[0], lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--adapters", default=None)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--mode", choices=("case", "completion"), default="case")
    parser.add_argument("--max-tokens", type=int, default=8)
    parser.add_argument("--threads", type=int, default=1, help="model threads in the worker (0: one per core)")
    parser.add_argument("--max-batch", type=int, default=16)
    parser.add_argument("--max-queue", type=int, default=64)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--machine", default=None, help="name in the result file (default: cpu<N> or the GPU)")
    parser.add_argument("--out", default=str(REPO / "benchmarks" / "results"))
    args = parser.parse_args()

    info = machine_info(args.device)
    machine = args.machine or (info.get("gpu", "").replace(" ", "-").lower() if args.device.startswith("cuda")
                               else f"cpu{info['cpus']}")
    with tempfile.TemporaryDirectory(prefix="mambagen-bench-") as tmp:
        workdir = Path(tmp)
        model, adapters, described = pick_model(args, workdir)
        token = secrets.token_urlsafe(24)
        token_file = workdir / "token"
        token_file.write_text(token)
        token_file.chmod(0o600)
        started = time.perf_counter()
        proc, url, _lines = start_worker(args, model, adapters, token_file)
        startup = time.perf_counter() - started
        print(f"worker: {url} ({described}); ready in {startup:.1f} s", flush=True)
        try:
            if args.mode == "case":
                bodies = case_bodies(args.max_tokens)

                def make(i):
                    return "/v1/chat/completions", bodies[i % len(bodies)]
            else:
                def make(i):
                    return "/v1/completions", {"prompt": f"request {i % 40}: " + "word " * (i % 23),
                                               "temperature": 0, "max_tokens": args.max_tokens}
            import httpx

            with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=600) as client:
                for i in range(3):  # warm the worker's caches (token index, grounding) before measuring
                    path, body = make(i)
                    client.post(path, json=body)
                before = scrape(client.get("/metrics").text)
                result = asyncio.run(run_load(url, make, requests=args.requests, concurrency=args.concurrency,
                                              token=token))
                after = scrape(client.get("/metrics").text)
                models = client.get("/v1/models").json()
        finally:
            proc.terminate()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()

    summary = result.summary()
    batches = after["mambagen_batches_total"] - before["mambagen_batches_total"]
    rows = after["mambagen_batch_rows_sum"] - before["mambagen_batch_rows_sum"]
    batch_s = after["mambagen_batch_seconds_sum"] - before["mambagen_batch_seconds_sum"]
    ids_ok = sorted(result.echoed_ids) == sorted(f"load-{i}" for i in range(args.requests)) and \
        all(v == 1 for v in result.echoed_ids.values())
    report = {
        "benchmark": "worker", "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": info,
        "model": described, "hosted": [m["id"] for m in models["data"]],
        "settings": {"mode": args.mode, "requests": args.requests, "concurrency": args.concurrency,
                     "max_tokens": args.max_tokens, "threads": args.threads, "max_batch": args.max_batch,
                     "max_queue": args.max_queue, "device": args.device},
        "worker_startup_s": round(startup, 2),
        "results": {**summary, "batches": int(batches), "mean_batch_rows": round(rows / batches, 2) if batches else 0,
                    "engine_busy_fraction": round(batch_s / result.wall_seconds, 3) if result.wall_seconds else 0,
                    "prompt_tokens": int(after["mambagen_prompt_tokens_total"]
                                         - before["mambagen_prompt_tokens_total"]),
                    "every_answer_once": ids_ok and not result.errors},
        "errors": result.errors[:20],
    }
    lat, one = summary["latency_s"], summary["attempt_latency_s"]
    print(f"{args.requests} requests at {args.concurrency} concurrent, mode {args.mode}, max_tokens {args.max_tokens}")
    print(f"  answered {summary['answered']}, 429 retried {summary['retried_429']}, "
          f"other errors {summary['undesigned_errors']}, every answer exactly once: {ids_ok}")
    print(f"  throughput {summary['throughput_rps']} req/s, {summary['tokens_per_second']} tok/s "
          f"in {summary['wall_seconds']} s")
    print(f"  latency p50 {lat.get('p50')} s, p90 {lat.get('p90')} s, p99 {lat.get('p99')} s (429 waits included)")
    print(f"  answering attempt p50 {one.get('p50')} s, p99 {one.get('p99')} s")
    print(f"  {int(batches)} batches, {report['results']['mean_batch_rows']} requests per batch on average, "
          f"engine busy {report['results']['engine_busy_fraction']:.0%} of the time")
    out = Path(args.out) / f"worker-{machine}{'' if args.mode == 'case' else '-' + args.mode}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")
    return 0 if report["results"]["every_answer_once"] and summary["answered"] == args.requests else 1


if __name__ == "__main__":
    sys.exit(main())
