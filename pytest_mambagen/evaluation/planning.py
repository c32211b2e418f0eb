"""What an evaluation measures: its options, the configurations they give, and each case's candidates.

Configurations: with an adapter, *baseline* is the same weights at LoRA scale
0 (the base model alone, the paper's Table 6 comparison) and *adapter* is the
adapter at ``--lora-scale``; without one (``--adapter none``) there is one
configuration, *base*. Sweeps add one configuration per LoRA scale or
temperature, one candidate per case, after the main ones, so that the main
table fills first.

Candidates are drawn as the plugin draws them (:func:`pytest_mambagen.candidates.plan`):
candidate 1 at ``--temperature`` (greedy by default), the others at that
temperature or, when it is 0, at the resampling temperature, each with its own
seed, here derived from ``--seed`` and the case id.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..candidates import TIME_BUDGET_S, Draw
from ..candidates import plan as plan_candidates
from ..config import LORA_SCALE_RANGE, TEMPERATURE_RANGE
from ..errors import ConfigError

DEFAULT_SCALES = (0.0, 0.5, 1.0, 1.5, 2.0)
DEFAULT_TEMPERATURES = (0.0, 0.25, 0.5, 0.75, 1.0)
SWEEPS = ("lora_scale", "temperature")


@dataclass
class EvalOptions:
    dataset: str
    model: str | None = None
    adapter: str | None = None
    limit: int | None = None
    split: str | None = None
    synth_seed: int = 1
    workers: int = 1
    candidates: int = 5
    ks: tuple[int, ...] = (1, 5)
    temperature: float = 0.0
    lora_scale: float = 1.0
    baseline: bool = True
    sweeps: tuple[str, ...] = ()
    sweep_scales: tuple[float, ...] = DEFAULT_SCALES
    sweep_temperatures: tuple[float, ...] = DEFAULT_TEMPERATURES
    skip_exec: bool = False
    skip_text: bool = False
    max_new_tokens: int = 1024
    batch_size: int = 8
    device: str = "auto"
    grounded: bool = True
    seed: int = 0
    node_modules: str | None = None
    browser: str | None = None
    esbuild: str | None = None
    workdir: str | None = None  # keep the candidate files and worker logs here
    command: str = ""
    verify: bool = True  # the pipeline verifies candidates on their mounted screens, as the plugin does
    time_budget: float = TIME_BUDGET_S
    training_strings: str | None = None  # a training run's train-strings.bin: novel-string recall
    teacher_forced: bool = False  # copy with the reference fed in (a forward pass per case and LoRA scale)

    def __post_init__(self) -> None:
        if self.candidates < 1:
            raise ConfigError(f"--candidates must be at least 1, got {self.candidates}")
        if self.workers < 1:
            raise ConfigError(f"--workers must be at least 1, got {self.workers}")
        if self.ks and max(self.ks) > self.candidates:
            raise ConfigError(f"--k {','.join(map(str, self.ks))} needs --candidates >= {max(self.ks)}, "
                              f"got {self.candidates}")
        for name in self.sweeps:
            if name not in SWEEPS:
                raise ConfigError(f"--sweep takes {' or '.join(s.replace('_', '-') for s in SWEEPS)}, got {name!r}")
        # the plugin's ranges (config.py states them once)
        for name, values, (low, high) in (("temperatures", (self.temperature, *self.sweep_temperatures),
                                           TEMPERATURE_RANGE),
                                          ("LoRA scales", (self.lora_scale, *self.sweep_scales), LORA_SCALE_RANGE)):
            for v in values:
                if not low <= v <= high:
                    raise ConfigError(f"{name} must be between {low:g} and {high:g}, got {v}")


@dataclass
class Config:
    name: str
    lora_scale: float | None  # None: no adapter loaded
    temperature: float
    candidates: int
    sweep: str | None = None
    value: float | None = None
    role: str = "main"  # main | sweep


def plan_configs(options: EvalOptions, *, lang: str, has_adapter: bool) -> tuple[list[Config], list[str]]:
    """The configurations to generate, in order, and the notes the plan adds to the result."""
    n = 1 if lang == "java" else options.candidates
    configs: list[Config] = []
    if has_adapter:
        if options.baseline:
            configs.append(Config("baseline", 0.0, options.temperature, n))
        configs.append(Config("adapter", options.lora_scale, options.temperature, n))
    else:
        configs.append(Config("base", None, options.temperature, n))
    for sweep in options.sweeps:
        if sweep == "lora_scale":
            if not has_adapter:
                raise ConfigError("--sweep lora-scale needs an adapter; this model has none "
                                  "(give --adapter, or drop --adapter none)")
            for v in options.sweep_scales:
                configs.append(Config(f"lora_scale={v:g}", v, options.temperature, 1, sweep, v, "sweep"))
        else:
            for v in options.sweep_temperatures:
                configs.append(Config(f"temperature={v:g}", options.lora_scale if has_adapter else None, v, 1,
                                      sweep, v, "sweep"))
    notes = []
    if lang == "java" and options.candidates > 1:
        notes.append("CONCODE: one candidate per case (pass@k needs execution, which Java methods "
                     "here do not have).")
    return configs, notes


def draws(config: Config, case_id: str, seed: int) -> list[Draw]:
    """A case's candidates under ``config``, in the order the plugin would draw them."""
    return plan_candidates(config.candidates, config.temperature, f"{seed}:{case_id}")


__all__ = ["DEFAULT_SCALES", "DEFAULT_TEMPERATURES", "SWEEPS", "Config", "EvalOptions", "draws", "plan_configs"]
