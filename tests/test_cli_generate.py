"""`mambagen generate` and the pre-commit hook, run as users run them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_plugin import PASSING, SCREEN

REPO = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent


@pytest.fixture
def env(tmp_path):
    script = tmp_path / "script.json"
    script.write_text(json.dumps({"Cart.manual.txt": [PASSING] * 3}))
    return {**os.environ, "MAMBAGEN_BACKEND": "scripted_backend:make_backend", "MAMBAGEN_SCRIPT": str(script),
            "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}


def mambagen(*args, cwd, env):
    return subprocess.run([sys.executable, "-m", "pytest_mambagen.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def make_project(root: Path) -> None:
    (root / "web").mkdir(parents=True)
    (root / "web" / "Cart.jsx").write_text(SCREEN)
    (root / "web" / "Cart.manual.txt").write_text("Verify the total is $12.00\n")


def test_generate_command_writes_then_is_up_to_date(tmp_path, env):
    make_project(tmp_path)
    out = mambagen("generate", "web", "--quiet", cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    assert "1 generated" in out.stdout
    assert (tmp_path / "web" / "test_cart.py").is_file()
    again = mambagen("generate", "web/Cart.jsx", "--fail-on-change", "--quiet", cwd=tmp_path, env=env)
    assert again.returncode == 0 and "1 up to date" in again.stdout
    check = mambagen("generate", "--check", cwd=tmp_path, env=env)
    assert check.returncode == 0


def test_generate_command_loads_the_plugin_itself_when_autoloading_is_off(tmp_path, env):
    make_project(tmp_path)
    out = mambagen("generate", "web", "--quiet", cwd=tmp_path,
                   env={**env, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert out.returncode == 0, out.stderr
    assert "1 generated" in out.stdout and (tmp_path / "web" / "test_cart.py").is_file()


def test_generate_command_reports_errors_with_exit_code(tmp_path, env):
    make_project(tmp_path)
    (tmp_path / "web" / "Lost.manual.txt").write_text("1. click\n")
    out = mambagen("generate", "--quiet", cwd=tmp_path, env=env)
    assert out.returncode == 1
    assert "Lost.manual.txt has no screen" in out.stdout
    bad = mambagen("generate", "--temperature", "9", cwd=tmp_path, env=env)
    assert bad.returncode == 2 and "temperature must be between 0 and 5" in bad.stderr


def test_pre_commit_hook_regenerates_and_fails_when_it_changed_a_file(tmp_path, env):
    if shutil.which("pre-commit") is None:
        pytest.skip("pre-commit is not installed")
    make_project(tmp_path)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    hook_env = {**env, "PRE_COMMIT_HOME": str(tmp_path / ".pre-commit-cache")}
    first = subprocess.run(["pre-commit", "try-repo", str(REPO), "mambagen", "--files", "web/Cart.manual.txt",
                            "web/Cart.jsx"], cwd=tmp_path, env=hook_env, capture_output=True, text=True,
                           timeout=600)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "wrote 1 file(s): web/test_cart.py" in first.stdout
    assert (tmp_path / "web" / "test_cart.py").is_file()
    second = subprocess.run(["pre-commit", "try-repo", str(REPO), "mambagen", "--files", "web/Cart.manual.txt"],
                            cwd=tmp_path, env=hook_env, capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout
