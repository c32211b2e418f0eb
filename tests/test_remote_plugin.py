"""``pytest --mambagen --mambagen-worker URL`` (pytester) against real worker processes on 127.0.0.1:
the tiny random model (its answers are rejected), and the scripted double (answers that pass, a
slow answer, and the worker killed in the middle of the run)."""

from __future__ import annotations

import json
import threading
import time

# httpcore is imported out here on purpose: pytester drops the modules first imported during a run, and
# httpx maps httpcore's exceptions by class, so a re-imported httpcore would slip past that map.
import httpcore  # noqa: F401
import pytest
from test_plugin import PASSING, SCREEN
from test_worker import setup, worker  # noqa: F401  (the shared tiny worker)
from worker_kit import TINY_ID, TOKEN, WorkerProcess, tiny_copy


def run(pytester, url, *args):
    return pytester.runpytest("--mambagen", "--mambagen-worker", url, "-p", "no:cacheprovider", *args)


def test_plugin_generates_through_the_worker_cutting_and_refusing_like_the_local_backend(
        pytester, worker, monkeypatch):  # noqa: F811
    monkeypatch.setenv("MAMBAGEN_TOKEN", TOKEN)
    numbers = ", ".join(str(i * 7919 % 10007) for i in range(700))
    pytester.makefile(".jsx", Big=f"const SAMPLES = [{numbers}];\n" + SCREEN, Cart=SCREEN, Shop=SCREEN)
    pytester.path.joinpath("Big.manual.txt").write_text("1. Open the page\nExpected: row 3 is shown\n")
    pytester.path.joinpath("Cart.manual.txt").write_text("Step. " * 1200)
    pytester.path.joinpath("Shop.manual.txt").write_text("1. Open the cart\nExpected: total is $12.00\n")
    result = run(pytester, worker.url, "--mambagen-adapter", "tiny-b", "--mambagen-max-new-tokens", "32",
                 "--mambagen-candidates", "2")
    out = result.stdout.str()
    assert f"{TINY_ID} + tiny-b" in out
    assert "screen source left out of the prompt" in out and "Big.manual.txt" in out
    assert "Cart.manual.txt: error: the worker at" in out and "even without the screen source" in out
    result.stdout.fnmatch_lines(["*Shop.manual.txt*rejected*candidate 1:*candidate 2:*"])
    assert not list(pytester.path.glob("test_*.py"))
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_wrong_token_or_no_worker_fails_every_case_with_what_to_do(pytester, worker, monkeypatch):  # noqa: F811
    pytester.makefile(".jsx", Cart=SCREEN)
    pytester.path.joinpath("Cart.manual.txt").write_text("1. Open the cart\n")
    monkeypatch.setenv("MAMBAGEN_TOKEN", "not-the-token-at-all")
    result = run(pytester, worker.url)
    result.stdout.fnmatch_lines(["*Cart.manual.txt*not generated: the worker at*refused the token: "
                                 "set MAMBAGEN_TOKEN to the worker's token*"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    monkeypatch.setenv("MAMBAGEN_WORKER_RETRIES", "1")
    monkeypatch.setenv("MAMBAGEN_WORKER_BACKOFF", "0.05")
    result = run(pytester, "http://127.0.0.1:9")  # nothing listens on the discard port
    result.stdout.fnmatch_lines(["*Cart.manual.txt*not generated: cannot reach the worker at "
                                 "http://127.0.0.1:9*mambagen serve*"])


ANIMALS = ("Aardvark", "Badger", "Cougar", "Dingo")


def script(folder, slow=()):
    (folder / "script.json").write_text(json.dumps([
        {"match": f"Screen: {name}.jsx", "answer": PASSING.replace("test_total_is_shown", f"test_{name.lower()}"),
         "delay": 60 if name in slow else 0} for name in ANIMALS]))


@pytest.fixture
def double(tmp_path, tiny_model_dir):
    """The scripted worker (``tests/worker_kit.py``): the real server, tokenizer and prompts; scripted answers."""
    model = tiny_copy(tiny_model_dir, tmp_path / "model")
    script(tmp_path)
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN)
    token_file.chmod(0o600)
    process = WorkerProcess(["--model", str(model), "--script", str(tmp_path / "script.json"),
                             "--log", str(tmp_path / "double.log"), "--token-file", str(token_file),
                             "--max-batch", "1"], script=True)
    process.folder = tmp_path
    yield process
    process.stop()


def test_worker_killed_mid_run_reports_unfinished_cases_and_keeps_written_files(pytester, double, monkeypatch):
    monkeypatch.setenv("MAMBAGEN_TOKEN", TOKEN)
    monkeypatch.setenv("MAMBAGEN_WORKER_RETRIES", "1")
    monkeypatch.setenv("MAMBAGEN_WORKER_BACKOFF", "0.05")
    log = double.folder / "double.log"
    for name in ("Aardvark", "Badger"):
        pytester.makefile(".jsx", **{name: SCREEN})
        pytester.path.joinpath(f"{name}.manual.txt").write_text("1. Open the cart\nExpected: total is $12.00\n")

    # The happy path through a worker: both written and run; then nothing left to do.
    first = run(pytester, double.url, "-v")
    first.stdout.fnmatch_lines(["*test_aardvark.py::test_aardvark PASSED*", "*test_badger.py::test_badger PASSED*",
                                "*mambagen: 2 generated*"])
    badger_before = (pytester.path / "test_badger.py").read_text()
    starts = log.read_text().count("start Screen:")
    again = run(pytester, double.url)
    again.stdout.fnmatch_lines(["*mambagen: 2 up to date*"])
    assert log.read_text().count("start Screen:") == starts  # fingerprints held: no request at all

    # Now every case is stale or new, Badger hangs, and the worker is killed while it does.
    script(double.folder, slow={"Badger"})
    for name in ANIMALS:
        pytester.makefile(".jsx", **{name: SCREEN})
        pytester.path.joinpath(f"{name}.manual.txt").write_text("1. Open the cart\nExpected: total is $13.00\n")
    seen = len(log.read_text().splitlines())

    def kill_when_badger_starts():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if "start Screen: Badger.jsx" in log.read_text().splitlines()[seen:]:
                double.kill()
                return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_when_badger_starts)
    killer.start()
    began = time.monotonic()
    result = run(pytester, double.url, "--mambagen-batch-size", "1", "-v")
    killer.join()
    assert not double.alive() and time.monotonic() - began < 45
    result.stdout.fnmatch_lines(["*test_aardvark.py::test_aardvark PASSED*"])  # written during this run, and run
    out = " ".join(result.stdout.str().split())
    for name in ("Badger", "Cougar", "Dingo"):
        assert f"{name}.manual.txt: error: unfinished: " in out
    assert "rerun pytest --mambagen when the worker is back" in out
    assert "total is $13.00" not in badger_before
    assert (pytester.path / "test_badger.py").read_text() == badger_before  # the old file stays as it was
    assert not (pytester.path / "test_cougar.py").exists() and not (pytester.path / "test_dingo.py").exists()
    assert result.ret == pytest.ExitCode.TESTS_FAILED
