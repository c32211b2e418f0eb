"""Helpers for the worker tests (not shipped): tiny models and adapters, real worker processes, and a
scripted engine double.

``WorkerProcess`` starts a real ``mambagen serve`` (or this module's double, which is the same
server with a scripted engine) on 127.0.0.1 with a free port, and waits for its ready line.
Run as a script, this module is the double::

    python tests/worker_kit.py --model TINY --script SCRIPT.json --log LOG [serve options]

SCRIPT is a list of ``{"match": "<text in the prompt>", "answer": "<completion>", "delay": S}``;
each request answers the first entry whose ``match`` occurs in its prompt (after ``delay``
seconds), and LOG gets a ``start <match>`` / ``done <match>`` line around it, so a test can
tell what the worker is doing. The script is read again for every batch.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
TINY_ID = "tests/tiny"
TINY_WINDOW = 1500
TOKEN = "test-token-0123456789abcdef"
READY = re.compile(r"listening on (http://\S+)")


# -- models ---------------------------------------------------------------------------------------


def tiny_copy(tiny_model_dir: Path, folder: Path, window: int = TINY_WINDOW) -> Path:
    """A copy of the tiny model with an id and a small window (so prompts can overflow it)."""
    if not (folder / "config.json").is_file():
        shutil.copytree(tiny_model_dir, folder, dirs_exist_ok=True)
        (folder / "mambagen.json").write_text(json.dumps({"id": TINY_ID, "context": window}))
    return folder


def tiny_adapter(model_dir: Path, folder: Path, seed: int) -> Path:
    """A random LoRA adapter (in_proj + out_proj, non-zero B) for the tiny model, with its mambagen.json."""
    import torch
    from transformers import Mamba2ForCausalLM

    from pytest_mambagen import adapters
    from pytest_mambagen.model import loading
    from pytest_mambagen.model.lora import add_lora, lora_config

    if (folder / adapters.META).is_file():
        return folder
    torch.manual_seed(seed)
    model = add_lora(Mamba2ForCausalLM.from_pretrained(model_dir), lora_config(r=4))
    for name, parameter in model.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(parameter, std=0.5)
    model.save_pretrained(str(folder), safe_serialization=True)
    base = loading.resolve_base(str(model_dir))
    adapters.write_meta(folder, {"base": {"id": base.id, "sha256": base.sha256}, "prompt_version": "1"})
    return folder


# -- processes ------------------------------------------------------------------------------------


class WorkerProcess:
    """A worker started as a subprocess; ``url`` once it printed its ready line."""

    def __init__(self, args: list[str], *, env: dict[str, str] | None = None, script: bool = False,
                 cwd: Path | None = None, timeout: float = 120.0):
        command = [sys.executable, str(TESTS / "worker_kit.py")] if script else \
            [sys.executable, "-m", "pytest_mambagen.cli", "serve"]
        full_env = {**os.environ, "PYTHONUNBUFFERED": "1", "TOKENIZERS_PARALLELISM": "false", **(env or {})}
        self.proc = subprocess.Popen([*command, "--host", "127.0.0.1", "--port", "0", *args], cwd=cwd,
                                     env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self.url: str | None = None
        self._ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        if not self._ready.wait(timeout) or self.url is None:
            self.stop()
            raise RuntimeError(f"worker did not start within {timeout} s:\n" + "".join(self.lines[-40:]))

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)
            match = READY.search(line)
            if match and self.url is None:
                self.url = match.group(1)
                self._ready.set()
        self._ready.set()  # exited

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.alive():
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    def client(self, token: str | None = TOKEN, **kwargs) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=kwargs.pop("timeout", 60.0), **kwargs)


_SHARED: dict[str, WorkerProcess] = {}


def shared_worker(key: str, make) -> WorkerProcess:
    """One worker per key per test process, stopped at exit (several test modules share it)."""
    worker = _SHARED.get(key)
    if worker is None or not worker.alive():
        worker = _SHARED[key] = make()
    return worker


@atexit.register
def _stop_shared() -> None:
    for worker in _SHARED.values():
        worker.stop()


_SETUPS: dict[Path, tuple[Path, Path, Path]] = {}


def tiny_worker_setup(tmp_root: Path, tiny_model_dir: Path) -> tuple[Path, Path, Path]:
    """``(model, adapters, token_file)`` for the shared tiny worker: two adapters, a token (built once)."""
    if tiny_model_dir not in _SETUPS:
        _SETUPS[tiny_model_dir] = _build_setup(tmp_root, tiny_model_dir)
    return _SETUPS[tiny_model_dir]


def _build_setup(tmp_root: Path, tiny_model_dir: Path) -> tuple[Path, Path, Path]:
    model = tiny_copy(tiny_model_dir, tmp_root / "model")
    adapters = tmp_root / "adapters"
    tiny_adapter(model, adapters / "tiny-a", seed=1)
    tiny_adapter(model, adapters / "tiny-b", seed=2)
    token_file = tmp_root / "token"
    token_file.write_text(TOKEN + "\n")
    token_file.chmod(0o600)
    return model, adapters, token_file


# -- the scripted engine double -------------------------------------------------------------------


class ScriptedEngine:
    """The engine's interface with scripted answers: the real tokenizer, window and grounding index."""

    def __init__(self, model_dir: str, script: str, log: str | None):
        from transformers import AutoTokenizer

        from pytest_mambagen.model import loading

        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        self.window = loading.resolve_base(model_dir).window
        self.script_path = Path(script)
        self.log = log
        self.lock = threading.Lock()
        self.lora_scale = 1.0
        self._index = None
        self.served: dict[str, int] = {}

    @property
    def token_index(self):
        from pytest_mambagen.model.grounding import TokenIndex

        if self._index is None:
            self._index = TokenIndex.from_tokenizer(self.tokenizer)
        return self._index

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def set_lora_scale(self, scale: float) -> None:
        self.lora_scale = scale

    def set_adapter(self, name) -> None:
        pass

    def _note(self, text: str) -> None:
        if self.log:
            with open(self.log, "a", encoding="utf-8") as fh:
                fh.write(text + "\n")

    def generate(self, rows, max_new_tokens, on_token=None):
        from pytest_mambagen.model.decode import DecodeResult

        out = []
        script = json.loads(self.script_path.read_text())  # read per call: a test may change it between runs
        with self.lock:
            for row in rows:
                entry = next((e for e in script if e["match"] in row.prompt), {"match": "?", "answer": ""})
                self._note(f"start {entry['match']}")
                time.sleep(float(entry.get("delay", 0)))
                answer = entry.get("answer", "")
                if "answers" in entry:  # one answer per request for this match, in order (the last repeats)
                    served = self.served.get(entry["match"], 0)
                    self.served[entry["match"]] = served + 1
                    answer = entry["answers"][min(served, len(entry["answers"]) - 1)]
                tokens = self.tokenizer(answer, add_special_tokens=False)["input_ids"]
                reason = "length" if len(tokens) > max_new_tokens else "stop"
                out.append(DecodeResult(tokens[:max_new_tokens], reason, self.count_tokens(row.prompt)))
                self._note(f"done {entry['match']}")
        return out

    def decode(self, result) -> str:
        return self.tokenizer.decode(result.tokens, skip_special_tokens=True)


def _main() -> int:
    import argparse

    from pytest_mambagen.model import loading
    from pytest_mambagen.worker import cli
    from pytest_mambagen.worker.host import ModelHost

    parser = argparse.ArgumentParser(description="mambagen serve with a scripted engine (tests only)")
    cli.add_arguments(parser)
    parser.add_argument("--script", required=True)
    parser.add_argument("--log", default=None)
    args = parser.parse_args()

    def make_host(a):
        return ModelHost(ScriptedEngine(a.model, a.script, a.log), loading.resolve_base(a.model), [])

    return cli.serve(args, make_host)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(_main())
