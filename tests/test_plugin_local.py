"""The plugin with the real local backend: a tiny random Mamba-2 checkpoint on the CPU."""

from __future__ import annotations

import json
import shutil

import pytest
from test_plugin import SCREEN


@pytest.fixture
def tiny_with_window(tiny_model_dir, tmp_path):
    folder = tmp_path / "tiny"
    shutil.copytree(tiny_model_dir, folder)
    (folder / "mambagen.json").write_text(json.dumps({"id": "tests/tiny", "context": 1500}))
    return folder


def test_random_model_output_is_rejected_and_nothing_is_written(pytester, tiny_with_window):
    pytester.makefile(".jsx", Cart=SCREEN)
    pytester.path.joinpath("Cart.manual.txt").write_text("1. Open the cart\nExpected: total is $12.00\n")
    result = pytester.runpytest("--mambagen", "--mambagen-model", str(tiny_with_window), "--mambagen-max-new-tokens",
                                "48", "--mambagen-candidates", "2", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["*tests/tiny*", "*Cart.manual.txt*rejected*candidate 1:*candidate 2:*",
                                 "*1 rejected*"])
    assert not (pytester.path / "test_cart.py").exists()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    strict = pytester.runpytest("--mambagen", "--mambagen-model", str(tiny_with_window), "--mambagen-strict",
                                "--mambagen-max-new-tokens", "32", "--mambagen-candidates", "1",
                                "-p", "no:cacheprovider")
    assert strict.ret == pytest.ExitCode.TESTS_FAILED


def test_prompt_over_the_window_is_cut_or_refused_never_silently(pytester, tiny_with_window):
    numbers = ", ".join(str(i * 7919 % 10007) for i in range(700))
    big_screen = f"const SAMPLES = [{numbers}];\n" + SCREEN
    pytester.makefile(".jsx", Big=big_screen, Cart=SCREEN)
    pytester.path.joinpath("Big.manual.txt").write_text("1. Open the page\nExpected: row 3 is shown\n")
    pytester.path.joinpath("Cart.manual.txt").write_text("Step. " * 1200)
    result = pytester.runpytest("--mambagen", "--mambagen-model", str(tiny_with_window), "--mambagen-max-new-tokens",
                                "32", "--mambagen-candidates", "1", "-p", "no:cacheprovider")
    out = result.stdout.str()
    assert "screen source left out of the prompt" in out and "Big.manual.txt" in out
    assert "Cart.manual.txt: error: prompt is" in out and "even without the screen source" in out
    assert result.ret == pytest.ExitCode.TESTS_FAILED
