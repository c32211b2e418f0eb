"""Generation settings: one dataclass, one option table.

The table :data:`OPTIONS` is the single source for the pytest options (and their
ini twins) registered in ``plugin.py`` and for the ``mambagen generate`` command
line, so the two can never drift apart. Stdlib only: this module is imported when
pytest loads the plugin.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigError

#: Environment variable holding the bearer token for remote workers.
TOKEN_ENV = "MAMBAGEN_TOKEN"

MODES = ("off", "generate", "regenerate", "check")
DEVICES_HELP = "auto (CUDA when present, else CPU), cpu, cuda or cuda:N"
#: Inclusive ranges, the one place they are stated: Settings checks them, and so does the
#: worker's wire schema (``wire.py``), so that a worker accepts what the plugin accepts.
TEMPERATURE_RANGE = (0.0, 5.0)
LORA_SCALE_RANGE = (0.0, 10.0)


@dataclass(frozen=True)
class Option:
    """One setting, exposed as ``--mambagen-<name>`` and ini ``mambagen_<name>``."""

    name: str
    kind: str  # "flag", "toggle" (--x / --no-x, None when neither), "str", "float", "int", "list"
    default: Any
    help: str
    metavar: str | None = None

    @property
    def flag(self) -> str:
        return "--mambagen" if self.name == "" else f"--mambagen-{self.name}"

    @property
    def negative(self) -> str:
        """``--no-mambagen-<name>``, the off switch of a toggle."""
        return "--no-mambagen-" + self.name

    @property
    def dest(self) -> str:
        return "mambagen" if self.name == "" else "mambagen_" + self.name.replace("-", "_")

    @property
    def ini(self) -> str:
        return self.dest

    @property
    def field(self) -> str:
        return self.name.replace("-", "_")


OPTIONS: tuple[Option, ...] = (
    Option("", "flag", False, "generate missing and stale tests from *.manual.txt cases, then run the session"),
    Option("regenerate", "flag", False, "regenerate every generated test whose body nobody edited"),
    Option("check", "flag", False, "generate nothing; fail if a generated test is missing or stale (for CI)"),
    Option("strict", "flag", False,
           "fail the run when a case is rejected or its test is written unverified, not only on errors"),
    Option("verify", "toggle", None,
           "run each candidate on its mounted screen before writing (--no-mambagen-verify: off; "
           "default: on where Chromium and node_modules are found)"),
    Option("time-budget", "float", 60.0, "seconds of verification per case before the furthest candidate is kept",
           "S"),
    Option("model", "str", None, "base model: a local Mamba-2 folder or hub id (default: the embedded model)", "PATH"),
    Option("adapter", "str", None, "LoRA adapter: a folder or a name under adapters/ ('none' for the base alone)", "NAME"),
    Option("temperature", "float", 0.0, "sampling temperature; 0 decodes greedily", "T"),
    Option("lora-scale", "float", 1.0, "scale of the LoRA update (0 = base model, 1 = as trained)", "S"),
    Option("max-new-tokens", "int", 1024, "most tokens generated per candidate", "N"),
    Option("device", "str", "auto", f"where the local model runs: {DEVICES_HELP}", "DEV"),
    Option("worker", "list", (), "generate on a remote worker at URL (repeat to spread cases round-robin)", "URL"),
    Option("candidates", "int", 3, "candidates tried per case before it is reported as rejected", "N"),
    Option("system-prompt", "str", None, "system prompt text, or @FILE to read it from a file", "TEXT"),
    Option("batch-size", "int", 8, "cases generated together in one batch", "N"),
    Option("esbuild", "str", None, "esbuild binary for the mount fixture (default: the project's node_modules)", "PATH"),
    Option("browser", "str", None, "Chromium binary for the mount fixture (default: Playwright's, else /usr/bin/chromium)", "PATH"),
    Option("node-modules", "str", None,
           "node_modules with react, react-dom and esbuild for mount (default: the nearest one above the screen)",
           "PATH"),
    Option("cache-dir", "str", None, "keep the mount fixture's esbuild bundles in this folder between runs", "PATH"),
)


@dataclass
class Settings:
    """Everything that decides what is generated and how.

    Validation lives here (peft style) so that the plugin, the CLI and the worker
    report a bad value the same way, naming the setting.
    """

    mode: str = "off"
    strict: bool = False
    model: str | None = None
    adapter: str | None = None
    temperature: float = 0.0
    lora_scale: float = 1.0
    max_new_tokens: int = 1024
    device: str = "auto"
    worker: tuple[str, ...] = ()
    candidates: int = 3
    system_prompt: str | None = None
    batch_size: int = 8
    esbuild: str | None = None
    browser: str | None = None
    node_modules: str | None = None
    cache_dir: str | None = None
    verify: bool | None = None  # None: on where a browser and node_modules are found
    time_budget: float = 60.0
    grounded_decoding: bool = True
    token_env: str = TOKEN_ENV
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"mode must be one of {', '.join(MODES)}, got {self.mode!r}")
        for name, value, (low, high) in (("temperature", self.temperature, TEMPERATURE_RANGE),
                                         ("lora-scale", self.lora_scale, LORA_SCALE_RANGE)):
            if not low <= value <= high:  # also refuses NaN, which fails every comparison
                raise ConfigError(f"mambagen {name} must be between {low:g} and {high:g}, got {value}")
        if self.max_new_tokens < 16:
            raise ConfigError(f"mambagen max-new-tokens must be at least 16, got {self.max_new_tokens}")
        if self.candidates < 1:
            raise ConfigError(f"mambagen candidates must be at least 1, got {self.candidates}")
        if not self.time_budget > 0:
            raise ConfigError(f"mambagen time-budget must be over 0 seconds, got {self.time_budget}")
        if self.batch_size < 1:
            raise ConfigError(f"mambagen batch-size must be at least 1, got {self.batch_size}")
        dev = self.device
        if not (dev in ("auto", "cpu", "cuda") or (dev.startswith("cuda:") and dev[5:].isdigit())):
            raise ConfigError(f"mambagen device must be {DEVICES_HELP}, got {dev!r}")
        for url in self.worker:
            if not url.startswith(("http://", "https://")):
                raise ConfigError(f"mambagen worker must be an http(s) URL, got {url!r}")
        if self.system_prompt and self.system_prompt.startswith("@"):
            path = self.system_prompt[1:]
            try:
                with open(path, encoding="utf-8") as fh:
                    self.system_prompt = fh.read()
            except OSError as exc:
                raise ConfigError(f"mambagen system-prompt file cannot be read: {exc}", path=path) from exc

    @property
    def decoding(self) -> dict[str, Any]:
        """The settings that change what the model writes (part of the fingerprint)."""
        return {
            "temperature": self.temperature,
            "lora_scale": self.lora_scale,
            "max_new_tokens": self.max_new_tokens,
            "candidates": self.candidates,
            "system_prompt": self.system_prompt,
            "grounded_decoding": self.grounded_decoding,
        }

    def token(self) -> str | None:
        return os.environ.get(self.token_env) or None


def _convert(option: Option, raw: Any) -> Any:
    if raw is None:
        return option.default
    try:
        if option.kind in ("flag", "toggle"):
            if isinstance(raw, bool):
                return raw
            return str(raw).strip().lower() in ("1", "true", "yes", "on")
        if option.kind == "float":
            return float(raw)
        if option.kind == "int":
            return int(raw)
        if option.kind == "list":
            if isinstance(raw, str):
                raw = raw.split()
            return tuple(str(x) for x in raw if str(x).strip())
        return str(raw) if str(raw) != "" else option.default
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{option.flag} (ini {option.ini}) must be a {option.kind}, got {raw!r}") from exc


def settings_from(lookup: Callable[[Option], tuple[Any, Any]], **overrides: Any) -> Settings:
    """Build :class:`Settings` from a lookup returning ``(cli_value, ini_value)`` per option.

    A value given on the command line wins over the ini file, which wins over the default.
    """
    values: dict[str, Any] = {}
    for option in OPTIONS:
        cli, ini = lookup(option)
        # a toggle's False is a choice (--no-mambagen-verify); a flag's False is its absence
        empty = cli is None or (option.kind != "toggle" and (cli is False or cli == [] or cli == ()))
        values[option.field or "generate"] = _convert(option, ini if empty else cli)
    mode = "off"
    if values.pop("generate"):
        mode = "generate"
    if values.pop("regenerate"):
        mode = "regenerate"
    if values.pop("check"):
        if mode != "off":
            raise ConfigError("--mambagen-check generates nothing; do not combine it with --mambagen or --mambagen-regenerate")
        mode = "check"
    values.update(overrides)
    return Settings(mode=mode, **values)


def settings_from_mapping(values: Mapping[str, Any], **overrides: Any) -> Settings:
    """Settings from a plain mapping keyed by option field name (CLI, worker, tests)."""
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = set(values) - known
    if unknown:
        raise ConfigError(f"unknown mambagen setting(s): {', '.join(sorted(unknown))}")
    return Settings(**{**values, **overrides})
