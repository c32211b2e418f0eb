"""A scripted backend for tests/test_pytest_conventions.py (not shipped).

Like ``scripted_backend`` (``MAMBAGEN_SCRIPT`` maps a manual file name to its
answers; calls go to ``MAMBAGEN_SCRIPT_LOG``), with two differences the
convention tests need: a screen of any suffix (``.tsx`` too) matches its manual
case, and the identity carries the adapter setting, so that a setting read
from the ini file (``mambagen_adapter = none``) changes fingerprints as it does
with the local model. Load with ``-p conventions_backend`` or
``MAMBAGEN_BACKEND=conventions_backend:make_backend``.
"""

from __future__ import annotations

import json
import os
from pathlib import PurePosixPath
from typing import Any

from pytest_mambagen.backends.base import Completion


class ConventionBackend:
    name = "conventions"

    def __init__(self, settings: Any):
        self.settings = settings
        with open(os.environ["MAMBAGEN_SCRIPT"], encoding="utf-8") as fh:
            self.script: dict[str, list[str]] = json.load(fh)
        self.served: dict[str, int] = {}

    def identity(self) -> dict[str, Any]:
        return {"base": "conventions", "base_sha256": "0" * 64, "adapter": self.settings.adapter,
                "adapter_sha256": None}

    def generate(self, requests: Any, on_progress: Any = None) -> list[Completion]:
        out = []
        for request in requests:
            stem = PurePosixPath(request.case.screen).stem
            key = next((k for k in self.script if k.split(".")[0] == stem and _case_of(k) == request.case.case_name),
                       None)
            path = os.environ.get("MAMBAGEN_SCRIPT_LOG")
            if path:
                with open(path, "a", encoding="utf-8") as fh:
                    fh.write(json.dumps({"key": key, "screen": request.case.screen,
                                         "system_prompt": request.system_prompt}) + "\n")
            answers = self.script.get(key or "", [])
            index = self.served.get(key or "", 0)
            self.served[key or ""] = index + 1
            text = answers[index] if index < len(answers) else ""
            out.append(Completion(request.id, text=text, tokens=len(text.split()), seconds=0.01))
            if on_progress:
                on_progress(len(out), sum(c.tokens for c in out))
        return out

    def close(self) -> None:
        pass


def _case_of(key: str) -> str:
    parts = key[: -len(".manual.txt")].split(".", 1)
    return parts[1] if len(parts) > 1 else ""


def pytest_mambagen_make_backend(config: Any, settings: Any) -> ConventionBackend:
    return ConventionBackend(settings)


def make_backend(settings: Any) -> ConventionBackend:
    return ConventionBackend(settings)
