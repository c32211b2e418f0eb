"""LoRA on Mamba-2's ``in_proj`` and ``out_proj``, through peft.

peft (0.21) refuses ``out_proj`` on mamba models, at injection and at load,
because transformers' fused GPU training kernel bypasses the module there. We
own the forward pass (:mod:`.forward`: every projection is a module call), so the
refusal does not apply to us: :func:`allow_out_proj` lifts it for the duration
of one injection or load, and nowhere else.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import torch

DEFAULT_TARGETS = ("in_proj", "out_proj")


@contextlib.contextmanager
def allow_out_proj() -> Iterator[None]:
    """Let peft wrap ``out_proj`` of a Mamba-2 model while the block runs."""
    from peft.tuners import tuners_utils

    owner = tuners_utils.BaseTuner
    name = "_check_target_module_compatiblity"  # peft's spelling
    original = owner.__dict__.get(name)
    if original is None:  # a peft without the guard: nothing to lift
        yield
        return
    setattr(owner, name, lambda self, peft_config, model, target_name: None)
    try:
        yield
    finally:
        setattr(owner, name, original)


def lora_config(r: int = 16, alpha: int | None = None, dropout: float = 0.0,
                targets: tuple[str, ...] = DEFAULT_TARGETS):
    from peft import LoraConfig

    return LoraConfig(r=r, lora_alpha=alpha if alpha is not None else 2 * r, lora_dropout=dropout,
                      target_modules=list(targets), bias="none", task_type="CAUSAL_LM")


def add_lora(model: torch.nn.Module, config) -> torch.nn.Module:
    """Wrap ``model`` with a fresh LoRA adapter (peft ``PeftModel``)."""
    from peft import get_peft_model

    with allow_out_proj():
        return get_peft_model(model, config)


def load_lora(model: torch.nn.Module, folder: str, adapter_name: str = "default", trainable: bool = False):
    """Load a saved adapter folder onto ``model`` (safetensors only)."""
    from peft import PeftModel

    with allow_out_proj():
        if hasattr(model, "load_adapter") and hasattr(model, "peft_config"):
            model.load_adapter(folder, adapter_name=adapter_name, is_trainable=trainable)
            return model
        return PeftModel.from_pretrained(model, folder, adapter_name=adapter_name, is_trainable=trainable)


def lora_layers(model: torch.nn.Module) -> list[tuple[str, torch.nn.Module]]:
    from peft.tuners.lora import LoraLayer

    return [(name, module) for name, module in model.named_modules() if isinstance(module, LoraLayer)]


def set_lora_scale(model: torch.nn.Module, scale: float) -> None:
    """Scale every active adapter's update to ``scale`` x its trained strength (no reload)."""
    for _, layer in lora_layers(model):
        for adapter in layer.active_adapters:
            if adapter in layer.scaling:
                layer.set_scale(adapter, scale)


def effective_linear(module: torch.nn.Module) -> tuple[torch.Tensor, torch.Tensor | None]:
    """``(weight, bias)`` of a linear layer with its active LoRA updates folded in."""
    from peft.tuners.lora import LoraLayer

    if isinstance(module, LoraLayer):
        base = module.get_base_layer()
        weight = base.weight.detach().clone()
        if not getattr(module, "disable_adapters", False):
            for adapter in module.active_adapters:
                if adapter in module.lora_A:
                    weight += module.get_delta_weight(adapter).to(weight.dtype)
        bias = base.bias.detach() if base.bias is not None else None
        return weight, bias
    return module.weight.detach(), (module.bias.detach() if module.bias is not None else None)
