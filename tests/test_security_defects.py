"""The defects D2-D11 of the security review (issue 18), each reproduced as users meet it.

D10 and D12 (validator false positives and mount/locator escapes) live in ``test_policy.py``.
The plugin is run with pytester and the scripted backend (``tests/scripted_backend.py``); the
worker in-process with the fake engine of ``test_worker_scheduler.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_plugin import SCREEN

GOOD = ('from playwright.sync_api import expect\n\n\ndef test_total(mount):\n    page = mount("{screen}")\n'
        '    expect(page.get_by_test_id("total")).to_have_text("$12.00")\n')
#: An answer that passes the validator and needs no browser to pass (so no Chromium is started).
PASSING = "def test_total_is_shown():\n    assert '$12.00' == '$12.00'\n"


@pytest.fixture
def project(scripted_project):
    """An empty project with the scripted backend; ``script({manual name: [answers]})`` and ``calls()``."""
    return scripted_project


def run(pytester, *args):
    return pytester.runpytest("-p", "scripted_backend", "-p", "no:cacheprovider", *args)


# -- D2: a manual case's file name is written into the header -----------------------------------------

INJECTED = 'SignIn.x\n__import__("os").system("touch PWNED")\n#.manual.txt'


def test_d2_control_characters_in_a_case_name_are_refused_and_nothing_runs(project):
    project.makefile(".jsx", SignIn=SCREEN)
    (project.path / INJECTED).write_text("1. Open the page\nExpected: total is $12.00\n")
    project.script({INJECTED: [PASSING]})
    result = run(project, "--mambagen")
    assert not (project.path / "PWNED").exists()
    assert not list(project.path.glob("test_*.py"))
    assert project.calls() == []
    result.stdout.fnmatch_lines(["*control character*rename*"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_d2_the_header_writes_any_name_on_its_own_three_lines():
    from pytest_mambagen.writer import HEADER_LINES, FileState, inspect, render

    text = render(INJECTED, "Sign\rIn\u2028.jsx", "a" * 64, PASSING)
    header = text.split("\n")[:HEADER_LINES]
    assert all(line.startswith("# ") for line in header)
    assert text.count("\n") == HEADER_LINES + PASSING.count("\n")
    assert "\r" not in text and "\u2028" not in text
    compile(text, "test_x.py", "exec")  # the header is comments only: nothing of the name runs
    path = Path(os.environ.get("TMPDIR", "/tmp")) / "mambagen-d2-header-check.py"
    path.write_text(text, encoding="utf-8")
    try:
        assert inspect(path, "a" * 64).state is FileState.CURRENT
    finally:
        path.unlink()


# -- D3: Source: must stay inside the project and name a screen ---------------------------------------

def test_d3_source_outside_the_project_is_refused_without_reading_it(project):
    cases = project.path / "cases"
    cases.mkdir()
    (cases / "Leak.manual.txt").write_text("Source: ../../../../../../../../etc/passwd\n1. open\n")
    result = run(project, "--mambagen")
    out = result.stdout.str()
    assert "root:" not in out and "/bin/" not in out
    result.stdout.fnmatch_lines(["*Leak.manual.txt*Source: ../../../../../../../../etc/passwd*outside the project*"])
    assert project.calls() == []
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_d3_source_must_name_a_screen_file(project):
    (project.path / ".env").write_text('API_KEY = "sk-live-0123456789"\n')  # parses as JavaScript
    (project.path / "Env.manual.txt").write_text("Source: .env\n1. open\n")
    result = run(project, "--mambagen")
    assert project.calls() == []  # never sent to a backend (a worker) as "the screen"
    assert "sk-live" not in result.stdout.str()
    result.stdout.fnmatch_lines(["*Env.manual.txt*Source: .env*a .jsx, .tsx or .js screen*"])


def test_d3_siblings_outside_the_project_are_not_read(tmp_path):
    from pytest_mambagen.discovery import load_case

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.js").write_text('export const TOKEN = "hunter2";\n')
    root = tmp_path / "project"
    root.mkdir()
    (root / "money.js").write_text("export const fmt = (n) => `$${n}`;\n")
    (root / "Cart.jsx").write_text('import { TOKEN } from "../outside/secret.js";\nimport { fmt } from "./money.js";\n'
                                   + SCREEN)
    (root / "Cart.manual.txt").write_text("1. open\n")
    case = load_case(root / "Cart.manual.txt", root=root)
    assert case.ok, case.error
    assert list(case.siblings) == ["money.js"]


# -- D4: symlinked manual cases ----------------------------------------------------------------------

def test_d4_a_linked_case_keeps_the_path_the_user_gave(project):
    shared = project.path / "shared"
    shared.mkdir()
    (shared / "Generic.jsx").write_text(SCREEN.replace("Shopping cart", "Generic"))
    (shared / "Generic.manual.txt").write_text("1. Open the cart\nExpected: total is $12.00\n")
    cases = project.path / "cases"
    cases.mkdir()
    (cases / "Cart.jsx").write_text(SCREEN)
    (cases / "Cart.manual.txt").symlink_to(shared / "Generic.manual.txt")
    project.script({"Cart.manual.txt": [PASSING], "Generic.manual.txt": [PASSING]})
    result = run(project, "--mambagen", "cases", "-v")
    assert [c["screen"] for c in project.calls()] == ["Cart.jsx"]  # paired beside the link, not the target
    assert (cases / "test_cart.py").is_file() and not (shared / "test_generic.py").exists()
    result.stdout.fnmatch_lines(["*cases/test_cart.py::test_total_is_shown PASSED*"])


def test_d4_a_link_that_leaves_the_project_is_refused(project, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "Other.jsx").write_text(SCREEN)
    (elsewhere / "Other.manual.txt").write_text("1. open\n")
    (project.path / "Cart.jsx").write_text(SCREEN)
    (project.path / "Cart.manual.txt").symlink_to(elsewhere / "Other.manual.txt")
    (project.path / "linked").symlink_to(elsewhere, target_is_directory=True)
    project.script({"Cart.manual.txt": [PASSING], "Other.manual.txt": [PASSING]})
    result = run(project, "--mambagen")
    assert project.calls() == []
    assert not list(elsewhere.glob("test_*.py")) and not list(project.path.glob("test_*.py"))
    result.stdout.fnmatch_lines(["*Cart.manual.txt*link*outside the project*"])
    assert "Other.manual.txt" not in result.stdout.str()  # the linked folder is not walked


# -- D5: two cases that map to one test file --------------------------------------------------------

def test_d5_two_cases_for_one_test_file_are_both_refused_and_named(project):
    project.makefile(".jsx", SignIn=SCREEN)
    (project.path / "SignIn.lock_out.manual.txt").write_text("1. three wrong passwords\n")
    (project.path / "SignIn.lock-out.manual.txt").write_text("1. three wrong passwords, again\n")
    project.script({"SignIn.lock_out.manual.txt": [PASSING], "SignIn.lock-out.manual.txt": [PASSING]})
    result = run(project, "--mambagen")
    assert project.calls() == []
    assert not (project.path / "test_sign_in_lock_out.py").exists()
    result.stdout.fnmatch_lines(["*SignIn.lock*out.manual.txt and SignIn.lock*out.manual.txt both map to "
                                 "test_sign_in_lock_out.py*rename one*"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    # also when only one of them is named on the command line (pre-commit passes what changed)
    result = run(project, "--mambagen", "SignIn.lock_out.manual.txt")
    assert project.calls() == [] and "both map to test_sign_in_lock_out.py" in result.stdout.str()


# -- D8: a screen that cannot work is found before the model runs ------------------------------------

@pytest.mark.parametrize(("jsx", "fragment"), [
    ("export default function A() {\n  return <div><p>Total</span></div>;\n}\n", "closes <p> with </span>"),
    ("export function A() {\n  return <p>Total</p>;\n}\n", "no default export"),
])
def test_d8_broken_screens_are_reported_before_generating(project, jsx, fragment):
    (project.path / "A.jsx").write_text(jsx)
    (project.path / "A.manual.txt").write_text("1. open\n")
    project.script({"A.manual.txt": [PASSING]})
    result = run(project, "--mambagen")
    assert project.calls() == []
    result.stdout.fnmatch_lines([f"*A.manual.txt*{fragment}*"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_d8_default_exports_in_every_usual_form_pass(project):
    forms = {
        "Plain": "export default function Plain() { return <p>x</p>; }\n",
        "Named": "function Named() { return <p>x</p>; }\nexport default Named;\n",
        "Clause": "function Clause() { return <p>x</p>; }\nexport { Clause as default };\n",
        "Arrow": "const Arrow = () => <p>x</p>;\nexport default Arrow;\n",
    }
    for name, jsx in forms.items():
        (project.path / f"{name}.jsx").write_text(jsx)
        (project.path / f"{name}.manual.txt").write_text("1. open\n")
    project.script({f"{name}.manual.txt": [PASSING.replace("total_is_shown", name.lower())] for name in forms})
    result = run(project, "--mambagen")
    assert sorted(c["key"] for c in project.calls()) == sorted(f"{n}.manual.txt" for n in forms), result.stdout.str()


# -- D9: --mambagen-check sees a hand-edited test whose case changed since ---------------------------

def test_d9_check_fails_when_an_edited_tests_case_changed(project):
    project.makefile(".jsx", Cart=SCREEN)
    manual = project.path / "Cart.manual.txt"
    manual.write_text("1. Open the cart\nExpected: total is $12.00\n")
    project.script({"Cart.manual.txt": [PASSING]})
    assert run(project, "--mambagen").ret == pytest.ExitCode.OK
    test = project.path / "test_cart.py"
    test.write_text(test.read_text() + "\n# a person adjusted this\n")
    assert run(project, "--mambagen-check").ret == pytest.ExitCode.OK  # edited, inputs unchanged: fine
    manual.write_text("1. Open the cart\nExpected: total is $13.00\n")
    result = run(project, "--mambagen-check")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*test_cart.py was edited by hand and its manual case or screen changed since*"])
    assert test.read_text().endswith("# a person adjusted this\n")


# -- D6, D7, D11: the worker -------------------------------------------------------------------------

@pytest.fixture
def client():
    from starlette.testclient import TestClient
    from test_worker_scheduler import make_host

    from pytest_mambagen.worker.app import WorkerConfig, create_app

    host, _engine = make_host()
    with TestClient(create_app(host, WorkerConfig(batch_wait=0.0, warm_up=False))) as c:
        yield c


@pytest.mark.parametrize("field", ["temperature", "top_p", "lora_scale"])
@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_d6_non_finite_numbers_are_400(client, field, value):
    body = f'{{"prompt": "x", "max_tokens": 2, "{field}": {value}}}'
    response = client.post("/v1/completions", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert field in response.json()["error"]["message"] and "finite" in response.json()["error"]["message"]


@pytest.mark.parametrize(("extra", "fragment"), [
    ({"messages": {"role": "system"}}, "messages must be a list"),
    ({"messages": 5}, "messages must be a list"),
    ({"messages": [{"role": "system", "content": 5}]}, "messages[0].content must be a string"),
    ({"mambagen_case": {"manual": "m", "jsx": SCREEN, "screen": "Cart.jsx", "grounded": "no"}},
     "grounded must be true or false"),
    ({"mambagen_case": {"manual": "m", "jsx": SCREEN, "screen": "Cart.jsx", "case_name": 5}},
     "case_name must be a string"),
])
def test_d7_bad_fields_beside_a_case_are_400_json(client, extra, fragment):
    body = {"mambagen_case": {"manual": "m", "jsx": SCREEN, "screen": "Cart.jsx"}, "max_tokens": 2, **extra}
    response = client.post("/v1/chat/completions", json=body)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert fragment in response.json()["error"]["message"]


def test_d7_an_unexpected_error_is_a_json_500_without_a_traceback(client, monkeypatch):
    from pytest_mambagen.worker import app as app_module

    def boom(*args, **kwargs):
        raise RuntimeError("kaboom in the validator")

    monkeypatch.setattr(app_module, "_validate", boom)
    response = client.post("/v1/mambagen/validate", json={"code": "x", "jsx": SCREEN, "screen": "Cart.jsx"})
    assert response.status_code == 500
    error = response.json()["error"]
    assert error["type"] == "server_error" and "Traceback" not in response.text and "kaboom" not in response.text
    assert "worker's log" in error["message"]


def test_d11_every_page_and_static_file_sends_the_security_headers(client):
    for path in ("/", "/static/index.html", "/static/app.js", "/static/style.css"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["x-content-type-options"] == "nosniff", path
        csp = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp, path
        assert response.headers["x-frame-options"] == "DENY", path
    assert client.get("/healthz").headers["x-content-type-options"] == "nosniff"


# -- the chat page: honest verdicts and a download that the plugin recognises ------------------------

def test_validate_says_which_checks_ran_and_the_download_carries_the_header(client):
    manual = "1. Open the cart\nExpected: total is $12.00\n"
    verdict = client.post("/v1/mambagen/validate", json={
        "code": GOOD.format(screen="Cart.jsx"), "jsx": SCREEN, "screen": "Cart.jsx", "manual": manual}).json()
    assert verdict["ok"] and verdict["executed"] is False
    assert verdict["summary"] == "static checks passed (syntax, a test, policy, mount, grounding); not run"
    assert verdict["download"].startswith("# Generated by pytest-mambagen from Cart.manual.txt + Cart.jsx.\n")
    assert verdict["download"].endswith(GOOD.format(screen="Cart.jsx"))
    rejected = client.post("/v1/mambagen/validate", json={
        "code": GOOD.format(screen="Cart.jsx") + "\nimport os\n", "jsx": SCREEN, "screen": "Cart.jsx"}).json()
    assert not rejected["ok"] and rejected["download"] is None and rejected["summary"].startswith("rejected")


def test_a_downloaded_test_beside_its_screen_is_ours_for_the_next_run(project, client):
    manual = "1. Open the cart\nExpected: total is $12.00\n"
    verdict = client.post("/v1/mambagen/validate", json={
        "code": PASSING, "jsx": SCREEN, "screen": "Cart.jsx", "manual": manual, "case_name": "total"}).json()
    project.makefile(".jsx", Cart=SCREEN)
    (project.path / "Cart.total.manual.txt").write_text(manual)
    (project.path / verdict["filename"]).write_text(verdict["download"])
    project.script({"Cart.total.manual.txt": [PASSING]})
    result = run(project, "--mambagen")
    assert "not ours" not in result.stdout.str() and "not written by mambagen" not in result.stdout.str()
    assert result.ret == pytest.ExitCode.OK
