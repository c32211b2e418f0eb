"""Train the embedded model on one GPU: corpus -> pretrain -> tune -> proxy -> LoRA -> compact.

Runs on the device machine (Python 3.12, torch with CUDA, no network, no browser);
``scripts/gpu/session.sh`` chains the phases inside one lease, and the same script
runs on a CPU with tiny settings as a dry run (``--dry-run``)::

    python3 scripts/gpu/train_embedded.py --phases data --out $OUT
    python3 scripts/gpu/train_embedded.py --phases pretrain --out $OUT
    python3 scripts/gpu/train_embedded.py --phases tune,proxy --variant A --out $OUT
    python3 scripts/gpu/train_embedded.py --phases choose,lora,final,compact --out $OUT

Phases (every one timed and logged to ``--out/log-<phases>[-<variant>].json``):

* ``data``: the synthetic corpus (generator v5, with per-step comments kept for
  variant B and stripped for A), the hand-written corpus's train split with renamed
  variants, the validation sets (the synthetic validation split, whose vocabulary
  no train sample uses, and the corpus's dev split), the dev cases for the proxy,
  and the hashes of every training answer's strings (for novel-string recall).
  Prompts are fitted to the model's window exactly as the plugin fits them.
* ``pretrain``: goes on from the shipped base on Python sources plus the chat
  corpus (loss on every token), validation loss on the held-out answers.
* ``tune`` (per variant): every weight, loss on the answers, validation loss
  picks the weights kept.
* ``proxy`` (per variant): browserless judgement on the dev cases: teacher-forced
  copy of every reference string, then free-running grounded generation scored
  by literal, value and novel-string recall, validity and action agreement.
* ``choose``: the variant with the best free-running literal recall on the dev cases.
* ``lora``: the adapter on the chosen base, validation on the corpus dev split.
* ``final``: the proxy for base + adapter and for the base alone; generations are
  kept so that they can be run in a browser elsewhere.
* ``compact``: the chosen base in int8 (:mod:`pytest_mambagen.model.compact`),
  with its agreement against the bfloat16 weights measured on the dev prompts.

Work files stay under ``--work``; deliverables are packed into ``--out`` as tar
pieces of at most 15 MB (the device tool returns at most 8 files of 16 MB).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import re
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
BASE = ROOT / "pytest_mambagen" / "embedded" / "base"

START = time.time()
LOG: dict = {"phases": {}}
_SCAFFOLD = re.compile(r"^[ \t]*# .*\n", re.MULTILINE)


def say(msg: str) -> None:
    print(f"[{time.time() - START:7.1f}s] {msg}", flush=True)


def phase(name):
    def deco(fn):
        def run(args):
            t = time.time()
            say(f"== {name}" + (f" ({args.variant})" if args.variant else ""))
            try:
                result = fn(args) or {}
            except Exception as exc:
                LOG["phases"][name] = {"error": f"{type(exc).__name__}: {exc}", "seconds": time.time() - t}
                raise
            LOG["phases"][name] = {**result, "seconds": round(time.time() - t, 1)}
            say(f"== {name} done in {time.time() - t:.1f}s: {json.dumps(result, default=str)[:400]}")
        return run
    return deco


# ---------------------------------------------------------------------------------------------- data

_TOKENIZER = None
_BUDGET = 0


def _init_worker(budget: int) -> None:
    global _TOKENIZER, _BUDGET
    from transformers import AutoTokenizer

    _TOKENIZER = AutoTokenizer.from_pretrained(str(BASE))
    _BUDGET = budget


def _count(messages) -> int:
    from pytest_mambagen.prompts import render

    return len(_TOKENIZER(render(_TOKENIZER, messages), add_special_tokens=False)["input_ids"])


def _record(item: dict) -> dict | None:
    """One chat record with the prompt fitted to the window, as the plugin fits it (None: cannot fit)."""
    from pytest_mambagen.prompts import CaseInput, answer_text, fit_messages

    case = CaseInput(item["manual"], item["jsx"], item["screen"], siblings=tuple(sorted(item["siblings"].items())))
    messages, note, _ = fit_messages(case, _count, _BUDGET)
    if messages is None:
        return None
    return {"id": item["id"], "split": item["split"],
            "messages": [*messages, {"role": "assistant", "content": answer_text(item["test"])}],
            "meta": {"source": item["source"], "cut": note}}


def _fit_all(items: list[dict], args, pool) -> list[dict]:
    out = [r for r in pool.imap(_record, items, chunksize=64) if r is not None]
    return out


def _write(path: Path, records) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, sort_keys=True) + "\n")
            n += 1
    return n


def _triplet_item(x) -> dict:
    return {"manual": x.manual, "jsx": x.jsx, "screen": x.screen, "test": x.test,
            "siblings": {p: v for p, v in x.sources().items() if p != x.screen}}


def _variant_item(task: tuple[str, int, int]) -> dict | None:
    """The ``k``-th renamed variant of a corpus train triplet, as a data item (None: nothing to rename)."""
    from pytest_mambagen.data import augment
    from pytest_mambagen.data.corpus import load_triplet

    folder, k, seed = task
    x = load_triplet(Path(folder))
    v = augment.variant(x, k, seed=seed)
    if v is None:
        return None
    return {"id": f"corpus:{x.slug}:v{k}", "split": "train", "source": "corpus-variant",
            "manual": v.files[x.manual_file], "jsx": v.files[x.screen], "screen": x.screen,
            "test": v.files[x.test_file],
            "siblings": {p: txt for p, txt in v.files.items() if p not in (x.screen, x.manual_file, x.test_file)}}


def _answer_keys(answer: str) -> list[bytes]:
    from pytest_mambagen.evaluation.copymetrics import module_strings, string_key

    return [string_key(v) for v in module_strings(answer).content]


@phase("data")
def data(args):
    from pytest_mambagen.data.corpus import DEFAULT_ROOT, load_corpus
    from pytest_mambagen.data.synth.generator import GenOptions, generate
    from pytest_mambagen.evaluation.copymetrics import TrainingStrings

    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    t = time.time()
    opts = GenOptions(seed=args.seed, n_train=args.n_train, n_test=args.n_test, n_val=args.n_val, mutants=False,
                      scaffold="steps", train_offset=args.train_offset)
    synth = {"train": [], "validation": [], "test": []}
    for s in generate(opts, workers=args.workers):
        synth[s.split].append({"id": s.id, "split": s.split, "manual": s.manual, "jsx": s.jsx, "screen": s.screen,
                               "siblings": dict(s.siblings), "test": s.test, "source": f"synth:{s.family}"})
    say(f"synthetic: {({k: len(v) for k, v in synth.items()})} in {time.time() - t:.1f}s")
    triplets = [x for x in load_corpus(DEFAULT_ROOT) if not x.problems]
    corpus = {"train": [], "dev": [], "test": []}
    for x in triplets:
        corpus[x.split].append({**_triplet_item(x), "id": f"corpus:{x.slug}", "split": x.split, "source": "corpus"})
    tasks = [(str(x.folder), k, args.seed) for x in triplets if x.split == "train" for k in range(args.corpus_offset, args.corpus_offset + args.corpus_variants)]
    with multiprocessing.get_context("fork").Pool(args.workers) as pool:
        corpus["train"] += [item for item in pool.imap(_variant_item, tasks, chunksize=8) if item is not None]
    say(f"corpus: {({k: len(v) for k, v in corpus.items()})} in {time.time() - t:.1f}s")
    budget = args.context - args.max_new_tokens
    with multiprocessing.get_context("fork").Pool(args.workers, initializer=_init_worker, initargs=(budget,)) as pool:
        train_b = _fit_all(synth["train"] + corpus["train"], args, pool)
        val_synth = _fit_all(synth["validation"], args, pool)
        val_corpus = _fit_all(corpus["dev"], args, pool)
    for r in val_synth + val_corpus:  # what the model is judged on carries no scaffold: the loss compares variants
        r["messages"][-1]["content"] = _SCAFFOLD.sub("", r["messages"][-1]["content"])
    train_a = [{**r, "messages": [*r["messages"][:-1], {"role": "assistant", "content": _SCAFFOLD.sub(
        "", r["messages"][-1]["content"])}]} for r in train_b]
    counts = {"train-A": _write(work / "train-A.jsonl", train_a), "train-B": _write(work / "train-B.jsonl", train_b),
              "val-synth": _write(work / "val-synth.jsonl", val_synth),
              "val-corpus": _write(work / "val-corpus.jsonl", val_corpus)}
    cut = sum(1 for r in train_b if r["meta"]["cut"])
    dev = synth["test"][: args.dev_synth] + corpus["dev"]
    for item in dev:
        item["test"] = _SCAFFOLD.sub("", item["test"])
    counts["dev-cases"] = _write(work / "dev-cases.jsonl", dev)
    # libcst with positions takes ~15 ms an answer: 33k answers are minutes on one core, seconds on all
    keys: set[bytes] = set()
    with multiprocessing.get_context("fork").Pool(args.workers) as pool:
        for found in pool.imap(_answer_keys, (r["messages"][-1]["content"] for r in train_a), chunksize=128):
            keys.update(found)
    TrainingStrings(keys).save(work / "train-strings.bin")
    digest = hashlib.sha256((work / "train-A.jsonl").read_bytes()).hexdigest()
    return {"counts": counts, "fingerprint_A": digest, "seed": args.seed, "prompts_cut": cut, "budget": budget,
            "corpus_variants": args.corpus_variants, "train_offset": args.train_offset,
            "corpus_offset": args.corpus_offset}


# ------------------------------------------------------------------------------------------ training

def _cuda_setup() -> None:
    import torch

    torch.backends.cuda.matmul.allow_tf32 = True
    torch.backends.cudnn.allow_tf32 = True


def _logger(tag: str):
    def on_log(r: dict) -> None:
        if "val_loss" in r:
            say(f"{tag} step {r['step']} validation loss {r['val_loss']:.4f}")
        else:
            say(f"{tag} step {r['step']} loss {r['loss']:.4f} lr {r['lr']:.2e} {r['tok_per_s']:,.0f} tok/s")
    return on_log


@phase("pretrain")
def pretrain_phase(args):
    from pytest_mambagen.training.loop import TrainConfig
    from pytest_mambagen.training.pretrain import PretrainData, pretrain

    _cuda_setup()
    python_dirs = [Path(p) for p in args.python_dirs] or [Path(sysconfig.get_paths()["purelib"])]
    data = PretrainData(python_dirs=python_dirs, python_max_bytes=args.python_mb << 20,
                        chat=[args.work / "train-A.jsonl"], seed=args.seed,
                        val_chat=[args.work / "val-synth.jsonl", args.work / "val-corpus.jsonl"])
    cfg = TrainConfig(time_budget_s=args.pretrain_seconds, epochs=args.pretrain_epochs, batch_rows=args.batch_rows,
                      lr=args.pretrain_lr, warmup_steps=args.warmup, weight_decay=0.1, log_every=args.log_every,
                      eval_every=args.eval_every, cpu=args.dry_run)
    meta = pretrain(BASE, data, args.work / "base-pre", cfg, seq_len=args.seq_len, log=say,
                    on_log=_logger("pretrain"), init_from=None if args.from_scratch else BASE,
                    shape=json.loads(args.shape) if args.shape else None)
    return {"metrics": {k: v for k, v in meta["metrics"].items() if k != "val_history"},
            "val_history": meta["metrics"].get("val_history"), "data": meta["data"],
            "parameters": meta["parameters"]}


def _chat_rows(path: Path, tokenizer, seq_len: int):
    from pytest_mambagen.training.packing import PackStats, pack
    from pytest_mambagen.training.samples import LoadReport, read_chat_jsonl, tokenize_chat

    report, stats = LoadReport(), PackStats()
    rows = pack(tokenize_chat(read_chat_jsonl(path, report, None), tokenizer), seq_len, stats=stats)
    return rows, {"records": report.records, "rows": stats.rows, "loss_tokens": stats.loss_tokens,
                  "dropped_too_long": stats.dropped_too_long}


@phase("tune")
def tune_phase(args):
    """Every weight of the pretrained base, loss on the answers only, best validation loss kept."""
    import torch
    from transformers import AutoTokenizer

    from pytest_mambagen.model.compact import load_base_model
    from pytest_mambagen.model.forward import scan_path
    from pytest_mambagen.training.loop import TrainConfig, train
    from pytest_mambagen.training.pretrain import save_base

    _cuda_setup()
    # without a pretrain phase in this lease, tune goes on from the shipped base
    src = args.work / "base-pre" if (args.work / "base-pre").is_dir() else BASE
    tokenizer = AutoTokenizer.from_pretrained(str(src))
    model = load_base_model(str(src), dtype=torch.float32)
    rows, info = _chat_rows(args.work / f"train-{args.variant}.jsonl", tokenizer, args.seq_len)
    val = []
    for name in ("val-synth.jsonl", "val-corpus.jsonl"):
        val += _chat_rows(args.work / name, tokenizer, args.seq_len)[0]
    cfg = TrainConfig(time_budget_s=args.tune_seconds, epochs=args.tune_epochs, batch_rows=args.batch_rows,
                      lr=args.tune_lr, warmup_steps=args.tune_warmup, weight_decay=0.1, log_every=args.log_every,
                      eval_every=args.eval_every, cpu=args.dry_run)
    state = train(model, rows, cfg, pad_id=tokenizer.pad_token_id or 0, on_log=_logger(f"tune-{args.variant}"),
                  val_rows=val)
    before = json.loads((src / "mambagen.json").read_text())
    device = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu"
    meta = {**before, "context": args.context, "date": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
            "tuned": {"what": "all weights, loss on answers only", "variant": args.variant, "data": info,
                      "training": {k: v for k, v in vars(cfg).items() if k != "cpu"},
                      "metrics": state.metrics(), "scan": scan_path(torch.device("cuda" if torch.cuda.is_available()
                                                                                 else "cpu")), "device": device,
                      "continues_from": before.get("weights_sha256")}}
    if "tuned" in before:  # a tune of a tuned base: the earlier tunes stay on record
        metrics = {k: v for k, v in before["tuned"].get("metrics", {}).items() if k != "val_history"}
        earlier = {**before["tuned"], "metrics": metrics, "weights_sha256": before.get("weights_sha256")}
        meta["tuned_before"] = [*before.get("tuned_before", []), earlier]
    out = args.work / f"tune-{args.variant}"
    save_base(model, tokenizer, out, meta)
    (out / "training-log.json").write_text(json.dumps(state.history, indent=1))
    return {"metrics": {k: v for k, v in state.metrics().items() if k != "val_history"}, "data": info,
            "val_history": state.val_history}


def _served_base(args, winner: str) -> Path:
    """The weights the plugin will serve: the int8 copy when compact ran, else the tuned base.

    The adapter is trained and judged on these, so that what was measured is what ships.
    """
    compact = args.work / "base-compact"
    return compact if compact.is_dir() else args.work / f"tune-{winner}"


@phase("lora")
def lora_phase(args):
    from pytest_mambagen.training.finetune import LoraSettings, finetune
    from pytest_mambagen.training.loop import TrainConfig

    _cuda_setup()
    winner = json.loads((args.work / "winner.json").read_text())["variant"]
    cfg = TrainConfig(time_budget_s=args.lora_seconds, epochs=args.lora_epochs, batch_rows=args.batch_rows,
                      lr=args.lora_lr, warmup_steps=20, log_every=args.log_every, eval_every=args.eval_every,
                      cpu=args.dry_run)
    settings = LoraSettings(r=args.lora_r, seq_len=args.seq_len, train=cfg)
    meta = finetune(str(_served_base(args, winner)), args.work / f"train-{winner}.jsonl", args.work / "adapter",
                    settings, on_log=_logger("lora"), split=None, val_data=args.work / "val-corpus.jsonl")
    return {"metrics": {k: v for k, v in meta["metrics"].items() if k != "val_history"},
            "val_history": meta["metrics"].get("val_history"), "parameters": meta["parameters"],
            "data": meta["data"], "variant": winner}


# ------------------------------------------------------------------------------------------- judging

def _dev_cases(args) -> list[dict]:
    with open(args.work / "dev-cases.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _proxy(args, model_dir: Path, adapter: str, tag: str) -> dict:
    """Teacher-forced copy and free-running generation on the dev cases, scored without a browser."""
    import torch

    from pytest_mambagen.backends.base import Request
    from pytest_mambagen.backends.local import LocalBackend, fit_prompt
    from pytest_mambagen.config import Settings
    from pytest_mambagen.evaluation.copymetrics import (
        TrainingStrings,
        aggregate,
        aggregate_forced,
        forced_copy,
        module_strings,
        score,
        teacher_forced_copy,
    )
    from pytest_mambagen.prompts import CaseInput
    from pytest_mambagen.validate import validate

    seen = TrainingStrings.load(args.work / "train-strings.bin")
    cases = _dev_cases(args)
    settings = Settings(model=str(model_dir), adapter=adapter, device="cpu" if args.dry_run else "cuda",
                        batch_size=args.gen_batch, max_new_tokens=args.max_new_tokens)
    backend = LocalBackend(settings, ROOT)
    engine = backend.engine
    inputs = [CaseInput(c["manual"], c["jsx"], c["screen"], siblings=tuple(sorted(c["siblings"].items())))
              for c in cases]
    # teacher forcing: would greedy decoding reproduce each reference string, never-seen ones apart?
    t = time.time()
    forced = []
    device = "cpu" if args.dry_run else "cuda"
    for case, ci in zip(cases, inputs, strict=True):
        prompt, _, error = fit_prompt(engine, ci, None, args.max_new_tokens)
        if error:
            continue
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=not args.dry_run):
            marks = teacher_forced_copy(engine.model, engine.tokenizer, prompt, case["test"], device=device)
        forced.append(forced_copy(marks, module_strings(case["test"]), seen))
    tf = aggregate_forced(forced)
    tf_seconds = time.time() - t
    t = time.time()
    requests = [Request(id=c["id"], case=ci, max_new_tokens=args.max_new_tokens) for c, ci in zip(cases, inputs,
                                                                                                  strict=True)]
    completions = backend.generate(requests)
    gen_seconds = time.time() - t
    by_kind: dict[str, list] = {}
    valid: dict[str, list[bool]] = {}
    rows = []
    for c, ci, out in zip(cases, inputs, completions, strict=True):
        kind = "corpus" if c["id"].startswith("corpus:") else "synth"
        verdict = validate(out.text, inventory=ci.inventory(), mount_path=c["screen"], screen_source=ci.jsx,
                           siblings=ci.siblings)
        s = score(verdict.code or out.text, c["test"], seen)
        by_kind.setdefault(kind, []).append(s)
        valid.setdefault(kind, []).append(verdict.ok)
        rows.append({"id": c["id"], "kind": kind, "text": out.text, "tokens": out.tokens, "finish": out.finish_reason,
                     "valid": verdict.ok, "reasons": verdict.reasons[:3], **s.to_dict()})
    backend.close()
    with open(args.work / f"gen-{tag}.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    # the keys and shares of the earlier runs' proxy files, so that runs compare field by field
    result = {"teacher_forced": {"strings": tf["strings"], "copied": tf["literal_recall"] or 0.0,
                                 "novel": tf["novel_strings"], "novel_copied": tf["novel_recall"] or 0.0,
                                 "seconds": round(tf_seconds, 1)},
              "free_running": {k: {**aggregate(v), "valid": sum(valid[k]) / len(valid[k])} for k, v in by_kind.items()},
              "generation": {"requests": len(requests), "tokens": sum(o.tokens for o in completions),
                             "seconds": round(gen_seconds, 1)}}
    (args.work / f"proxy-{tag}.json").write_text(json.dumps(result, indent=1))
    return result


@phase("proxy")
def proxy_phase(args):
    return _proxy(args, args.work / f"tune-{args.variant}", "none", f"tune-{args.variant}")


@phase("choose")
def choose_phase(args):
    scores = {}
    for variant in args.variants.split(","):
        path = args.work / f"proxy-tune-{variant}.json"
        if path.is_file():
            fr = json.loads(path.read_text())["free_running"]
            lit = [v["literal_recall"] for v in fr.values() if v.get("literal_recall") is not None]
            scores[variant] = sum(lit) / len(lit) if lit else 0.0
    names = args.variants.split(",")
    if not scores and len(names) == 1:  # one variant tuned without its proxy (TUNE_PROXY=0): nothing to compare
        scores = {names[0]: None}
    elif not scores:
        raise RuntimeError("no proxy results to choose from")
    winner = max(sorted(scores), key=lambda v: scores[v] or 0.0)
    (args.work / "winner.json").write_text(json.dumps({"variant": winner, "literal_recall": scores}))
    return {"variant": winner, "literal_recall": scores}


@phase("final")
def final_phase(args):
    winner = json.loads((args.work / "winner.json").read_text())["variant"]
    with_adapter = _proxy(args, _served_base(args, winner), str(args.work / "adapter"), "final-adapter")
    # the base alone on the same cases is proxy-tune-<winner>: the weights the adapter was trained on
    return {"adapter": with_adapter, "variant": winner}


@phase("compact")
def compact_phase(args):
    """The chosen base in int8, and what that costs: validation loss and greedy agreement against bf16."""
    import torch
    from transformers import AutoTokenizer

    from pytest_mambagen.model.compact import load_compact, save_compact
    from pytest_mambagen.training.loop import _LossModule, evaluate_loss

    winner = json.loads((args.work / "winner.json").read_text())["variant"]
    src = args.work / f"tune-{winner}"
    from pytest_mambagen.model.compact import load_base_model

    tokenizer = AutoTokenizer.from_pretrained(str(src))
    full = load_base_model(str(src), dtype=torch.float32)
    out = args.work / "base-compact"
    save_compact(full, tokenizer, out)
    for name in ("mambagen.json", "training-log.json", "chat_template.jinja"):
        if (src / name).is_file():
            (out / name).write_bytes((src / name).read_bytes())
    small = load_compact(out)
    device = torch.device("cpu" if args.dry_run else "cuda")
    rows = _chat_rows(args.work / "val-corpus.jsonl", tokenizer, args.seq_len)[0] + \
        _chat_rows(args.work / "val-synth.jsonl", tokenizer, args.seq_len)[0][:64]
    losses = {}
    for label, model in (("bf16", full), ("int8", small)):
        model.to(device)
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=not args.dry_run):
            losses[label] = evaluate_loss(_LossModule(model, False, 64), rows, args.batch_rows,
                                          tokenizer.pad_token_id or 0, device)
    meta = json.loads((out / "mambagen.json").read_text())
    meta["compact"] = {"format": "mambagen-int8-g128/1", "val_loss_bf16": losses["bf16"],
                       "val_loss_int8": losses["int8"]}
    from pytest_mambagen.training.pretrain import weights_sha256

    meta["weights_sha256"] = weights_sha256(out)
    (out / "mambagen.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    size = sum(p.stat().st_size for p in out.glob("*.safetensors"))
    return {"bytes": size, **meta["compact"]}


# -------------------------------------------------------------------------------------------- packing

def pack(args, names: list[str], tag: str) -> None:
    """tar the deliverables and split them into pieces the device tool can return."""
    args.out.mkdir(parents=True, exist_ok=True)
    present = [n for n in dict.fromkeys(names) if (args.work / n).exists()]
    if not present:
        return
    tar = args.work / f"{tag}.tar"
    subprocess.run(["tar", "cf", str(tar), "-C", str(args.work), *present], check=True)
    subprocess.run(["split", "-b", "15M", "-d", str(tar), str(args.out / f"{tag}.tar.")], check=True)
    say(f"packed {present} into {sorted(p.name for p in args.out.glob(tag + '.tar.*'))}")


DELIVER = {"data": [], "pretrain": [], "tune": [], "proxy": ["gen-tune-{v}.jsonl", "proxy-tune-{v}.json"],
           "choose": ["winner.json"], "lora": ["adapter"],
           "final": ["gen-final-adapter.jsonl", "proxy-final-adapter.json"],
           "compact": ["base-compact"]}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--phases", default="data")
    p.add_argument("--variant", default="", help="A (no per-step comments) or B (comments): tune and proxy")
    p.add_argument("--variants", default="A,B", help="the variants 'choose' compares")
    p.add_argument("--work", type=Path, default=Path("/tmp/mambagen-train"))
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--pack", default="", help="tag of a tar of this run's deliverables (empty: none)")
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--n-train", type=int, default=30000)
    p.add_argument("--train-offset", type=int, default=0,
                   help="first train index: a run tuning an already tuned base draws samples it never saw")
    p.add_argument("--n-test", type=int, default=400)
    p.add_argument("--n-val", type=int, default=200)
    p.add_argument("--corpus-variants", type=int, default=12)
    p.add_argument("--corpus-offset", type=int, default=0, help="index of the first renamed variant (as --train-offset)")
    p.add_argument("--dev-synth", type=int, default=40)
    p.add_argument("--workers", type=int, default=max(1, (os.cpu_count() or 2) - 1))
    p.add_argument("--python-dirs", nargs="*", default=[])
    p.add_argument("--python-mb", type=int, default=40)  # 240 s at ~144k tok/s uses ~35M tokens in all
    p.add_argument("--from-scratch", action="store_true")
    p.add_argument("--shape", default=None, help="JSON shape overrides for --from-scratch (dry runs: a tiny model)")
    p.add_argument("--context", type=int, default=6144, help="the model's window (prompt + answer)")
    p.add_argument("--seq-len", type=int, default=8192)
    p.add_argument("--batch-rows", type=int, default=8)
    p.add_argument("--warmup", type=int, default=60)
    p.add_argument("--log-every", type=int, default=25)
    p.add_argument("--eval-every", type=int, default=150)
    p.add_argument("--pretrain-seconds", type=float, default=420)
    p.add_argument("--pretrain-epochs", type=float, default=3.0)
    p.add_argument("--pretrain-lr", type=float, default=1e-3)
    p.add_argument("--tune-seconds", type=float, default=300)
    p.add_argument("--tune-epochs", type=float, default=3.0)
    p.add_argument("--tune-lr", type=float, default=5e-4)
    p.add_argument("--tune-warmup", type=int, default=30)
    p.add_argument("--lora-seconds", type=float, default=150)
    p.add_argument("--lora-epochs", type=float, default=2.0)
    p.add_argument("--lora-lr", type=float, default=1e-3)
    p.add_argument("--lora-r", type=int, default=16)
    p.add_argument("--gen-batch", type=int, default=48)
    p.add_argument("--max-new-tokens", type=int, default=1024)
    p.add_argument("--dry-run", action="store_true", help="tiny settings on a CPU, to check the script")
    args = p.parse_args()
    args.phases = [x.strip() for x in args.phases.split(",") if x.strip()]
    runs = {"data": data, "pretrain": pretrain_phase, "tune": tune_phase, "proxy": proxy_phase,
            "choose": choose_phase, "lora": lora_phase, "final": final_phase, "compact": compact_phase}
    names: list[str] = []
    tag = "-".join(args.phases) + (f"-{args.variant}" if args.variant else "")
    try:
        for name in args.phases:
            runs[name](args)
            names += [n.format(v=args.variant) for n in DELIVER[name]]
    finally:
        LOG["elapsed_s"] = round(time.time() - START, 1)
        try:
            import torch

            LOG["device"] = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu"
            LOG["torch"] = torch.__version__
        except Exception:
            pass
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"log-{tag}.json").write_text(json.dumps(LOG, indent=1, default=str))
        if args.pack:
            pack(args, names, args.pack)


if __name__ == "__main__":
    main()
