"""What a CI job that only runs the committed generated tests needs: no torch, no transformers.

`pytest --mambagen-check` and the generated tests themselves (the `mount` fixture in
Chromium) run in a process where importing torch, transformers, peft, accelerate, tokenizers or safetensors fails:
the heavy half of the install is only needed to generate.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from test_plugin import TESTS
from test_verified_generation import NO_PLAYWRIGHT_PLUGIN, PASSES, project, run  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser

BLOCKED = ("torch", "transformers", "peft", "accelerate", "tokenizers", "safetensors")
BLOCKER = f"""
import importlib.abc, sys
class _Blocked(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {BLOCKED!r}:
            raise ImportError(f"{{name}} is blocked: this run must not need it")
sys.meta_path.insert(0, _Blocked())
import pytest
raise SystemExit(pytest.main(sys.argv[1:]))
"""


def _without_torch(cwd, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", BLOCKER, "-p", "no:cacheprovider", *NO_PLAYWRIGHT_PLUGIN, *args],
                          cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


def test_check_and_generated_tests_run_without_torch(project):  # noqa: F811  (the imported fixture)
    project.script([PASSES])
    assert run(project).ret == 0
    assert (project.path / "test_counter.py").is_file()

    check = _without_torch(project.path, "-p", "scripted_backend", "--mambagen-check")
    assert check.returncode == 0, check.stdout + check.stderr
    ran = _without_torch(project.path, "test_counter.py", "-rA")
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "1 passed" in ran.stdout

    # the default model is resolved (name, weights' hash) from its files, without loading it: the test was
    # written by another model, so it is stale for this one, and saying so needs no torch either
    default = _without_torch(project.path, "--mambagen-check")
    assert default.returncode != 0 and "1 stale" in default.stdout and "blocked" not in default.stdout + default.stderr

    (project.path / "Counter.manual.txt").write_text("1. Click Add one\nExpected: Count: 1\n2. Done\n")
    stale = _without_torch(project.path, "-p", "scripted_backend", "--mambagen-check")
    assert stale.returncode != 0 and "1 stale" in stale.stdout


def test_the_blocker_blocks():
    out = subprocess.run([sys.executable, "-c", BLOCKER.replace("import pytest\n", "import torch\n")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode != 0 and "torch is blocked" in out.stderr
