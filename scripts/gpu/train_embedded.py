"""Train the embedded model on one GPU: corpus -> pretrain -> LoRA -> a quick generation check.

Runs on the device machine (Python 3.12, torch with CUDA, no network, no browser):

    python3 scripts/gpu/train_embedded.py --phases data,pretrain --out $OUT
    python3 scripts/gpu/train_embedded.py --phases lora,gen --out $OUT

Work files stay under ``--work`` (on the machine's disk while it is warm); the
deliverables are packed into ``--out`` as tar pieces of at most 15 MB (the device
tool returns at most 8 files of 16 MB). Every phase is timed and logged to
``--out/log-<phases>.json``. The corpus is rebuilt here from the generator and
seed (not shipped), and its fingerprint is printed so it can be compared with a
build on another machine. The same script runs on a CPU with tiny settings as a
dry run (``--dry-run``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

START = time.time()
LOG: dict = {"phases": {}}


def say(msg: str) -> None:
    print(f"[{time.time() - START:7.1f}s] {msg}", flush=True)


def phase(name):
    def deco(fn):
        def run(args):
            t = time.time()
            say(f"== {name}")
            try:
                result = fn(args) or {}
            except Exception as exc:
                LOG["phases"][name] = {"error": f"{type(exc).__name__}: {exc}", "seconds": time.time() - t}
                raise
            LOG["phases"][name] = {**result, "seconds": round(time.time() - t, 1)}
            say(f"== {name} done in {time.time() - t:.1f}s: {json.dumps(result)[:300]}")
        return run
    return deco


def chat_record(sample) -> dict:
    from pytest_mambagen.prompts import CaseInput, training_messages

    case = CaseInput(sample.manual, sample.jsx, sample.screen, siblings=tuple(sorted(sample.siblings.items())))
    return {"id": sample.id, "split": sample.split, "messages": training_messages(case, sample.test),
            "meta": {"family": sample.family, "domain": sample.domain, "screen": sample.screen}}


@phase("data")
def data(args):
    from pytest_mambagen.data.synth.generator import GenOptions, generate

    args.work.mkdir(parents=True, exist_ok=True)
    files = {split: open(args.work / f"{split}.jsonl", "w", encoding="utf-8")
             for split in ("train", "validation", "test")}
    samples_file = open(args.work / "samples-test.jsonl", "w", encoding="utf-8")
    digest = hashlib.sha256()
    counts = dict.fromkeys(files, 0)
    opts = GenOptions(seed=args.seed, n_train=args.n_train, n_test=args.n_test, n_val=args.n_val, mutants=False)
    for sample in generate(opts, workers=args.workers):
        line = json.dumps(chat_record(sample), sort_keys=True)
        digest.update(line.encode())
        files[sample.split].write(line + "\n")
        counts[sample.split] += 1
        if sample.split == "test":
            samples_file.write(json.dumps(sample.to_dict(), sort_keys=True) + "\n")
    for fh in [*files.values(), samples_file]:
        fh.close()
    return {"counts": counts, "fingerprint": digest.hexdigest(), "seed": args.seed}


@phase("pretrain")
def pretrain_phase(args):
    import torch

    from pytest_mambagen.training.loop import TrainConfig
    from pytest_mambagen.training.pretrain import PretrainData, pretrain

    torch.backends.cuda.matmul.allow_tf32 = True
    torch.backends.cudnn.allow_tf32 = True
    python_dirs = [Path(p) for p in args.python_dirs] or [Path(sysconfig.get_paths()["purelib"])]
    data = PretrainData(python_dirs=python_dirs, python_max_bytes=args.python_mb << 20,
                        chat=[args.work / "train.jsonl"], seed=args.seed)
    cfg = TrainConfig(time_budget_s=args.pretrain_seconds, epochs=args.pretrain_epochs, batch_rows=args.batch_rows,
                      lr=args.pretrain_lr, warmup_steps=args.warmup, weight_decay=0.1, log_every=args.log_every,
                      cpu=args.dry_run)
    shape = json.loads(args.shape) if args.shape else None
    meta = pretrain(ROOT / "pytest_mambagen" / "embedded" / "base", data, args.work / "base", cfg,
                    seq_len=args.seq_len, shape=shape, log=say,
                    on_log=lambda r: say(f"step {r['step']} loss {r['loss']:.4f} lr {r['lr']:.2e} "
                                         f"{r['tok_per_s']:,.0f} tok/s"))
    return {"metrics": meta["metrics"], "data": meta["data"], "parameters": meta["parameters"]}


@phase("tune")
def tune_phase(args):
    """Go on training the shipped base on the chat corpus: every weight, loss on the answers only.

    The base saw the chat corpus only mixed with Python and for part of an epoch;
    copying values from the manual case is what a small state-space model learns
    slowest, and full-weight steps teach it faster than a low-rank adapter.
    """
    import torch
    from transformers import AutoTokenizer, Mamba2ForCausalLM

    from pytest_mambagen.model.forward import scan_path
    from pytest_mambagen.training.loop import TrainConfig, train
    from pytest_mambagen.training.packing import PackStats, pack
    from pytest_mambagen.training.pretrain import save_base
    from pytest_mambagen.training.samples import LoadReport, read_chat_jsonl, tokenize_chat

    torch.backends.cuda.matmul.allow_tf32 = True
    src = ROOT / "pytest_mambagen" / "embedded" / "base"
    tokenizer = AutoTokenizer.from_pretrained(str(src))
    model = Mamba2ForCausalLM.from_pretrained(str(src), dtype=torch.float32)
    report, stats = LoadReport(), PackStats()
    t = time.time()
    rows = pack(tokenize_chat(read_chat_jsonl(args.work / "train.jsonl", report, "train"), tokenizer),
                args.seq_len, stats=stats)
    say(f"tokenized {report.records} records into {len(rows)} rows in {time.time() - t:.1f}s")
    cfg = TrainConfig(time_budget_s=args.tune_seconds, epochs=args.tune_epochs, batch_rows=args.batch_rows,
                      lr=args.tune_lr, warmup_steps=30, weight_decay=0.1, log_every=args.log_every,
                      cpu=args.dry_run)
    state = train(model, rows, cfg, pad_id=tokenizer.pad_token_id or 0,
                  on_log=lambda r: say(f"tune step {r['step']} loss {r['loss']:.4f} {r['tok_per_s']:,.0f} tok/s"))
    before = json.loads((src / "mambagen.json").read_text())
    metrics = state.metrics()
    device = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu"
    meta = {**before, "date": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
            "continued": {"from_weights_sha256": before.get("weights_sha256"),
                          "what": "all weights, loss on answers only, chat corpus train split",
                          "data": {"records": report.records, "rows": stats.rows, "loss_tokens": stats.loss_tokens},
                          "training": {k: v for k, v in vars(cfg).items() if k != "cpu"},
                          "metrics": metrics, "scan": scan_path(torch.device("cuda" if torch.cuda.is_available()
                                                                               else "cpu")),
                          "device": device}}
    (args.work / "base").mkdir(parents=True, exist_ok=True)
    (args.work / "base" / "training-log.json").write_text(json.dumps(state.history, indent=1))
    save_base(model, tokenizer, args.work / "base", meta)
    return {"metrics": metrics, "rows": len(rows), "scan": meta["continued"]["scan"]}


@phase("lora")
def lora_phase(args):
    import torch

    from pytest_mambagen.training.finetune import LoraSettings, finetune
    from pytest_mambagen.training.loop import TrainConfig

    torch.backends.cuda.matmul.allow_tf32 = True
    cfg = TrainConfig(time_budget_s=args.lora_seconds, epochs=args.lora_epochs, batch_rows=args.batch_rows,
                      lr=args.lora_lr, warmup_steps=max(10, args.warmup // 3), log_every=args.log_every,
                      cpu=args.dry_run)
    settings = LoraSettings(r=args.lora_r, seq_len=args.seq_len, train=cfg)
    meta = finetune(str(args.work / "base"), args.work / "train.jsonl", args.work / "adapter", settings,
                    on_log=lambda r: say(f"lora step {r['step']} loss {r['loss']:.4f} {r['tok_per_s']:,.0f} tok/s"))
    return {"metrics": meta["metrics"], "parameters": meta["parameters"], "data": meta["data"]}


@phase("gen")
def gen_phase(args):
    """Generate for held-out synthetic cases and the fixture cases (checked later, in a browser)."""
    from pytest_mambagen.backends.base import Request
    from pytest_mambagen.backends.local import LocalBackend
    from pytest_mambagen.config import Settings
    from pytest_mambagen.discovery import discover
    from pytest_mambagen.prompts import CaseInput

    results = {}
    for label, adapter in (("adapter", str(args.work / "adapter")), ("base", "none")):
        settings = Settings(model=str(args.work / "base"), adapter=adapter, device="cpu" if args.dry_run else "cuda",
                            batch_size=args.gen_batch, max_new_tokens=args.max_new_tokens)
        backend = LocalBackend(settings, ROOT)
        requests, meta = [], []
        with open(args.work / "samples-test.jsonl", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= args.gen_test:
                    break
                s = json.loads(line)
                case = CaseInput(s["manual"], s["jsx"], s["screen"], siblings=tuple(sorted(s["siblings"].items())))
                requests.append(Request(id=f"test-{i}", case=case, max_new_tokens=args.max_new_tokens))
                meta.append({"id": s["id"], "kind": "synthetic"})
        for case in discover([ROOT / "fixtures"]):
            if not case.ok:
                continue
            ci = CaseInput(case.manual_text, case.screen_text, case.mount_path, case.case_name,
                           tuple(case.siblings.items()))
            for k in range(args.fixture_candidates):
                requests.append(Request(id=f"fx-{case.manual_path.name}-{k}", case=ci, temperature=0.0 if k == 0 else 0.7,
                                        seed=1000 + k, max_new_tokens=args.max_new_tokens))
                meta.append({"id": str(case.manual_path.relative_to(ROOT)), "kind": "fixture", "candidate": k})
        t = time.time()
        completions = backend.generate(requests)
        seconds = time.time() - t
        tokens = sum(c.tokens for c in completions)
        with open(args.work / f"gen-{label}.jsonl", "w", encoding="utf-8") as fh:
            for m, r, c in zip(meta, requests, completions, strict=True):
                fh.write(json.dumps({**m, "request": r.id, "text": c.text, "tokens": c.tokens,
                                     "finish": c.finish_reason, "error": c.error, "note": c.note}) + "\n")
        results[label] = {"requests": len(requests), "tokens": tokens, "seconds": round(seconds, 1),
                          "tok_per_s": round(tokens / seconds, 1)}
        backend.close()
    return results


def pack(args, names: list[str]) -> None:
    """tar the deliverables and split them into pieces the device tool can return."""
    args.out.mkdir(parents=True, exist_ok=True)
    present = [n for n in dict.fromkeys(names) if (args.work / n).exists()]
    if not present:
        return
    tag = "-".join(args.phases)
    tar = args.work / f"{tag}.tar"
    subprocess.run(["tar", "cf", str(tar), "-C", str(args.work), *present], check=True)
    subprocess.run(["split", "-b", "15M", "-d", str(tar), str(args.out / f"{tag}.tar.")], check=True)
    say(f"packed {present} into {sorted(p.name for p in args.out.glob(tag + '.tar.*'))}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--phases", default="data,pretrain")
    p.add_argument("--work", type=Path, default=Path("/tmp/mambagen-train"))
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--n-train", type=int, default=40000)
    p.add_argument("--n-test", type=int, default=1000)
    p.add_argument("--n-val", type=int, default=500)
    p.add_argument("--workers", type=int, default=1, help="processes drawing the corpus")
    p.add_argument("--python-dirs", nargs="*", default=[])
    p.add_argument("--python-mb", type=int, default=100)
    p.add_argument("--shape", default=None)
    p.add_argument("--seq-len", type=int, default=4096)
    p.add_argument("--batch-rows", type=int, default=16)
    p.add_argument("--warmup", type=int, default=100)
    p.add_argument("--log-every", type=int, default=25)
    p.add_argument("--pretrain-seconds", type=float, default=330)
    p.add_argument("--pretrain-epochs", type=float, default=3.0)
    p.add_argument("--pretrain-lr", type=float, default=2e-3)
    p.add_argument("--tune-seconds", type=float, default=240)
    p.add_argument("--tune-epochs", type=float, default=3.0)
    p.add_argument("--tune-lr", type=float, default=5e-4)
    p.add_argument("--lora-seconds", type=float, default=180)
    p.add_argument("--lora-epochs", type=float, default=2.0)
    p.add_argument("--lora-lr", type=float, default=1e-3)
    p.add_argument("--lora-r", type=int, default=32)
    p.add_argument("--gen-test", type=int, default=200)
    p.add_argument("--gen-batch", type=int, default=48)
    p.add_argument("--fixture-candidates", type=int, default=5)
    p.add_argument("--max-new-tokens", type=int, default=700)
    p.add_argument("--dry-run", action="store_true", help="tiny settings on a CPU, to check the script")
    args = p.parse_args()
    args.phases = [x.strip() for x in args.phases.split(",") if x.strip()]
    runs = {"data": data, "pretrain": pretrain_phase, "tune": tune_phase, "lora": lora_phase, "gen": gen_phase}
    deliver = {"data": [], "pretrain": ["base"], "tune": ["base"], "lora": ["adapter"], "gen": ["gen-adapter.jsonl", "gen-base.jsonl"]}
    names: list[str] = []
    try:
        for name in args.phases:
            runs[name](args)
            names += deliver[name]
    finally:
        LOG["elapsed_s"] = round(time.time() - START, 1)
        try:
            import torch

            LOG["device"] = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu"
            LOG["torch"] = torch.__version__
        except Exception:
            pass
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"log-{'-'.join(args.phases)}.json").write_text(json.dumps(LOG, indent=1, default=str))
        pack(args, names)
        if args.dry_run:
            shutil.rmtree(args.work / "unused", ignore_errors=True)


if __name__ == "__main__":
    main()
