"""One training loop for pretraining and LoRA fine-tuning.

Reads top to bottom: build the optimizer over the trainable parameters, then
for each batch: forward (our own Mamba-2 forward, so LoRA on ``out_proj``
trains on every device), backward, clip, step, schedule. Runs through
``accelerate``: one process on CPU or one GPU as is, data parallel over several
GPUs under ``accelerate launch`` with no code change. A wall-clock budget can
end training early (the learning-rate schedule then follows elapsed time), which
is how runs fit a fixed GPU lease.

Checkpoints (``ckpt/step-N``) hold the trainable weights, the optimizer, the
position in the data and the RNG state, so ``resume`` continues exactly.

Validation: with ``val_rows``, the mean loss over them (token-weighted, no
gradient) is computed every ``eval_every`` steps and at the end, logged beside
the training loss; with ``keep_best`` the trainable weights of the lowest
validation loss are kept and restored when training ends (the run's
``best_step`` and ``best_val_loss`` say which), so a long or repeated run
cannot end on an over-fitted step.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch

from ..model.forward import causal_lm_loss
from .packing import Row, batches_per_epoch, epoch_batches


@dataclass
class TrainConfig:
    epochs: float = 1.0
    max_steps: int | None = None
    time_budget_s: float | None = None  # stop (and anneal) by wall clock
    batch_rows: int = 8  # rows per step per process
    lr: float = 1e-3
    min_lr_ratio: float = 0.1
    warmup_steps: int = 50
    weight_decay: float = 0.0
    grad_clip: float = 1.0
    betas: tuple[float, float] = (0.9, 0.95)
    seed: int = 0
    log_every: int = 10
    ckpt_every: int = 0  # steps; 0 = only at the end
    checkpoint_layers: bool = False  # recompute activations in backward (long rows on big models)
    scan_chunk: int = 64  # SSD chunk for training (same result as the model's; less memory and traffic)
    mixed_precision: str = "auto"  # "auto" (bf16 on CUDA), "no", "bf16"
    cpu: bool = False
    eval_every: int = 0  # steps between validation losses (0: only at the end, when val_rows are given)
    keep_best: bool = True  # restore the weights of the lowest validation loss at the end

    def __post_init__(self) -> None:
        if self.batch_rows < 1:
            raise ValueError(f"batch_rows must be >= 1, got {self.batch_rows}")
        if self.lr <= 0:
            raise ValueError(f"lr must be > 0, got {self.lr}")
        if self.epochs <= 0 and not self.max_steps:
            raise ValueError("epochs must be > 0 (or give max_steps)")


@dataclass
class TrainState:
    step: int = 0
    epoch: int = 0
    batch_in_epoch: int = 0
    tokens: int = 0  # loss tokens seen (all processes)
    seconds: float = 0.0
    history: list[dict] = field(default_factory=list)
    val_history: list[dict] = field(default_factory=list)  # {"step", "val_loss", "tokens", "elapsed_s"}
    best_step: int | None = None
    best_val_loss: float | None = None

    def metrics(self) -> dict:
        """What a model folder's ``mambagen.json`` records of its training run."""
        last = next((h for h in reversed(self.history) if "loss" in h), {})
        out = {"steps": self.step, "final_loss": last.get("loss"), "tokens": self.tokens,
               "seconds": round(self.seconds, 1),
               "tokens_per_s": round(self.tokens / self.seconds, 1) if self.seconds else None}
        if self.val_history:
            out.update({"final_val_loss": self.val_history[-1]["val_loss"], "best_val_loss": self.best_val_loss,
                        "best_step": self.best_step, "val_history": self.val_history})
        return out


class _LossModule(torch.nn.Module):
    """Wraps the model so that data-parallel wrappers see a forward call."""

    def __init__(self, model: torch.nn.Module, checkpoint_layers: bool, scan_chunk: int | None):
        super().__init__()
        self.model = model
        self.checkpoint_layers = checkpoint_layers
        self.scan_chunk = scan_chunk

    def forward(self, input_ids, labels, seq_idx):
        loss, _ = causal_lm_loss(self.model, input_ids, labels, seq_idx=seq_idx,
                                 checkpoint_layers=self.checkpoint_layers, chunk_size=self.scan_chunk)
        return loss


def lr_at(progress: float, step: int, cfg: TrainConfig) -> float:
    warm = min(1.0, (step + 1) / max(1, cfg.warmup_steps))
    cosine = 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))
    return cfg.lr * warm * (cfg.min_lr_ratio + (1 - cfg.min_lr_ratio) * cosine)


def train(
    model: torch.nn.Module,
    rows: Sequence[Row],
    cfg: TrainConfig,
    *,
    pad_id: int,
    out_dir: Path | None = None,
    save_fn: Callable[[torch.nn.Module, Path], None] | None = None,
    resume: Path | None = None,
    on_log: Callable[[dict], None] | None = None,
    val_rows: Sequence[Row] | None = None,
) -> TrainState:
    """Train ``model``'s trainable parameters on packed ``rows``; return the final state.

    ``val_rows`` (packed like ``rows``) are scored every ``cfg.eval_every`` steps and at the end.
    """
    from accelerate import Accelerator
    from accelerate.utils import set_seed

    mixed = cfg.mixed_precision
    if mixed == "auto":
        mixed = "bf16" if torch.cuda.is_available() and not cfg.cpu else "no"
    accelerator = Accelerator(mixed_precision=mixed, cpu=cfg.cpu)
    set_seed(cfg.seed)
    params = [p for p in model.parameters() if p.requires_grad]
    if not params:
        raise ValueError("the model has no trainable parameters")
    decay = [p for p in params if p.ndim >= 2]
    no_decay = [p for p in params if p.ndim < 2]
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg.weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
        lr=cfg.lr, betas=cfg.betas, fused=torch.cuda.is_available() and not cfg.cpu,
    )
    module = _LossModule(model, cfg.checkpoint_layers, cfg.scan_chunk)
    module, optimizer = accelerator.prepare(module, optimizer)

    world = accelerator.num_processes
    rank = accelerator.process_index
    per_epoch = batches_per_epoch(rows, cfg.batch_rows * world)
    total_steps = cfg.max_steps or max(1, math.ceil(per_epoch * cfg.epochs))
    state = TrainState()
    if resume is not None:
        state = _load_checkpoint(resume, model, optimizer)
        accelerator.print(f"resumed from {resume} at step {state.step}")

    start = time.perf_counter() - state.seconds
    window_tokens, window_start = 0, time.perf_counter()
    best: dict[str, torch.Tensor] | None = None

    def validate_now() -> None:
        nonlocal best
        if not val_rows:
            return
        t0 = time.perf_counter()
        val = evaluate_loss(module, val_rows, cfg.batch_rows, pad_id, accelerator.device)
        module.train()
        record = {"step": state.step, "val_loss": val, "tokens": state.tokens,
                  "elapsed_s": time.perf_counter() - start, "eval_s": time.perf_counter() - t0}
        state.val_history.append(record)
        if on_log is not None and accelerator.is_main_process:
            on_log(record)
        if state.best_val_loss is None or val < state.best_val_loss:
            state.best_val_loss, state.best_step = val, state.step
            if cfg.keep_best:  # a copy: on the CPU .cpu() would alias the live parameters
                best = {k: v.clone() for k, v in _trainable_state(model).items()}

    module.train()
    while state.step < total_steps:
        batches = epoch_batches(rows, cfg.batch_rows * world, pad_id, seed=cfg.seed, epoch=state.epoch,
                                skip=state.batch_in_epoch)
        for batch in batches:
            if state.step >= total_steps:
                break
            elapsed = time.perf_counter() - start
            if cfg.time_budget_s is not None and elapsed >= cfg.time_budget_s:
                total_steps = state.step  # out of time: stop here
                break
            progress = state.step / total_steps
            if cfg.time_budget_s:
                progress = max(progress, elapsed / cfg.time_budget_s)
            lr = lr_at(progress, state.step, cfg)
            for group in optimizer.param_groups:
                group["lr"] = lr
            # Each process takes its slice of the global batch.
            per = cfg.batch_rows
            mine = slice(rank * per, (rank + 1) * per)
            local = type(batch)(batch.input_ids[mine], batch.labels[mine], batch.seq_idx[mine])
            if local.input_ids.shape[0] == 0:
                local = type(batch)(batch.input_ids[:1], batch.labels[:1] * 0 - 100, batch.seq_idx[:1])
            local = local.to(accelerator.device)
            loss = module(local.input_ids, local.labels, local.seq_idx)
            accelerator.backward(loss)
            if cfg.grad_clip:
                accelerator.clip_grad_norm_(params, cfg.grad_clip)
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            state.step += 1
            state.batch_in_epoch += 1
            tokens = batch.loss_tokens
            state.tokens += tokens
            window_tokens += tokens
            if state.step % cfg.log_every == 0 or state.step == total_steps:
                now = time.perf_counter()
                record = {"step": state.step, "epoch": state.epoch, "loss": float(loss.detach()), "lr": lr,
                          "tokens": state.tokens, "tok_per_s": window_tokens / max(1e-9, now - window_start),
                          "elapsed_s": now - start}
                state.history.append(record)
                window_tokens, window_start = 0, now
                if on_log is not None and accelerator.is_main_process:
                    on_log(record)
            if cfg.eval_every and state.step % cfg.eval_every == 0:
                validate_now()
            if cfg.ckpt_every and out_dir is not None and state.step % cfg.ckpt_every == 0:
                state.seconds = time.perf_counter() - start
                _save_checkpoint(out_dir / "ckpt" / f"step-{state.step}", accelerator, model, optimizer, state,
                                 save_fn)
        else:
            state.epoch += 1
            state.batch_in_epoch = 0
            continue
        break
    if val_rows and (not state.val_history or state.val_history[-1]["step"] != state.step):
        validate_now()
    if best is not None and state.best_step != state.step:
        model.load_state_dict({k: v.to(accelerator.device) for k, v in best.items()}, strict=False)
        accelerator.print(f"restored the weights of step {state.best_step} (validation loss "
                          f"{state.best_val_loss:.4f}, the lowest)")
    state.seconds = time.perf_counter() - start
    accelerator.wait_for_everyone()
    if out_dir is not None and cfg.ckpt_every:
        _save_checkpoint(out_dir / "ckpt" / f"step-{state.step}", accelerator, model, optimizer, state, save_fn)
    return state


@torch.no_grad()
def evaluate_loss(module: torch.nn.Module, rows: Sequence[Row], batch_rows: int, pad_id: int, device) -> float:
    """Token-weighted mean loss of ``module`` (a :class:`_LossModule` or a prepared wrapper) over ``rows``."""
    from .packing import collate

    module.eval()
    total, count = 0.0, 0
    for start in range(0, len(rows), batch_rows):
        batch = collate(rows[start:start + batch_rows], pad_id).to(device)
        tokens = int((batch.labels[:, 1:] != -100).sum())
        if tokens == 0:
            continue
        loss = module(batch.input_ids, batch.labels, batch.seq_idx)  # the prepared forward: same precision
        total += float(loss) * tokens
        count += tokens
    return total / max(1, count)


def _trainable_state(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    names = {n for n, p in model.named_parameters() if p.requires_grad}
    return {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items() if k in names}


def _save_checkpoint(folder: Path, accelerator, model, optimizer, state: TrainState, save_fn) -> None:
    if not accelerator.is_main_process:
        return
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    save_file(_trainable_state(model), str(folder / "trainable.safetensors"))
    torch.save(optimizer.state_dict(), folder / "optimizer.pt")
    rng = {"torch": torch.get_rng_state().tolist()}
    meta = {k: v for k, v in asdict(state).items() if k != "history"}
    (folder / "state.json").write_text(json.dumps({"state": meta, "rng": rng}))
    if save_fn is not None:
        save_fn(model, folder / "model")
    latest = folder.parent / "latest"
    latest.write_text(folder.name)


def latest_checkpoint(out_dir: Path) -> Path | None:
    marker = out_dir / "ckpt" / "latest"
    if marker.is_file():
        folder = out_dir / "ckpt" / marker.read_text().strip()
        if folder.is_dir():
            return folder
    return None


def _load_checkpoint(folder: Path, model, optimizer) -> TrainState:
    from safetensors.torch import load_file

    weights = load_file(str(folder / "trainable.safetensors"))
    missing = set(weights) - set(model.state_dict())
    if missing:
        raise ValueError(f"checkpoint {folder} does not fit this model (e.g. {sorted(missing)[0]})")
    model.load_state_dict(weights, strict=False)
    # Our own checkpoint, written by _save_checkpoint: optimizer tensors only.
    optimizer.load_state_dict(torch.load(folder / "optimizer.pt", weights_only=True))
    data = json.loads((folder / "state.json").read_text())
    torch.set_rng_state(torch.tensor(data["rng"]["torch"], dtype=torch.uint8))
    meta = data["state"]
    return TrainState(step=meta["step"], epoch=meta["epoch"], batch_in_epoch=meta["batch_in_epoch"],
                      tokens=meta["tokens"], seconds=meta["seconds"])


def world_info() -> dict:
    return {"world_size": int(os.environ.get("WORLD_SIZE", "1")), "rank": int(os.environ.get("RANK", "0"))}


def is_main_process() -> bool:
    """True in a single process and on rank 0 under ``accelerate launch`` / torchrun."""
    return world_info()["rank"] == 0
