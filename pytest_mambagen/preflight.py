"""Resolve the backend, model, adapter and device before anything is collected.

A wrong adapter name, a model folder that is not there, or ``--mambagen-device
cuda`` on a machine without CUDA is a usage error: the plugin raises it from
``pytest_configure`` (exit 4, before collection), and ``mambagen generate``
reports it before reading a single manual case, rather than once per case
after the suite ran.

It stays cheap: resolving a local model reads its ``mambagen.json`` (or hashes
the head and tail of its weights), and the CUDA check asks the driver
(``libcuda``) directly, so torch is not imported to find out. Workers are
contacted by their backend, not here.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib.util
import os
from pathlib import Path
from typing import Any

import pytest

from .config import Settings
from .errors import ConfigError


def cuda_device_count() -> int | None:
    """How many CUDA devices the driver shows this process (``CUDA_VISIBLE_DEVICES`` applies); None without a driver."""
    names = ["libcuda.so.1", "libcuda.so", "nvcuda.dll"]
    found = ctypes.util.find_library("cuda")
    if found:
        names.append(found)
    for name in names:
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        try:
            if lib.cuInit(0) != 0:  # a driver without a usable device (or a driver/library mismatch)
                return 0
            count = ctypes.c_int(0)
            if lib.cuDeviceGetCount(ctypes.byref(count)) != 0:
                return 0
        except AttributeError:  # not the CUDA driver after all
            continue
        return count.value
    return None


def check_device(device: str) -> None:
    """Raise :class:`ConfigError` when ``device`` cannot be had here (``auto`` and ``cpu`` always can)."""
    if importlib.util.find_spec("torch") is None:
        raise ConfigError("the local model needs torch, which is not installed",
                          hint="pip install torch, or generate on a worker with --mambagen-worker URL")
    if not device.startswith("cuda"):
        return
    count = cuda_device_count()
    if not count:
        where = "no CUDA driver was found" if count is None else "the CUDA driver shows no device"
        raise ConfigError(f"--mambagen-device {device} asked for CUDA, but {where}",
                          hint="use --mambagen-device cpu (or auto)")
    index = int(device.split(":", 1)[1]) if ":" in device else 0
    if index >= count:
        raise ConfigError(f"--mambagen-device {device} asked for CUDA device {index}, but there are only {count}",
                          hint=f"use cuda:0 to cuda:{count - 1}")


def check_model_path(model: str | None) -> None:
    """A model named like a path whose folder does not exist is a typo, not a hub id: say so now."""
    if not model or model == "embedded":
        return
    path = Path(model).expanduser()
    if path.exists():
        return
    # ``models/mamba`` reads as a hub id (owner/name) too; when ``models`` is a folder here, it is a missing folder.
    if path.parent != Path(".") and path.parent.is_dir():
        raise ConfigError(f"model folder {model} does not exist (its parent {path.parent} does)",
                          hint="fix --mambagen-model (ini mambagen_model), or give a hub id such as owner/name")


def prepare_backend(settings: Settings, *, rootdir: Path, config: pytest.Config | None = None) -> Any:
    """The backend a run will use, resolved now; raises a :class:`~.errors.MambagenError` naming the problem.

    A backend from the ``pytest_mambagen_make_backend`` hook (a conftest or plugin) wins; else
    ``MAMBAGEN_BACKEND``, a worker, or the local model (:func:`.session.make_backend`). Only the
    local model's device and model folder are checked here: another backend owns its own.
    """
    from .session import make_backend

    custom = None
    if config is not None:
        custom = config.hook.pytest_mambagen_make_backend(config=config, settings=settings)
    if custom is not None:
        return custom
    if settings.worker or os.environ.get("MAMBAGEN_BACKEND"):
        return make_backend(settings, rootdir)
    check_model_path(settings.model)
    backend = make_backend(settings, rootdir)
    if settings.mode != "check":  # a check computes fingerprints only: no model runs, no torch needed
        check_device(settings.device)
    return backend
