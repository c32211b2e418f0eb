"""A scripted backend for tests/test_pytest_conventions.py (not shipped).

``scripted_backend``'s backend (``MAMBAGEN_SCRIPT`` maps a manual file name to its
answers; calls go to ``MAMBAGEN_SCRIPT_LOG``), with two differences the
convention tests need: a screen of any suffix (``.tsx`` too) matches its manual
case, and the identity carries the adapter setting, so that a setting read
from the ini file (``mambagen_adapter = none``) changes fingerprints as it does
with the local model. Load with ``-p conventions_backend`` or
``MAMBAGEN_BACKEND=conventions_backend:make_backend``.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from scripted_backend import ScriptedBackend, _case_of


class ConventionBackend(ScriptedBackend):
    name = "conventions"

    def identity(self) -> dict[str, Any]:
        return {"base": "conventions", "base_sha256": "0" * 64, "adapter": self.settings.adapter,
                "adapter_sha256": None}

    def _key(self, request: Any) -> str | None:
        stem = PurePosixPath(request.case.screen).stem
        return next((k for k in self.script if k.split(".")[0] == stem and _case_of(k) == request.case.case_name),
                    None)


def pytest_mambagen_make_backend(config: Any, settings: Any) -> ConventionBackend:
    return ConventionBackend(settings)


def make_backend(settings: Any) -> ConventionBackend:
    return ConventionBackend(settings)
