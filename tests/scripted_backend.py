"""A scripted generation backend for plugin tests (not shipped).

Load with ``-p scripted_backend``. The script (JSON, path in ``MAMBAGEN_SCRIPT``)
maps a manual file name to the candidates the "model" answers, in order:
a string is a completion; ``{"error": "..."}`` fails that request;
``{"raise": "..."}`` fails the whole backend (like a worker going down).
Every call is appended to ``MAMBAGEN_SCRIPT_LOG`` (JSON lines) so tests can see
what was asked, with which settings.
"""

from __future__ import annotations

import json
import os

from pytest_mambagen.backends.base import Completion
from pytest_mambagen.errors import BackendError


class ScriptedBackend:
    name = "scripted"

    def __init__(self, settings):
        self.settings = settings
        with open(os.environ["MAMBAGEN_SCRIPT"], encoding="utf-8") as fh:
            self.script = json.load(fh)
        self.served: dict[str, int] = {}

    def identity(self):
        return {"base": "scripted", "base_sha256": "0" * 64, "adapter": None, "adapter_sha256": None}

    def _log(self, record):
        path = os.environ.get("MAMBAGEN_SCRIPT_LOG")
        if path:
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(record) + "\n")

    def _key(self, request):
        return next((k for k in self.script if request.case.screen.endswith(k.split(".")[0] + ".jsx")
                     and _case_of(k) == request.case.case_name), None)

    def generate(self, requests, on_progress=None):
        out = []
        for request in requests:
            key = self._key(request)
            self._log({"key": key, "temperature": request.temperature, "seed": request.seed,
                       "max_new_tokens": request.max_new_tokens, "screen": request.case.screen,
                       "system_prompt": request.system_prompt,
                       "settings": {k: getattr(self.settings, k) for k in
                                    ("model", "adapter", "lora_scale", "device", "candidates", "worker")}})
            answers = self.script.get(key, [])
            index = self.served.get(key, 0)
            self.served[key] = index + 1
            answer = answers[index] if index < len(answers) else ""
            if isinstance(answer, dict) and "raise" in answer:
                raise BackendError(answer["raise"])
            if isinstance(answer, dict):
                out.append(Completion(request.id, finish_reason="error", error=answer["error"]))
            else:
                out.append(Completion(request.id, text=answer, tokens=len(answer.split()), seconds=0.01))
            if on_progress:
                on_progress(len(out), sum(c.tokens for c in out))
        return out

    def close(self):
        pass


def _case_of(key: str) -> str:
    parts = key[: -len(".manual.txt")].split(".", 1)
    return parts[1] if len(parts) > 1 else ""


def pytest_mambagen_make_backend(config, settings):
    return ScriptedBackend(settings)


def make_backend(settings):
    """For ``MAMBAGEN_BACKEND=scripted_backend:make_backend`` (the CLI and the pre-commit hook)."""
    return ScriptedBackend(settings)
