"""``mambagen train`` (LoRA fine-tuning) and ``mambagen pretrain`` (a base model from scratch)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def _train_options(p: argparse.ArgumentParser, *, lr: float, epochs: float, batch: int) -> None:
    p.add_argument("--epochs", type=float, default=epochs, help=f"passes over the data (default {epochs})")
    p.add_argument("--max-steps", type=int, default=None, help="stop after this many optimizer steps")
    p.add_argument("--time-budget", type=float, default=None, metavar="SECONDS",
                   help="stop after this much wall-clock time (the schedule anneals to it)")
    p.add_argument("--batch-rows", type=int, default=batch, help=f"packed rows per step per process (default {batch})")
    p.add_argument("--seq-len", type=int, default=4096, help="tokens per packed row (default 4096)")
    p.add_argument("--lr", type=float, default=lr, help=f"peak learning rate (default {lr})")
    p.add_argument("--warmup", type=int, default=50, help="warm-up steps (default 50)")
    p.add_argument("--weight-decay", type=float, default=0.0)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--ckpt-every", type=int, default=0, help="save a resumable checkpoint every N steps")
    p.add_argument("--log-every", type=int, default=10, help="print a progress line every N steps")
    p.add_argument("--checkpoint-layers", action="store_true", help="recompute activations (saves memory)")
    p.add_argument("--cpu", action="store_true", help="train on the CPU even if a GPU is present")
    p.add_argument("--eval-every", type=int, default=0,
                   help="steps between validation losses (default: only at the end, with validation data)")
    p.add_argument("--keep-last", action="store_true",
                   help="keep the last weights, not those of the lowest validation loss")


def _train_config(args: argparse.Namespace, **overrides):
    from .loop import TrainConfig

    return TrainConfig(epochs=args.epochs, max_steps=args.max_steps, time_budget_s=args.time_budget,
                       batch_rows=args.batch_rows, lr=args.lr, warmup_steps=args.warmup,
                       weight_decay=args.weight_decay, seed=args.seed, ckpt_every=args.ckpt_every, log_every=args.log_every,
                       checkpoint_layers=args.checkpoint_layers, cpu=args.cpu, eval_every=args.eval_every,
                       keep_best=not args.keep_last, **overrides)


def _printer():
    from rich.console import Console

    console = Console(highlight=False)

    def on_log(record: dict) -> None:
        if "val_loss" in record:
            console.print(f"step {record['step']:>6}  validation loss {record['val_loss']:.4f}  "
                          f"({record['eval_s']:.1f}s)")
            return
        console.print(f"step {record['step']:>6}  loss {record['loss']:.4f}  lr {record['lr']:.2e}  "
                      f"{record['tok_per_s']:>10,.0f} tok/s  {record['elapsed_s']:7.1f}s")

    return on_log


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="fine-tune a LoRA adapter on in_proj and out_proj",
                       description="Fine-tune a LoRA adapter on chat samples (JSONL from `mambagen dataset`). "
                                   "Runs on CPU or GPU; `accelerate launch` spreads it over several GPUs.")
    p.add_argument("--data", type=Path, required=True, help="JSONL with chat messages (mambagen dataset export)")
    p.add_argument("--model", default=None, help="base model folder or hub id (default: the embedded model)")
    p.add_argument("--out", type=Path, required=True, help="adapter folder to write")
    p.add_argument("--split", default="train", help="records of this split only ('all' for every record)")
    p.add_argument("--r", type=int, default=32, help="LoRA rank (default 32)")
    p.add_argument("--alpha", type=int, default=None, help="LoRA alpha (default 2r)")
    p.add_argument("--dropout", type=float, default=0.0)
    p.add_argument("--targets", default="in_proj,out_proj", help="modules to adapt (default in_proj,out_proj)")
    p.add_argument("--resume", action="store_true", help="continue from the latest checkpoint in --out")
    p.add_argument("--val-data", type=Path, default=None,
                   help="held-out chat JSONL: its loss is logged and picks the weights kept")
    p.add_argument("--val-split", default="all", help="records of this split of --val-data ('all': every record)")
    _train_options(p, lr=1e-3, epochs=1.0, batch=8)
    p.set_defaults(func=run_train)

    q = sub.add_parser("pretrain", help="pretrain a small Mamba-2 base model from scratch (GPU)")
    q.add_argument("--tokenizer", type=Path, required=True, help="tokenizer folder (chat template included)")
    q.add_argument("--python", type=Path, action="append", default=[], help="folder of Python sources (repeat)")
    q.add_argument("--python-mb", type=int, default=150, help="most MB of Python read (default 150)")
    q.add_argument("--chat", type=Path, action="append", default=[], help="chat JSONL of synthetic samples (repeat)")
    q.add_argument("--out", type=Path, required=True)
    q.add_argument("--shape", default=None, help='JSON overrides of the model shape, e.g. \'{"num_hidden_layers": 2}\'')
    q.add_argument("--text", type=Path, action="append", default=[], help="another source file to train on (repeat)")
    q.add_argument("--val-chat", type=Path, action="append", default=[],
                   help="held-out chat JSONL: answer loss logged during pretraining (repeat)")
    q.add_argument("--init-from", type=Path, default=None, help="go on from these weights instead of from scratch")
    _train_options(q, lr=2e-3, epochs=1.0, batch=16)
    q.set_defaults(func=run_pretrain)


def run_train(args: argparse.Namespace) -> int:
    from .finetune import LoraSettings, finetune

    settings = LoraSettings(r=args.r, alpha=args.alpha, dropout=args.dropout,
                            targets=tuple(t.strip() for t in args.targets.split(",") if t.strip()),
                            seq_len=args.seq_len, train=_train_config(args))
    meta = finetune(args.model, args.data, args.out, settings, resume=args.resume, on_log=_printer(),
                    split=None if args.split == "all" else args.split, val_data=args.val_data,
                    val_split=None if args.val_split == "all" else args.val_split)
    print(json.dumps({"adapter": str(args.out), **meta["metrics"], "trainable": meta["parameters"]["trainable"]}))
    return 0


def run_pretrain(args: argparse.Namespace) -> int:
    from .pretrain import PretrainData, pretrain

    data = PretrainData(python_dirs=args.python, python_max_bytes=args.python_mb << 20, chat=args.chat,
                        seed=args.seed, val_chat=args.val_chat, texts=args.text)
    shape = json.loads(args.shape) if args.shape else None
    meta = pretrain(args.tokenizer, data, args.out, _train_config(args), seq_len=args.seq_len, shape=shape,
                    on_log=_printer(), init_from=args.init_from)
    print(json.dumps(meta["metrics"]))
    return 0
