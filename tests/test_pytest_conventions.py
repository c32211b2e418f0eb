"""pytest-mambagen as a citizen of pytest: ignore rules, typed ini keys, one settings resolution,
arguments, markers under xdist, usage errors before collection, the header, progress, junitxml,
barrel files and typed (TSX) screens."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pytest_mambagen.discovery import load_case
from pytest_mambagen.fingerprint import case_fingerprint
from pytest_mambagen.inventory import screen_inventory

TESTS = Path(__file__).resolve().parent
NODE_MODULES = TESTS.parent / "fixtures" / "atlas" / "node_modules"

SCREEN = """export default function Cart() {
  return (
    <section>
      <h2>Shopping cart</h2>
      <p data-testid="total">$12.00</p>
    </section>
  );
}
"""
PASSING = "def test_total_is_shown():\n    assert '$12.00' == '$12.00'\n"
OTHER = "def test_other_is_shown():\n    assert 'a' == 'a'\n"


@pytest.fixture
def project(scripted_project, monkeypatch):
    """web/Cart (two cases) and legacy/Old, answered by the conventions backend (script of conftest.py)."""
    web = scripted_project.mkdir("web")
    (web / "Cart.jsx").write_text(SCREEN)
    (web / "Cart.manual.txt").write_text("1. Open the cart\nExpected: total is $12.00\n")
    (web / "Cart.other.manual.txt").write_text("1. Open the cart\nExpected: a heading\n")
    legacy = scripted_project.mkdir("legacy")
    (legacy / "Old.jsx").write_text(SCREEN.replace("Cart", "Old"))
    (legacy / "Old.manual.txt").write_text("1. Open it\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]))
    scripted_project.script({"Cart.manual.txt": [PASSING] * 4, "Cart.other.manual.txt": [OTHER] * 4,
                             "Old.manual.txt": [PASSING.replace("total", "old")] * 4})
    return scripted_project


def run(pytester, *args):
    # conventions, not verification (its own tests); scripts/test.sh's MAMBAGEN_NODE_MODULES would turn it on
    return pytester.runpytest("-p", "conventions_backend", "-p", "no:cacheprovider", "--no-mambagen-verify", *args)


def keys(pytester) -> set[str]:
    return {c["key"] for c in pytester.calls()}


# -- pytest's ignore rules ----------------------------------------------------------------

def test_ignore_and_ignore_glob_leave_cases_out(project):
    run(project, "--mambagen", "--ignore=legacy")
    assert keys(project) == {"Cart.manual.txt", "Cart.other.manual.txt"}
    assert not (project.path / "legacy" / "test_old.py").exists()
    project.log.unlink()
    run(project, "--mambagen", "--ignore-glob=leg*")  # pytest makes the glob absolute, from the cwd
    assert keys(project) == set()  # web is current; legacy is ignored again


def test_norecursedirs_is_honoured(project):
    project.makeini("[pytest]\nnorecursedirs = legacy\n")
    result = run(project, "--mambagen")
    assert keys(project) == {"Cart.manual.txt", "Cart.other.manual.txt"}
    result.stdout.fnmatch_lines(["*mambagen: 2 generated*"])


def test_a_manual_case_named_explicitly_is_generated_even_under_an_ignored_folder(project):
    run(project, "--mambagen", "--ignore=legacy", "legacy/Old.manual.txt")
    assert keys(project) == {"Old.manual.txt"}


# -- typed ini keys, relative to the ini file --------------------------------------------

def test_ini_paths_are_relative_to_the_ini_file(project, monkeypatch):
    (project.path / "prompts").mkdir()
    (project.path / "prompts" / "system.txt").write_text("Be terse.")
    (project.path / "models" / "tiny").mkdir(parents=True)
    project.makeini("[pytest]\nmambagen_system_prompt = @prompts/system.txt\nmambagen_model = models/tiny\n"
                    "mambagen_cache_dir = .bundles\nmambagen_node_modules = web/node_modules\n")
    monkeypatch.chdir(project.path / "web")  # run from a subfolder: the ini is found above it
    config = project.parseconfig(".")
    from pytest_mambagen.pytestconfig import settings_from_config

    settings = settings_from_config(config)
    assert settings.system_prompt == "Be terse."
    assert settings.model == str(project.path / "models" / "tiny")
    assert settings.cache_dir == str(project.path / ".bundles")
    assert settings.node_modules == str(project.path / "web" / "node_modules")
    # the same run for real: the prompt file is read relative to the ini, not to the cwd
    result = project.runpytest("-p", "conventions_backend", "-p", "no:cacheprovider", "--mambagen", ".")
    assert result.ret == 0, result.stdout.str()
    assert {c["system_prompt"] for c in project.calls()} == {"Be terse."}


def test_a_bad_typed_ini_value_names_the_file_and_key(project):
    project.makeini("[pytest]\nmambagen_candidates = many\n")
    result = run(project, "--mambagen")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    err = result.stderr.str()
    assert "mambagen_candidates" in err and "tox.ini" in err  # pytester.makeini writes tox.ini


# -- one settings resolution: `mambagen generate` and `pytest --mambagen-check` agree ------

def _cli(*args, cwd, env):
    return subprocess.run([sys.executable, "-m", "pytest_mambagen.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def _pytest(*args, cwd, env):
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_generate_command_and_pytest_check_agree_under_one_ini(project):
    env = {**os.environ, "MAMBAGEN_BACKEND": "conventions_backend:make_backend"}
    root = project.path
    (root / "pytest.ini").write_text("[pytest]\nmambagen_adapter = none\nmambagen_temperature = 0.4\n"
                                     "norecursedirs = legacy\n")
    wrote = _cli("generate", "--quiet", cwd=root, env=env)
    assert wrote.returncode == 0, wrote.stdout + wrote.stderr
    assert "2 generated" in wrote.stdout  # legacy/ is left out by the ini's norecursedirs, as in pytest
    assert not (root / "legacy" / "test_old.py").exists()
    check = _pytest("--mambagen-check", cwd=root, env=env)
    assert check.returncode == 0, check.stdout
    assert "2 up to date" in check.stdout
    hook = _cli("generate", "--check", "--quiet", "web/Cart.manual.txt", "web/Cart.jsx", cwd=root, env=env)
    assert hook.returncode == 0 and "up to date" in hook.stdout, hook.stdout
    # the ini changes: both see the tests as stale
    (root / "pytest.ini").write_text("[pytest]\nmambagen_adapter = mine\nmambagen_temperature = 0.4\n"
                                     "norecursedirs = legacy\n")
    check = _pytest("--mambagen-check", cwd=root, env=env)
    assert check.returncode == 1 and "stale" in check.stdout, check.stdout
    hook = _cli("generate", "--check", "--quiet", "web", cwd=root, env=env)
    assert hook.returncode == 1 and "2 stale" in hook.stdout, hook.stdout
    # and a command-line value still wins over the ini, in both
    assert _cli("generate", "--check", "--quiet", "--adapter", "none", cwd=root, env=env).returncode == 0
    assert _pytest("--mambagen-check", "--mambagen-adapter", "none", cwd=root, env=env).returncode == 0


def test_generate_command_reports_a_bad_ini_value_as_an_error(project):
    env = {**os.environ, "MAMBAGEN_BACKEND": "conventions_backend:make_backend"}
    (project.path / "pytest.ini").write_text("[pytest]\nmambagen_temperature = hot\n")
    out = _cli("generate", "--quiet", cwd=project.path, env=env)
    assert out.returncode == 2
    assert "mambagen_temperature" in out.stderr and len(out.stderr.strip().splitlines()) == 1


# -- arguments, markers, xdist, junitxml ------------------------------------------------------

def test_a_manual_case_given_as_argument_runs_its_generated_test(project):
    result = run(project, "--mambagen", "web/Cart.manual.txt", "-v")
    result.stdout.fnmatch_lines(["*web/test_cart.py::test_total_is_shown PASSED*", "*1 passed*"])
    assert keys(project) == {"Cart.manual.txt"}
    # without generation too, and a screen stands for all its cases
    again = run(project, "web/Cart.manual.txt", "-v")
    again.stdout.fnmatch_lines(["*web/test_cart.py::test_total_is_shown PASSED*", "*1 passed*"])
    run(project, "--mambagen", "web")
    both = run(project, "web/Cart.jsx", "-v")
    both.stdout.fnmatch_lines(["*2 passed*"])


def test_marker_and_properties_on_every_generated_test_under_xdist(project):
    pytest.importorskip("xdist")
    run(project, "--mambagen")  # written in an earlier run
    project.makepyfile(test_plain="def test_hand_written():\n    pass\n")
    result = project.runpytest_subprocess("-p", "conventions_backend", "-p", "no:cacheprovider", "-n", "2",
                                          "-m", "mambagen", "--junitxml=report.xml")
    result.stdout.fnmatch_lines(["*3 passed*"])  # workers deselect, so the controller counts no deselected
    cases = {case.get("name"): case for case in ET.parse(project.path / "report.xml").iter("testcase")}
    assert set(cases) == {"test_total_is_shown", "test_other_is_shown", "test_old_is_shown"}
    props = {p.get("name"): p.get("value") for p in cases["test_total_is_shown"].iter("property")}
    assert props["mambagen_manual_case"] == str(project.path / "web" / "Cart.manual.txt")
    assert len(props["mambagen_fingerprint"]) == 64
    plain = project.runpytest_subprocess("-p", "no:cacheprovider", "-n", "2", "-m", "not mambagen")
    plain.stdout.fnmatch_lines(["*1 passed*"])


# -- usage errors before collection --------------------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (["--mambagen-adapter", "no-such-adapter"], "no-such-adapter"),
    (["--mambagen-model", "models/missing"], "model folder models/missing does not exist"),
    (["--mambagen-model", "./nowhere"], "nowhere"),
])
def test_unknown_adapter_or_model_is_a_usage_error_before_collection(pytester, args, message):
    (pytester.path / "models").mkdir()
    pytester.makefile(".jsx", Cart=SCREEN)
    pytester.path.joinpath("Cart.manual.txt").write_text("1. Open the cart\n")
    pytester.makepyfile(test_plain="def test_ok():\n    pass\n")
    result = pytester.runpytest("-p", "no:cacheprovider", "--mambagen", *args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert message in result.stderr.str()
    assert "collected" not in result.stdout.str()
    assert not (pytester.path / "test_cart.py").exists()


def test_cuda_without_cuda_is_a_usage_error(pytester, monkeypatch):
    from pytest_mambagen.preflight import cuda_device_count

    if cuda_device_count():
        pytest.skip("this machine has CUDA")
    pytester.makepyfile(test_plain="def test_ok():\n    pass\n")
    result = pytester.runpytest("-p", "no:cacheprovider", "--mambagen", "--mambagen-device", "cuda")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "--mambagen-device cuda asked for CUDA" in result.stderr.str()


def test_preflight_does_not_import_torch():
    code = ("import sys; from pytest_mambagen.preflight import prepare_backend, cuda_device_count; "
            "from pytest_mambagen.config import Settings; from pathlib import Path; "
            "prepare_backend(Settings(mode='generate', device='cpu'), rootdir=Path('.')); cuda_device_count(); "
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- what pytest shows --------------------------------------------------------------------

def test_report_header_names_backend_model_adapter_and_scan(project):
    result = run(project, "--mambagen", "--mambagen-adapter", "none", "web")
    result.stdout.fnmatch_lines(["mambagen: generate · backend conventions · model conventions · adapter none"
                                 " · scan web"])


def test_progress_goes_through_the_terminal_reporter_and_is_silent_with_q(project):
    loud = run(project, "--mambagen", "web")
    loud.stdout.fnmatch_lines(["*mambagen: generating 2 test(s)*", "✓ Cart.manual.txt -> test_cart.py"])
    for path in (project.path / "web").glob("test_*.py"):
        path.unlink()
    quiet = run(project, "--mambagen", "-q", "web")
    assert "generating" not in quiet.stdout.str() and "->" not in quiet.stdout.str()
    assert (project.path / "web" / "test_cart.py").is_file()


def test_help_texts_have_no_markup_and_no_doubled_defaults(pytester):
    text = pytester.runpytest("--help").stdout.str()
    section = text[text.index("generate tests from manual cases"):]
    assert "``" not in section and "(default: None)" not in section
    model_help = " ".join(section[section.index("--mambagen-model"):].split("--mambagen-adapter")[0].split())
    assert model_help.count("default") == 1
    out = subprocess.run([sys.executable, "-m", "pytest_mambagen.cli", "generate", "--help"],
                         capture_output=True, text=True, check=True)
    assert "``" not in out.stdout and "(default: None)" not in out.stdout
    assert "mambagen generate [PATHS]: the plugin's generation pass" in " ".join(out.stdout.split())


# -- one import resolver: barrel files, TSX -------------------------------------------------

BARREL_SCREEN = """import { Row } from "./parts";
import * as more from "./more.js";

export default function List() {
  return <ul><Row /><more.Footer /></ul>;
}
"""


def test_a_component_behind_a_barrel_file_is_in_the_fingerprint_and_the_inventory(tmp_path):
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "List.jsx").write_text(BARREL_SCREEN)
    (tmp_path / "List.manual.txt").write_text("1. Look at the list\n")
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "index.js").write_text('export { default as Row } from "./Row.jsx";\n')
    (tmp_path / "parts" / "Row.jsx").write_text('export default function Row() { return <li>Apples</li>; }\n')
    (tmp_path / "more.js").write_text('export * from "./footer";\n')
    (tmp_path / "footer.tsx").write_text('export function Footer(): JSX.Element { return <li>Total due</li>; }\n')

    def fingerprint() -> str:
        case = load_case(tmp_path / "List.manual.txt", tmp_path)
        assert case.ok, case.error
        return case_fingerprint(manual=case.manual_text, screen=case.screen_text, siblings=case.siblings,
                                model={"base": "x"}, decoding={}, mount_path=case.mount_path)

    case = load_case(tmp_path / "List.manual.txt", tmp_path)
    assert set(case.siblings) == {"parts/index.js", "parts/Row.jsx", "more.js", "footer.tsx"}
    inventory = screen_inventory(case.screen_text, str(case.screen_path), case.siblings)
    assert {"Apples", "Total due"} <= set(inventory.texts)
    before = fingerprint()
    (tmp_path / "parts" / "Row.jsx").write_text('export default function Row() { return <li>Pears</li>; }\n')
    after_row = fingerprint()
    assert after_row != before
    (tmp_path / "footer.tsx").write_text('export function Footer(): JSX.Element { return <li>Due</li>; }\n')
    assert fingerprint() != after_row


def test_imports_in_comments_are_not_followed_and_outside_the_project_not_read(tmp_path):
    project = tmp_path / "app"
    project.mkdir()
    (project / "pyproject.toml").write_text("")
    (tmp_path / "secret.js").write_text("export const KEY = 'x';\n")
    (project / "A.jsx").write_text('// import x from "./Ghost.jsx"\nimport s from "../secret.js";\n'
                                   "export default function A() { return <p>A</p>; }\n")
    (project / "Ghost.jsx").write_text("export default function G() { return null; }\n")
    (project / "A.manual.txt").write_text("1. look\n")
    case = load_case(project / "A.manual.txt", project)
    assert case.siblings == {}


TYPED_COUNTER = """import { useState } from "react";

type Props = { start?: number; label?: string };

export default function Counter({ start = 0, label = "Add one" }: Props): JSX.Element {
  const [n, setN] = useState<number>(start);
  return (
    <section>
      <button type="button" onClick={() => setN((n as number) + 1)}>{label}</button>
      <p role="status">Count: {n}</p>
    </section>
  );
}
"""
TYPED_TEST = ("from playwright.sync_api import expect\n\n\ndef test_add_one(mount):\n"
              "    page = mount(\"Counter.tsx\")\n    page.get_by_role(\"button\", name=\"Add one\").click()\n"
              "    expect(page.get_by_role(\"status\")).to_have_text(\"Count: 1\")\n")


def test_a_typed_tsx_screen_parses_in_inventory_and_discovery(tmp_path):
    from pytest_mambagen.discovery import check_screen
    from pytest_mambagen.inventory import parse_check

    parse_check(TYPED_COUNTER, "Counter.tsx")
    assert check_screen(TYPED_COUNTER, "Counter.tsx") is None
    inventory = screen_inventory(TYPED_COUNTER, "Counter.tsx")
    assert "Add one" in inventory.names_for_role("button")
    with pytest.raises(Exception, match="TSX does not parse at line 1"):
        parse_check("export default function X(): { return <p>; }", "X.tsx")


@pytest.mark.browser
def test_a_typed_tsx_screen_generates_and_mounts(project):
    if not (NODE_MODULES / "react").is_dir():
        pytest.skip("fixtures/atlas/node_modules is not installed (scripts/setup_browser.sh)")
    (project.path / "Counter.tsx").write_text(TYPED_COUNTER)
    (project.path / "Counter.manual.txt").write_text("1. Click Add one\nExpected: Count: 1\n")
    project.script({"Counter.manual.txt": [TYPED_TEST]})
    result = project.runpytest_subprocess("-p", "conventions_backend", "-p", "no:cacheprovider", "--mambagen",
                                          "--mambagen-node-modules", str(NODE_MODULES), "Counter.manual.txt", "-v")
    result.stdout.fnmatch_lines(["*test_counter.py::test_add_one PASSED*", "*1 passed*"])
    assert (project.path / "test_counter.py").read_text().startswith(
        "# Generated by pytest-mambagen from Counter.manual.txt + Counter.tsx.")
