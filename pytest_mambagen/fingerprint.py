"""Fingerprints: same inputs, same model, same settings -> same hex, no model call.

A case's fingerprint covers the manual text, the screen and the local modules it
imports (as :mod:`.imports` finds them for discovery and the inventory alike, so a
component behind a barrel file counts), the base model (id and weights hash), the adapter (name and hash), the
prompt template version and the decoding settings. Hashing model files must not
load them: a recorded ``weights_sha256`` (``mambagen.json``) is used when present,
otherwise a quick hash of names, sizes and the first and last MiB of each file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .prompts import PROMPT_VERSION

_QUICK_SPAN = 1 << 20
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".json", ".model", ".txt")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    return sha256_bytes(text.encode("utf-8"))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def quick_folder_hash(folder: Path) -> str:
    """A cheap, content-sensitive hash of a model folder (no full read of multi-GB weights)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in _WEIGHT_SUFFIXES):
        stat = path.stat()
        digest.update(f"{path.relative_to(folder).as_posix()}\0{stat.st_size}\0".encode())
        with open(path, "rb") as fh:
            digest.update(fh.read(_QUICK_SPAN))
            if stat.st_size > 2 * _QUICK_SPAN:
                fh.seek(-_QUICK_SPAN, 2)
                digest.update(fh.read(_QUICK_SPAN))
    return digest.hexdigest()


def case_fingerprint(
    *,
    manual: str,
    screen: str,
    siblings: Mapping[str, str],
    model: Mapping[str, Any],
    decoding: Mapping[str, Any],
    mount_path: str,
) -> str:
    payload = {
        "v": 1,
        "prompt_version": PROMPT_VERSION,
        "manual": sha256_text(manual),
        "screen": sha256_text(screen),
        "siblings": {k: sha256_text(v) for k, v in sorted(siblings.items())},
        "mount": mount_path,
        "model": dict(model),
        "decoding": dict(decoding),
    }
    return sha256_text(canonical(payload))
