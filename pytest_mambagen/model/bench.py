"""``mambagen bench``: generation speed, reference and fast paths side by side, in one run.

CPU: the embedded model (or ``--model``) with transformers' ``generate`` (the
reference), our fast decoder in float32, and with bfloat16 projections where the
CPU has bf16 instructions. GPU (when CUDA is present): the Codestral-Mamba-7B
shape with random weights in bfloat16 and a LoRA adapter (r=128, in_proj +
out_proj) applied at its scale, transformers' ``generate`` against our
compiled, CUDA-graphed step, beside the weights-read bound measured on the same
card. Every number is measured in the run that prints it; ratios compare paths
of the same run. ``--json`` writes everything with the machine it ran on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path
from typing import Any

CODESTRAL_SHAPE = {
    "vocab_size": 32768, "hidden_size": 4096, "num_hidden_layers": 64, "state_size": 128, "expand": 2,
    "head_dim": 64, "num_heads": 128, "n_groups": 8, "conv_kernel": 4, "chunk_size": 256,
    "tie_word_embeddings": False, "residual_in_fp32": True,
}
#: Measured by the issue's author on one H200 (mamba_ssm 2.3.2, generate(cg=True)); shown only
#: when mamba-ssm cannot be imported here, and labelled as recorded, not measured.
RECORDED_MAMBA_SSM = {1: 126.5, 8: 836.0, 64: 3463.0}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure generation speed: reference and fast paths",
                       description=__doc__.splitlines()[0])
    p.add_argument("--model", default=None, help="model for the CPU section (default: the embedded model)")
    p.add_argument("--adapter", default=None, help="adapter for the CPU section (default: the embedded one)")
    p.add_argument("--prompt-tokens", type=int, default=None, help="prompt length (CPU 512, GPU 1024)")
    p.add_argument("--new-tokens", type=int, default=128)
    p.add_argument("--cpu-batches", default="1,4")
    p.add_argument("--gpu-batches", default="1,8,64")
    p.add_argument("--skip-cpu", action="store_true")
    p.add_argument("--skip-gpu", action="store_true")
    p.add_argument("--gpu-layers", type=int, default=None, help="fewer layers for a quick GPU check")
    p.add_argument("--skip-reference", action="store_true", help="GPU: time only the fast paths")
    p.add_argument("--variants", default="plain,fused,compiled,static",
                   help="GPU fast variants to time: plain, fused, compiled, static (compiled for each batch size)")
    p.add_argument("--json", type=Path, default=None, help="write the results here")
    p.set_defaults(func=run)


def machine() -> dict[str, Any]:
    import torch

    info = {"platform": platform.platform(), "python": platform.python_version(), "torch": torch.__version__,
            "cpus": os.cpu_count(), "threads": torch.get_num_threads()}
    try:
        with open("/proc/cpuinfo") as fh:
            info["cpu"] = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), "")
    except OSError:
        pass
    if torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name(0)
        info["gpu_memory_gb"] = round(torch.cuda.get_device_properties(0).total_memory / 2**30, 1)
    import transformers

    info["transformers"] = transformers.__version__
    return info


def _sync(device: str) -> None:
    import torch

    if device.startswith("cuda"):
        torch.cuda.synchronize()


def copy_bandwidth(device: str, gib: float = 1.0) -> float:
    """Bytes per second read + written by a large device copy (the practical memory ceiling)."""
    import torch

    n = int(gib * 2**30) // 4
    src = torch.randn(n, device=device)
    dst = torch.empty_like(src)
    for _ in range(3):
        dst.copy_(src)
    _sync(device)
    start = time.perf_counter()
    reps = 10 if device.startswith("cuda") else 3
    for _ in range(reps):
        dst.copy_(src)
    _sync(device)
    return 2 * src.numel() * 4 * reps / (time.perf_counter() - start)


def _prompts(batch: int, length: int, vocab: int, seed: int = 0) -> list[list[int]]:
    import torch

    g = torch.Generator().manual_seed(seed)
    return [torch.randint(10, vocab - 1, (length,), generator=g).tolist() for _ in range(batch)]


def time_path(fn, prompts, new_tokens: int, device: str) -> dict[str, Any]:
    """Run ``fn(prompts, params)`` once to warm up, then time one full generation."""
    from .decode import SamplingParams

    params = SamplingParams(max_new_tokens=new_tokens)
    fn(prompts, SamplingParams(max_new_tokens=4))
    _sync(device)
    start = time.perf_counter()
    results = fn(prompts, params)
    _sync(device)
    seconds = time.perf_counter() - start
    tokens = sum(len(r.tokens) for r in results)
    return {"tok_per_s": tokens / seconds, "seconds": seconds, "tokens": tokens,
            "outputs": [r.tokens for r in results]}


def time_decode_only(decoder, prompts, new_tokens: int, device: str) -> dict[str, Any]:
    """Decode throughput with the prefill timed apart (what the fast path's step costs)."""
    import torch

    ids = torch.tensor(prompts, device=device)
    logits, state = decoder.prefill(ids)
    step = decoder._graph_step if decoder.cuda_graph else decoder._step
    token = logits.argmax(-1)
    for _ in range(3):
        token = step(token, state).argmax(-1)
    _sync(device)
    start = time.perf_counter()
    for _ in range(new_tokens):
        token = step(token, state).argmax(-1)
    _sync(device)
    seconds = time.perf_counter() - start
    return {"tok_per_s": len(prompts) * new_tokens / seconds, "ms_per_step": 1000 * seconds / new_tokens}


def bench_cpu(args) -> dict[str, Any]:
    import torch

    from . import cpu_kernel
    from .decode import FastDecoder
    from .loading import cpu_supports_bf16, load, resolve_adapter, resolve_base
    from .reference import reference_generate

    base = resolve_base(args.model)
    adapter = resolve_adapter(args.adapter, base, Path.cwd())
    loaded = load(base, adapter, "cpu")
    model = loaded.model
    lm = model.get_base_model() if hasattr(model, "get_base_model") else model
    params = sum(p.numel() for p in lm.parameters())
    vocab = lm.config.vocab_size
    length = args.prompt_tokens or 512
    bw = copy_bandwidth("cpu", 0.5)
    weight_bytes_fp32 = params * 4
    out: dict[str, Any] = {"model": base.id, "adapter": adapter.name if adapter else None, "parameters": params,
                           "prompt_tokens": length, "new_tokens": args.new_tokens,
                           "copy_bandwidth_gb_s": bw / 1e9, "paths": {}}
    # Batch-1 decode reads every weight once per token: that is the bound. The copy rate counts
    # bytes read plus bytes written, i.e. what the memory moves in total, which a read-only
    # stream of weights can also reach.
    out["bound_batch1_tok_per_s"] = {"float32": bw / weight_bytes_fp32, "bfloat16": bw / (params * 2)}
    decoders = {"fast float32 (PyTorch step)": FastDecoder(model, compute_dtype=torch.float32, step_kind="ring")}
    if cpu_kernel.library() is not None:
        decoders["fast float32 (native C step, the default)"] = FastDecoder(model, compute_dtype=torch.float32,
                                                                           step_kind="native")
    if cpu_supports_bf16():
        decoders["fast bf16 projections"] = FastDecoder(model, compute_dtype=torch.bfloat16)
    paths = {"reference (transformers generate)": lambda p, s: reference_generate(model, p, s),
             **{name: decoder.generate for name, decoder in decoders.items()}}
    for batch in [int(b) for b in args.cpu_batches.split(",")]:
        prompts = _prompts(batch, length, vocab)
        row = {}
        for name, fn in paths.items():
            row[name] = time_path(fn, prompts, args.new_tokens, "cpu")
            if name in decoders:  # the step alone, prefill timed apart
                row[name]["decode_only"] = time_decode_only(decoders[name], prompts, args.new_tokens, "cpu")
        ref_out = row["reference (transformers generate)"].pop("outputs")
        for name in row:
            outputs = row[name].pop("outputs", ref_out)
            same = sum(a == b for x, y in zip(outputs, ref_out, strict=True) for a, b in zip(x, y, strict=False))
            row[name]["agreement_with_reference"] = same / max(1, sum(len(x) for x in ref_out))
            row[name]["ratio_vs_reference"] = row[name]["tok_per_s"] / row["reference (transformers generate)"]["tok_per_s"]
        out["paths"][f"batch {batch}"] = row
    return out


def random_7b(layers: int | None = None, lora_r: int = 128, lora_scale: float = 0.5):
    """The Codestral-Mamba-7B shape with random bf16 weights and a random LoRA adapter on GPU."""
    import torch
    from transformers import Mamba2Config, Mamba2ForCausalLM

    from .lora import add_lora, lora_config, set_lora_scale

    shape = dict(CODESTRAL_SHAPE)
    if layers:
        shape["num_hidden_layers"] = layers
    torch.manual_seed(0)
    with torch.device("cuda"):
        model = Mamba2ForCausalLM(Mamba2Config(**shape)).to(torch.bfloat16).eval()
    peft_model = add_lora(model, lora_config(r=lora_r))
    for name, p in peft_model.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(p, std=1e-3)
    peft_model.to(torch.bfloat16).eval()
    set_lora_scale(peft_model, lora_scale)
    return peft_model


def trainable_7b(device: str, layers: int | None = None, lora_r: int = 128):
    """The Codestral-Mamba-7B shape (random weights, bf16 on CUDA) with a fresh LoRA to train in float32.

    Returns ``(peft_model, shape)``; only the LoRA weights require gradients.
    """
    import torch
    from transformers import Mamba2Config, Mamba2ForCausalLM

    from .lora import add_lora, lora_config

    shape = dict(CODESTRAL_SHAPE)
    if layers:
        shape["num_hidden_layers"] = layers
    torch.manual_seed(0)
    with torch.device(device):
        model = Mamba2ForCausalLM(Mamba2Config(**shape)).to(torch.bfloat16 if device == "cuda" else torch.float32)
    for p in model.parameters():
        p.requires_grad_(False)
    model = add_lora(model, lora_config(r=lora_r))
    for p in model.parameters():
        if p.requires_grad:
            p.data = p.data.float()
    return model, shape


def bench_gpu(args) -> dict[str, Any]:
    import torch

    from .decode import FastDecoder
    from .forward import scan_path
    from .reference import reference_generate

    device = "cuda"
    model = random_7b(args.gpu_layers)
    lm = model.get_base_model()
    params = sum(p.numel() for n, p in lm.named_parameters() if "lora_" not in n)
    weight_bytes = params * 2
    bw = copy_bandwidth(device, 4.0)
    length = args.prompt_tokens or 1024
    out: dict[str, Any] = {"shape": CODESTRAL_SHAPE | ({"num_hidden_layers": args.gpu_layers} if args.gpu_layers else {}),
                           "parameters": params, "weights_gb": weight_bytes / 1e9, "lora": "r=128 in_proj+out_proj, scale 0.5",
                           "copy_bandwidth_tb_s": bw / 1e12, "prompt_tokens": length, "new_tokens": args.new_tokens,
                           "bound_batch1_tok_per_s": bw / weight_bytes, "paths": {},
                           "prefill_scan": scan_path(torch.device(device))}
    # Fast variants, each captured in a CUDA graph: the plain step, the step with the fused
    # Triton SSM kernel, and that one compiled (norms, conv and gating fused around it), with
    # dynamic shapes or specialised for each batch size.
    all_variants = {
        "plain": ("fast: graph, plain step", dict(step_kind="shift")),
        "fused": ("fast: graph, fused SSM kernel", dict(step_kind="fused")),
        "compiled": ("fast: graph, fused kernel + compiled step", dict(step_kind="fused", compile_step=True)),
        "static": ("fast: graph, fused kernel + compiled step, static shapes",
                   dict(step_kind="fused", compile_step=True, compile_dynamic=False)),
    }
    wanted = {w.strip() for w in args.variants.split(",")}
    variants = dict(v for key, v in all_variants.items() if key in wanted)
    decoders = {}
    for name, kw in variants.items():
        try:
            decoders[name] = FastDecoder(model, compute_dtype=torch.bfloat16, state_dtype=torch.bfloat16,
                                         cuda_graph=True, prefill_chunk=64, **kw)
        except Exception as exc:
            decoders[name] = exc
    for batch in [int(b) for b in args.gpu_batches.split(",")]:
        prompts = _prompts(batch, length, lm.config.vocab_size)
        row: dict[str, Any] = {}
        ref = {"tok_per_s": None}
        if not args.skip_reference:
            try:
                with model.disable_adapter():
                    ref = time_path(lambda p, s: reference_generate(model, p, s), prompts, args.new_tokens, device)
                ref.pop("outputs")
            except torch.OutOfMemoryError as exc:  # transformers' torch prefill materialises (b, L, L, h, n)
                ref = {"tok_per_s": None, "error": f"out of memory: {str(exc).splitlines()[0][:160]}"}
            torch.cuda.empty_cache()
        row["transformers generate"] = ref
        try:
            row.update(_mamba_ssm_path(lm, prompts, args.new_tokens))
        except Exception as exc:  # report why the path is missing
            row["mamba_ssm generate(cg=True)"] = {"recorded_tok_per_s": RECORDED_MAMBA_SSM.get(batch),
                                                  "note": f"not measured here: {type(exc).__name__}: {exc}"[:200]}
        for name, decoder in decoders.items():
            if isinstance(decoder, Exception):
                row[name] = {"error": f"{type(decoder).__name__}: {decoder}"[:300]}
                continue
            start = time.perf_counter()
            try:
                decode = time_decode_only(decoder, prompts, args.new_tokens, device)
            except Exception as exc:
                row[name] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
                torch.cuda.empty_cache()
                continue
            decode["first_call_s_incl_compile_and_capture"] = time.perf_counter() - start
            row[name] = decode
        for _name, value in row.items():
            if value.get("tok_per_s"):
                if ref.get("tok_per_s"):
                    value["ratio_vs_transformers"] = value["tok_per_s"] / ref["tok_per_s"]
                value["fraction_of_bound"] = value["tok_per_s"] / batch / out["bound_batch1_tok_per_s"]
        out["paths"][f"batch {batch}"] = row
        torch.cuda.empty_cache()
        if args.json:  # keep what was measured even if a later batch fails
            args.json.write_text(json.dumps({"gpu": out}, indent=2, default=str) + "\n")
    out["peak_memory_gb"] = torch.cuda.max_memory_allocated() / 2**30
    return out


def _mamba_ssm_path(lm, prompts, new_tokens):
    from mamba_ssm.models.mixer_seq_simple import MambaLMHeadModel  # noqa: F401 - probe only

    raise RuntimeError("mamba_ssm is importable but converting this checkpoint is not implemented")


def print_table(results: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    for section in ("cpu", "gpu"):
        data = results.get(section)
        if not data:
            continue
        table = Table(title=f"{section.upper()}: {results['machine'].get('gpu' if section == 'gpu' else 'cpu', '')}")
        table.add_column("batch")
        table.add_column("path")
        table.add_column("tok/s", justify="right")
        table.add_column("ratio", justify="right")
        table.add_column("of bound", justify="right")
        table.add_column("decode-only tok/s", justify="right")
        for batch, row in data["paths"].items():
            for name, value in row.items():
                tok = value.get("tok_per_s") or value.get("recorded_tok_per_s")
                tag = "" if "tok_per_s" in value else " (recorded)"
                ratio = value.get("ratio_vs_reference", value.get("ratio_vs_transformers"))
                decode = value.get("decode_only", {}).get("tok_per_s")
                table.add_row(batch, name + tag, f"{tok:,.1f}" if tok else "-",
                              f"{ratio:.2f}x" if ratio else "", f"{value['fraction_of_bound']:.0%}"
                              if "fraction_of_bound" in value else "", f"{decode:,.1f}" if decode else "")
                if value.get("error"):
                    console.print(f"  {batch} {name}: {value['error']}")
        console.print(table)
        bound = data["bound_batch1_tok_per_s"]
        console.print(f"batch-1 bound (weights read once per token at the measured copy bandwidth): {bound}")


def run(args: argparse.Namespace) -> int:
    import torch

    results: dict[str, Any] = {"machine": machine(), "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    if not args.skip_cpu:
        results["cpu"] = bench_cpu(args)
    if not args.skip_gpu and torch.cuda.is_available():
        results["gpu"] = bench_gpu(args)
    print_table(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n")
    return 0
