"""The project's repository of LoRA adapters (``adapters/<name>/``).

Each adapter folder holds peft's ``adapter_config.json``, the weights as
``adapter_model.safetensors`` (never pickles) and our ``mambagen.json``: which
base it expects (id and weights sha256), the prompt template version, the data
fingerprint, hyper-parameters, metrics, the date and the sha256 of each file.
Stdlib only, so ``adapters list`` and fingerprints need no torch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ModelError
from .fingerprint import sha256_file

META = "mambagen.json"
WEIGHTS = "adapter_model.safetensors"
CONFIG = "adapter_config.json"
REPO_ADAPTERS = Path(__file__).resolve().parent.parent / "adapters"
PACKAGED_ADAPTERS = Path(__file__).resolve().parent / "embedded" / "adapters"
DEFAULT_ADAPTER = "testcase2code"


@dataclass
class Adapter:
    name: str
    folder: Path
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def base_id(self) -> str | None:
        return (self.meta.get("base") or {}).get("id")

    @property
    def base_sha256(self) -> str | None:
        return (self.meta.get("base") or {}).get("sha256")

    def content_hash(self) -> str:
        """The adapter's identity for fingerprints: recorded file hashes, or hashed now."""
        files = self.meta.get("files")
        if files and WEIGHTS in files:
            return files[WEIGHTS]
        return sha256_file(self.folder / WEIGHTS)

    def verify(self) -> list[str]:
        """Problems found: missing files, pickled weights, hashes that no longer match."""
        problems = []
        for required in (CONFIG, WEIGHTS):
            if not (self.folder / required).is_file():
                problems.append(f"{required} is missing")
        for pickle in ("adapter_model.bin", "adapter_model.pt"):
            if (self.folder / pickle).exists():
                problems.append(f"{pickle} is a pickle; adapters must be safetensors")
        for name, recorded in (self.meta.get("files") or {}).items():
            path = self.folder / name
            if not path.is_file():
                problems.append(f"{name} is recorded in {META} but missing")
            elif sha256_file(path) != recorded:
                problems.append(f"{name} does not match its recorded sha256")
        if not self.meta:
            problems.append(f"no {META}: base model and provenance unknown")
        return problems


def search_dirs(project_root: Path | None = None) -> list[Path]:
    dirs = []
    if project_root is not None:
        dirs.append(project_root / "adapters")
    dirs += [REPO_ADAPTERS, PACKAGED_ADAPTERS]
    out: list[Path] = []
    for d in dirs:
        if d.resolve() not in [o.resolve() for o in out]:
            out.append(d)
    return out


def load_adapter_info(folder: Path, name: str | None = None) -> Adapter:
    folder = Path(folder)
    meta: dict[str, Any] = {}
    meta_path = folder / META
    if meta_path.is_file():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{META} is not valid JSON: {exc}", path=meta_path) from exc
    return Adapter(name=name or folder.name, folder=folder, meta=meta)


def resolve(name_or_path: str, project_root: Path | None = None) -> Adapter:
    """An adapter by folder path or by name in the adapter search path."""
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        return load_adapter_info(path)
    for base in search_dirs(project_root):
        candidate = base / name_or_path
        if candidate.is_dir():
            return load_adapter_info(candidate, name_or_path)
    searched = ", ".join(str(d) for d in search_dirs(project_root))
    raise ModelError(f"adapter {name_or_path!r} not found (looked for a folder, then in {searched})",
                     hint="pass a folder path, or 'none' to run the base model alone")


def list_adapters(project_root: Path | None = None) -> list[Adapter]:
    seen: dict[str, Adapter] = {}
    for base in search_dirs(project_root):
        if not base.is_dir():
            continue
        for folder in sorted(base.iterdir()):
            if folder.is_dir() and (folder / CONFIG).is_file() and folder.name not in seen:
                seen[folder.name] = load_adapter_info(folder)
    return list(seen.values())


def check_base(adapter: Adapter, base_id: str, base_sha256: str | None) -> None:
    """Refuse an adapter that records a different base model."""
    if adapter.base_sha256 and base_sha256 and adapter.base_sha256 != base_sha256:
        raise ModelError(
            f"adapter {adapter.name!r} was trained on base {adapter.base_id!r} "
            f"(sha256 {adapter.base_sha256[:12]}…), not on {base_id!r} (sha256 {base_sha256[:12]}…)",
            path=adapter.folder,
            hint="pick the base it expects with --mambagen-model, or retrain the adapter with `mambagen train`",
        )


def write_meta(folder: Path, meta: dict[str, Any]) -> None:
    files = {p.name: sha256_file(p) for p in sorted(folder.iterdir()) if p.is_file() and p.name != META}
    payload = {**meta, "files": files}
    (folder / META).write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
