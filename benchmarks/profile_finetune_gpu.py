"""Where a LoRA training step on the Codestral-Mamba-7B shape spends its time, and what changes it.

Times one optimizer step (forward, backward, AdamW on the adapter) on random tokens for several
settings of the training path (scan chunk, activation recompute, rows per step), in one process, after
warm-up steps that absorb kernel compilation; then profiles one step of the first setting and prints
the CUDA kernels that take the most time. Writes ``--json``.

    python3 benchmarks/profile_finetune_gpu.py --json $OUT/finetune-7b-profile.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (name, scan chunk, recompute activations, rows of --seq-len per step)
SETTINGS = [
    ("chunk 64, recompute, 2 rows (the bench's setting)", 64, True, 2),
    ("chunk 256, recompute, 2 rows", 256, True, 2),
    ("chunk 256, no recompute, 2 rows", 256, False, 2),
    ("chunk 256, recompute, 4 rows", 256, True, 4),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seq-len", type=int, default=4096)
    parser.add_argument("--r", type=int, default=128)
    parser.add_argument("--layers", type=int, default=None, help="fewer layers for a dry run")
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    import torch

    from pytest_mambagen.model.bench import machine, trainable_7b
    from pytest_mambagen.model.forward import causal_lm_loss, scan_path

    cuda = args.device == "cuda"
    torch.backends.cuda.matmul.allow_tf32 = True
    model, shape = trainable_7b(args.device, args.layers, args.r)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=1e-5, fused=cuda)
    vocab = shape.get("vocab_size", 32768)

    def sync():
        if cuda:
            torch.cuda.synchronize()

    def step(chunk, recompute, rows):
        ids = torch.randint(0, vocab, (rows, args.seq_len), device=args.device)
        seq_idx = (torch.arange(args.seq_len, device=args.device) // 1024).to(torch.int32).expand(rows, -1).contiguous()
        with torch.autocast(args.device, dtype=torch.bfloat16, enabled=cuda):
            loss, _ = causal_lm_loss(model, ids, ids.clone(), seq_idx=seq_idx, checkpoint_layers=recompute,
                                     chunk_size=chunk)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)

    results = []
    for name, chunk, recompute, rows in SETTINGS:
        entry = {"setting": name, "scan_chunk": chunk, "recompute": recompute, "rows": rows}
        try:
            if cuda:
                torch.cuda.empty_cache()
                torch.cuda.reset_peak_memory_stats()
            for _ in range(args.warmup):
                step(chunk, recompute, rows)
            sync()
            t = time.perf_counter()
            for _ in range(args.steps):
                step(chunk, recompute, rows)
            sync()
            seconds = (time.perf_counter() - t) / args.steps
            tokens = rows * args.seq_len
            entry.update(s_per_step=seconds, tokens_per_step=tokens, tokens_per_s=tokens / seconds,
                         peak_memory_gb=torch.cuda.max_memory_allocated() / 2**30 if cuda else None,
                         # the paper's epoch: 770 samples of ~1,035 tokens (measured on our generator)
                         epoch_minutes_770x1035=770 * 1035 / (tokens / seconds) / 60)
        except torch.OutOfMemoryError as exc:
            entry["error"] = f"out of memory: {str(exc).splitlines()[0][:160]}"
        print(json.dumps(entry), flush=True)
        results.append(entry)

    profile_rows = []
    if cuda:
        from torch.profiler import ProfilerActivity, profile

        _, chunk, recompute, rows = SETTINGS[0]
        with profile(activities=[ProfilerActivity.CUDA]) as prof:
            step(chunk, recompute, rows)
            sync()
        total = sum(e.self_device_time_total for e in prof.key_averages())
        for e in sorted(prof.key_averages(), key=lambda e: -e.self_device_time_total)[:25]:
            profile_rows.append({"kernel": e.key[:120], "ms": e.self_device_time_total / 1e3,
                                 "share": e.self_device_time_total / total if total else None, "calls": e.count})
        print(prof.key_averages().table(sort_by="self_cuda_time_total", row_limit=25, max_name_column_width=80))
    out = {"machine": machine(), "shape": shape, "lora_r": args.r, "seq_len": args.seq_len,
           "scan": scan_path(torch.device(args.device)), "settings": results, "profile_top_kernels": profile_rows,
           "target_epoch_minutes": 2.0}
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
