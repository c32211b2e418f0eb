"""The harness's shared vocabulary: environment names, defaults, and small helpers.

Every other module of :mod:`pytest_mambagen.harness` imports from here and from
nowhere else in the package, so the modules stay independent of each other's
insides. Standard library only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections import OrderedDict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..atomic import atomic_write
from ..errors import HarnessError

ENV_ESBUILD = "MAMBAGEN_ESBUILD"
ENV_NODE_MODULES = "MAMBAGEN_NODE_MODULES"
ENV_BROWSER = "MAMBAGEN_BROWSER"
ENV_OVERRIDE = "MAMBAGEN_MOUNT_OVERRIDE"
ENV_CACHE_DIR = "MAMBAGEN_CACHE_DIR"
ENV_ACTION_TIMEOUT = "MAMBAGEN_ACTION_TIMEOUT_MS"
ENV_EXPECT_TIMEOUT = "MAMBAGEN_EXPECT_TIMEOUT_MS"
ENV_LAUNCH_TIMEOUT = "MAMBAGEN_LAUNCH_TIMEOUT_S"
ENV_ISOLATION = "MAMBAGEN_ISOLATION"
ENV_TEST_TIMEOUT = "MAMBAGEN_TEST_TIMEOUT_S"
#: "context": a fresh browser context per test (the default, full isolation);
#: "page": one context and page reused by every test, storage and cookies cleared
#: before each mount: ~3x cheaper per test, for bulk verification of samples that
#: follow the test idiom (no init scripts, routes or page-level handlers).
ISOLATIONS = ("context", "page")

DEBIAN_CHROMIUM = "/usr/bin/chromium"
#: Launch flags that work on a machine with no network and no GPU.
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
ACTION_TIMEOUT_MS = 5_000
EXPECT_TIMEOUT_MS = 3_000
LAUNCH_TIMEOUT_S = 30.0
#: Most seconds a test that uses ``mount`` may run (setup and call); a generated test must not hang CI.
TEST_TIMEOUT_S = 60.0
#: Where no alarm can interrupt the test, the process is stopped this much later than the limit.
HARD_STOP_GRACE_S = 30.0
ESBUILD_TIMEOUT_S = 60.0
MEMORY_CACHE_BYTES = 192 * 1024 * 1024


class _LRU(OrderedDict):
    """A dict that forgets its least recently used entries past ``max_items`` / ``max_bytes``."""

    def __init__(self, max_items: int, max_bytes: int | None = None, size: Callable[[Any], int] = len) -> None:
        super().__init__()
        self.max_items = max_items
        self.max_bytes = max_bytes
        self._size = size
        self.bytes = 0

    def get(self, key: Any, default: Any = None) -> Any:
        if key in self:
            self.move_to_end(key)
            return super().__getitem__(key)
        return default

    def __setitem__(self, key: Any, value: Any) -> None:
        if key in self:
            self.bytes -= self._size(super().__getitem__(key))
        super().__setitem__(key, value)
        self.move_to_end(key)
        self.bytes += self._size(value)
        while len(self) > 1 and (len(self) > self.max_items or
                                 (self.max_bytes is not None and self.bytes > self.max_bytes)):
            _, old = self.popitem(last=False)
            self.bytes -= self._size(old)


def _sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _sha256_file(path: Path) -> str | None:
    try:
        return _sha256_bytes(path.read_bytes())
    except OSError:
        return None


def _bundle_size(bundle: Any) -> int:
    return len(bundle.js) + len(bundle.css)


def _atomic_write(path: Path, data: bytes) -> None:
    # a unique temp name in the same folder: two processes sharing a disk cache never
    # write into each other's half-written file; a cache needs no fsync
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data, fsync=False)


def parse_overrides(text: str | None, *, source: str = ENV_OVERRIDE) -> dict[str, str]:
    """Parse an override map (JSON object ``{original: replacement}``) into absolute paths."""
    if not text or not text.strip():
        return {}
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise HarnessError(f"{source} must be a JSON object of paths, got invalid JSON: {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise HarnessError(f"{source} must be a JSON object mapping an original screen to its replacement")
    return normalize_overrides(data)


def normalize_overrides(overrides: Mapping[str, str | os.PathLike] | None) -> dict[str, str]:
    """Make every path of an override map absolute and resolved."""
    if not overrides:
        return {}
    return {str(Path(k).resolve()): str(Path(v).resolve()) for k, v in overrides.items()}


def _timeout(value: float | None, env_value: str | None, default: float, name: str) -> float:
    if value is not None:
        return float(value)
    if env_value:
        try:
            parsed = float(env_value)
        except ValueError:
            raise HarnessError(f"{name} must be a number, got {env_value!r}") from None
        if parsed <= 0:
            raise HarnessError(f"{name} must be positive, got {env_value!r}")
        return parsed
    return float(default)


def _error_text(exc: Any) -> str:
    name = getattr(exc, "name", "") or ""
    message = getattr(exc, "message", None) or str(exc)
    text = f"{name}: {message}" if name and not message.startswith(name) else message
    return _first_lines(text)


def _first_lines(text: str, n: int = 3) -> str:
    lines = [ln for ln in str(text).splitlines() if ln.strip()]
    return " | ".join(lines[:n])


def _config_value(config: Any, name: str) -> str | None:
    """``--mambagen-<name>`` or ini ``mambagen_<name>`` when that option is registered.

    Either may be absent: under ``-p no:mambagen`` the generator's options are not
    registered, and ``mount`` then goes by the environment variables alone.
    """
    dest = "mambagen_" + name.replace("-", "_")
    value = None
    with contextlib.suppress(ValueError, AttributeError):
        value = config.getoption(dest, default=None)
    if not value:
        with contextlib.suppress(ValueError, KeyError, AttributeError):
            value = config.getini(dest)
    if isinstance(value, (list, tuple)):  # an ini key of type "paths" (resolved from the ini's folder)
        value = value[0] if value else None
    return str(value) if value else None
