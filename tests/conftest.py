from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from tiny import build_tiny_model

REPO = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    """A random 2-layer Mamba-2 checkpoint with a BPE tokenizer and chat template."""
    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))


@pytest.fixture
def scripted_project(pytester, monkeypatch, tmp_path):
    """An empty pytester project whose "model" is the scripted backend (``-p scripted_backend``).

    ``script({manual file name: [answers]})`` says what each case is answered, in order, and
    clears the call log; ``calls()`` is what the backend was asked since, one dict per request
    (``log`` is its file). It starts with an empty script: every case is answered with nothing.
    ``conventions_backend`` reads the same script and log.
    """
    monkeypatch.syspath_prepend(str(TESTS))  # -p scripted_backend, inside the pytester run
    log = tmp_path / "calls.jsonl"
    monkeypatch.setenv("MAMBAGEN_SCRIPT_LOG", str(log))

    def script(mapping):
        path = tmp_path / "script.json"
        path.write_text(json.dumps(mapping))
        monkeypatch.setenv("MAMBAGEN_SCRIPT", str(path))
        if log.exists():
            log.unlink()

    def calls():
        return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []

    pytester.script = script
    pytester.calls = calls
    pytester.log = log
    script({})
    return pytester


def pytest_collection_modifyitems(config, items):
    import torch

    if torch.cuda.is_available():
        return
    skip = pytest.mark.skip(reason="needs CUDA (runs on the GPU machine)")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip)
