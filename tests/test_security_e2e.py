"""End to end (issue 18): a hostile worker cannot get code written or run through the plugin.

A fake OpenAI-compatible server on 127.0.0.1 (a plain one, as vLLM is, and one that speaks
mambagen's extensions) answers every request with a hostile test. ``pytest --mambagen
--mambagen-worker URL`` must reject every candidate, write nothing, run nothing, and say why.
"""

from __future__ import annotations

# imported out here on purpose, as in test_remote_plugin.py: pytester drops modules first imported
# during a run, and httpx maps httpcore's exceptions by class
import httpcore  # noqa: F401
import pytest
from test_plugin import SCREEN
from test_remote import OURS, FakeServer, chat, models

from pytest_mambagen.prompts import PROMPT_VERSION

HOSTILE = [
    ('import pytest\n\n\ndef test_total(mount):\n    pytest.importorskip("subprocess").run(["touch", "{marker}"])\n',
     ".importorskip"),
    ('def test_total(mount):\n    __import__("os").system("touch {marker}")\n', "__import__"),
    ('def test_total(mount):\n    page = mount("Cart.jsx")\n    getattr(page, "evaluate")("fetch(1)")\n'
     '    open("{marker}", "w").write("x")\n', "getattr"),
    ('def test_total(mount):\n    page = mount("Cart.jsx")\n    page.context.new_page().goto("http://evil.test/")\n',
     ".context"),
]


@pytest.fixture(params=["plain", "mambagen"])
def hostile_worker(request, tmp_path):
    """A server whose every chat answer is the next hostile test (in a fence, as a model might)."""
    marker = tmp_path / "PWNED"
    answers = [code.format(marker=marker) for code, _ in HOSTILE]
    entry = {"id": "evil-model", "object": "model"}
    if request.param == "mambagen":
        entry["mambagen"] = {**OURS, "prompt_version": PROMPT_VERSION}

    def handle(method, path, body, index):
        if path == "/v1/models":
            return models(entry)
        if path == "/v1/chat/completions":
            chats = sum(1 for r in server.requests if r["path"] == "/v1/chat/completions")
            return chat("Here is the test:\n```python\n" + answers[(chats - 1) % len(answers)] + "```\n")
        return 404, {"error": {"message": "no"}}, None

    server = FakeServer(handle)
    server.marker = marker
    yield server
    server.stop()


def test_a_hostile_worker_gets_nothing_written_and_nothing_run(pytester, hostile_worker, monkeypatch):
    monkeypatch.setenv("MAMBAGEN_WORKER_RETRIES", "0")
    pytester.makefile(".jsx", Cart=SCREEN)
    pytester.path.joinpath("Cart.manual.txt").write_text("1. Open the cart\nExpected: total is $12.00\n")
    result = pytester.runpytest("--mambagen", "--mambagen-worker", hostile_worker.url, "-p", "no:cacheprovider",
                                "--mambagen-candidates", str(len(HOSTILE)), "--mambagen-strict")
    out = " ".join(result.stdout.str().split())
    chats = [r for r in hostile_worker.posts() if r["path"] == "/v1/chat/completions"]
    assert len(chats) == len(HOSTILE)  # the plugin asked, and got a hostile answer every time
    assert not list(pytester.path.glob("test_*.py"))  # nothing written
    assert not hostile_worker.marker.exists()  # nothing run
    assert "no tests ran" in out
    assert "Cart.manual.txt: rejected" in out
    for _, fragment in HOSTILE[-2:]:  # the summary keeps the last two candidates' reasons
        assert fragment in out, fragment
    assert result.ret == pytest.ExitCode.TESTS_FAILED  # --mambagen-strict: a rejection fails the run
