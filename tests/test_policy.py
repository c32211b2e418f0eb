"""The validator's allow-list policy (issue 18): crafted hostile candidates are rejected, idiomatic tests pass.

Every hostile candidate here parses (so it is the policy that rejects it, not a syntax error) and
would, if written and run, start a process, touch files, reach the network, hang the run, or mount
or locate something other than the case's screen. Each must be rejected with a one-line reason that
names what it did. The idiomatic candidates are the shapes real tests use (the fixture references,
the synthetic generator, the hand-written corpus) and must stay accepted.
"""

from __future__ import annotations

import textwrap

import pytest

from pytest_mambagen.inventory import screen_inventory
from pytest_mambagen.validate import validate

SCREEN = """import { useState } from "react";

export default function SignIn() {
  const [email, setEmail] = useState("");
  const [error, setError] = useState("");
  const [left, setLeft] = useState(3);
  const submit = (e) => {
    e.preventDefault();
    if (!email) setError("Email is required");
    else if (!email.includes("@")) setError("Enter a valid email");
    else setLeft(left - 1);
  };
  return (
    <form className="sign-in card" id="sign-in-form" onSubmit={submit}>
      <h1>Sign in</h1>
      <label htmlFor="email">Email</label>
      <input id="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label htmlFor="password">Password</label>
      <input id="password" type="password" />
      <label><input type="checkbox" /> Show password</label>
      <button type="submit" className={left === 0 ? "primary locked" : "primary"}>Sign in</button>
      <button type="button">Forgot password?</button>
      {error && <p role="alert" className="error">{error}</p>}
      <p data-testid="attempts">{left} attempts left</p>
      <ul aria-label="Tips"><li>Use your work email</li><li>Passwords are case sensitive</li></ul>
    </form>
  );
}
"""
INVENTORY = screen_inventory(SCREEN, "SignIn.jsx")
HEAD = 'import pytest\nimport re\nfrom playwright.sync_api import expect\n\n\n'


def check(code: str, *, mount_path: str = "SignIn.jsx", source: str | None = SCREEN):
    return validate(textwrap.dedent(code), inventory=INVENTORY, mount_path=mount_path, screen_source=source)


def body(lines: str, params: str = "mount") -> str:
    """A whole module: the usual imports, then one test that mounts the screen and runs ``lines``."""
    inner = textwrap.indent(textwrap.dedent(lines).strip("\n"), "    ")
    return f'{HEAD}def test_x({params}):\n    page = mount("SignIn.jsx")\n{inner}\n'


# (id, candidate, fragment the reason must contain)
HOSTILE = [
    # -- processes ---------------------------------------------------------------------------------
    ("import-subprocess", "import subprocess\n\ndef test_x():\n    subprocess.run(['id'])\n", "imports subprocess"),
    ("importorskip", body('pytest.importorskip("subprocess").run(["id"])'), ".importorskip"),
    ("dunder-import", body('__import__("os").system("id")'), "__import__"),
    ("os-as-pytest", "import os as pytest\n\ndef test_x():\n    pytest.system('id')\n", "imports os"),
    ("alias-allowed", "import re as pytest\n\ndef test_x():\n    pytest.compile('x')\n", "as pytest"),
    ("from-os", "from os import system as expect\n\ndef test_x():\n    expect('id')\n", "from os import"),
    ("importlib", "import importlib\n\ndef test_x():\n    importlib.import_module('os').system('id')\n",
     "imports importlib"),
    ("from-pytest", "from pytest import importorskip\n\ndef test_x():\n    importorskip('os').system('id')\n",
     "from pytest import"),
    ("pytest-main", body('pytest.main(["-p", "evil"])'), ".main"),
    ("subclasses", body('type(page).__subclasses__()'), "type"),
    ("class-gadget", body('x = ().__class__.__base__.__subclasses__()'), "__class__"),
    ("getattr", body('getattr(page, "evaluate")("fetch(1)")'), "getattr"),
    ("eval", body('eval("1 + 1")'), "eval"),
    ("exec", body('exec("import os")'), "exec"),
    ("builtin-compile", body('compile("import os", "x", "exec")'), "compile"),
    ("globals-subscript", body('globals()["__builtins__"]'), "globals"),
    ("builtins-subscript", body('x = __builtins__["open"]'), "__builtins__"),
    ("expect-globals", body('expect.__globals__["sys"].modules["os"].system("id")'), "__globals__"),
    ("expect-set-options", body('expect.set_options(timeout=0)'), ".set_options"),
    ("mounter-internals", body('mount.harness._browser.new_context()'), ".harness"),
    ("format-gadget", body('x = "{0.__class__}".format(page)'), ".format"),
    ("module-level-call", "import pytest\n\npytest.exit('bye')\n\ndef test_x():\n    pass\n", "module level"),
    ("class-body", "class TestX:\n    __import__('os').system('id')\n\n    def test_x(self):\n        pass\n",
     "class"),
    ("decorator-call", "@__import__('os').system\ndef test_x():\n    pass\n", "decorator"),
    ("decorator-fixture", "import pytest\n\n@pytest.fixture(autouse=True)\ndef test_x():\n    pass\n",
     "pytest.fixture"),
    ("default-arg", "def test_x(mount, p=__import__('os').system('id')):\n    pass\n", "default"),
    ("annotation", "def test_x(mount: __import__('os').system('id')):\n    pass\n", "annotation"),
    ("string-annotation", "def test_x(mount: 'os.system(1)'):\n    pass\n", "annotation"),
    ("return-annotation", "def test_x(mount) -> __import__('os').system('id'):\n    pass\n", "annotation"),
    ("lambda", body('f = lambda: __import__("os")'), "lambda"),
    ("nested-def", body('def inner():\n    return 1\ninner()'), "nested function"),
    ("walrus", body('(p := page)'), "walrus"),
    ("comprehension", body('x = [open("/etc/passwd") for _ in [1]]'), "comprehension"),
    ("star-import", "from playwright.sync_api import *\n\ndef test_x():\n    pass\n", "import *"),
    ("sync-playwright", "from playwright.sync_api import sync_playwright\n\ndef test_x():\n"
                        "    sync_playwright().start()\n", "sync_playwright"),
    ("async-test", "async def test_x(mount):\n    pass\n", "async"),
    ("non-ascii-name", "def test_x(mount):\n    page = \uff4dount('Other.jsx')\n", "non-ASCII"),
    ("print", body('print(page)'), "print"),
    ("if-statement", body('if True:\n    page.get_by_text("Sign in").click()'), "if"),
    ("try-statement", body('try:\n    pass\nexcept Exception:\n    pass'), "try"),
    ("raise", body('raise SystemExit(0)'), "raise"),
    ("global", body('global X'), "global"),
    ("assert-with-call", body('assert __import__("os").system("id") == 0'), "__import__"),
    # -- files --------------------------------------------------------------------------------------
    ("open", body('open("/etc/passwd").read()'), "open"),
    ("pathlib", "import pathlib\n\ndef test_x():\n    pathlib.Path('x').write_text('y')\n", "imports pathlib"),
    ("screenshot", body('page.screenshot(path="/tmp/x.png")'), ".screenshot"),
    ("locator-screenshot", body('page.get_by_text("Sign in").screenshot(path="/tmp/x.png")'), ".screenshot"),
    ("pdf", body('page.pdf(path="/tmp/x.pdf")'), ".pdf"),
    ("storage-state", body('page.context.storage_state(path="/tmp/s.json")'), ".context"),
    ("set-input-files", body('page.get_by_label("Email").set_input_files("/etc/passwd")'), ".set_input_files"),
    ("expect-download", body('with page.expect_download() as d:\n    page.get_by_text("Sign in").click()'),
     "with"),
    ("to-have-screenshot", body('expect(page).to_have_screenshot()'), ".to_have_screenshot"),
    # -- network ------------------------------------------------------------------------------------
    ("goto", body('page.goto("http://evil.test/")'), ".goto"),
    ("new-page", body('page.context.new_page().goto("http://evil")'), ".context"),
    ("browser", body('page.context.browser.new_context()'), ".context"),
    ("request", body('page.request.get("http://evil.test/")'), ".request"),
    ("route", body('page.route("**/*", print)'), ".route"),
    ("evaluate", body('page.evaluate("fetch(\'http://evil.test/\')")'), ".evaluate"),
    ("locator-evaluate", body('page.get_by_text("Sign in").evaluate("e => fetch(1)")'), ".evaluate"),
    ("init-script", body('page.add_init_script("fetch(1)")'), ".add_init_script"),
    ("set-content", body('page.set_content("<img src=http://evil.test/x>")'), ".set_content"),
    ("expose", body('page.expose_function("f", print)'), ".expose_function"),
    ("urllib", "import urllib.request\n\ndef test_x():\n    urllib.request.urlopen('http://evil')\n",
     "imports urllib.request"),
    ("socket", "import socket\n\ndef test_x():\n    socket.create_connection(('evil', 80))\n", "imports socket"),
    # -- hangs --------------------------------------------------------------------------------------
    ("while", body('while True:\n    pass'), "while"),
    ("wait-for-timeout", body('page.wait_for_timeout(100000000)'), ".wait_for_timeout"),
    ("pause", body('page.pause()'), ".pause"),
    ("huge-range", body('for _ in range(100000000):\n    page.get_by_text("Sign in").click()'), "range"),
    ("binop-range", body('for _ in range(10 ** 9):\n    pass'), "operator"),
    ("string-bomb", body('page.get_by_label("Email").fill("x" * 10 ** 10)'), "operator"),
    ("timeout-zero", body('page.get_by_text("Sign in").click(timeout=0)'), "timeout"),
    ("huge-delay", body('page.keyboard.type("abc", delay=100000000)'), "delay"),
    ("time-sleep", "import time\n\ndef test_x():\n    time.sleep(1000)\n", "imports time"),
    ("input", body('input()'), "input"),
    ("breakpoint", body('breakpoint()'), "breakpoint"),
    ("recursion", HEAD + "def again(page):\n    again(page)\n\n\ndef test_x(mount):\n"
                         "    again(mount('SignIn.jsx'))\n", "helper"),
    # -- mount and grounding escapes (D12) ----------------------------------------------------------
    ("mount-variable", HEAD + 'def test_x(mount):\n    p = "Other.jsx"\n    mount(p)\n', "literal"),
    ("mount-alias", HEAD + 'def test_x(mount):\n    m = mount\n    m("Other.jsx")\n', "mount"),
    ("harness-fixture", HEAD + 'def test_x(mambagen_harness):\n    mambagen_harness.mount("Other.jsx")\n',
     "mambagen_harness"),
    ("other-screen", HEAD + 'def test_x(mount):\n    mount("Other.jsx")\n', 'mounts "Other.jsx"'),
    ("absolute-screen", HEAD + 'def test_x(mount):\n    mount("/etc/passwd")\n', "/etc/passwd"),
    ("mount-keyword-path", HEAD + 'def test_x(mount):\n    mount(path="SignIn.jsx")\n', "mount"),
    ("props-not-literal", HEAD + 'def test_x(mount):\n    mount("SignIn.jsx", props={"a": print})\n', "props"),
    ("playwright-page-fixture", HEAD + 'def test_x(page):\n    page.goto("http://evil")\n', "fixture page"),
    ("other-fixture", HEAD + 'def test_x(mount, monkeypatch):\n    mount("SignIn.jsx")\n', "monkeypatch"),
    ("fstring-locator", body('name = "Sign"\npage.get_by_text(f"{name} in").click()'), "f-string"),
    ("text-engine", body('page.locator("text=Sign in").click()'), "text="),
    ("xpath-engine", body('page.locator("xpath=//button").click()'), "xpath="),
    ("chained-engine", body('page.locator("button >> nth=0").click()'), ">>"),
    ("css-not-on-screen", body('page.locator(".pay-now").click()'), ".pay-now"),
    ("ungrounded-name", body('page.get_by_role("button", name="Pay now").click()'), '"Pay now"'),
    ("undefined-name", body('expect(page.get_by_role("alert")).to_have_text(message)'), "message"),
    ("subscript", body('x = [page][0]'), "subscript"),
    ("usefixtures", "import pytest\n\n@pytest.mark.usefixtures('monkeypatch')\ndef test_x():\n    pass\n",
     "usefixtures"),
    ("parametrize-call", "import pytest\n\n@pytest.mark.parametrize('x', [__import__('os').system('id')])\n"
                         "def test_x(x):\n    pass\n", "__import__"),
    ("parametrize-indirect", "import pytest\n\n@pytest.mark.parametrize('x', ['a'], indirect=True)\n"
                             "def test_x(x):\n    pass\n", "indirect"),
    ("constant-call", "X = __import__('os')\n\ndef test_x():\n    pass\n", "constant"),
    ("shadow-expect", HEAD + "expect = print\n\ndef test_x():\n    expect('x')\n", "expect"),
    ("dunder-attribute", body('page.get_by_role("button", name="Sign in").__dict__'), "__dict__"),
    ("keyboard-dunder", body('page.keyboard.__class__'), "__class__"),
    ("helper-gets-mount", HEAD + 'def helper(m):\n    m("Other.jsx")\n\n\ndef test_x(mount):\n    helper(mount)\n',
     "mount"),
    ("method-reference", body('click = page.get_by_text("Sign in").click\nclick()'), "without calling"),
    ("aug-assign", body('n = 1\nn += 1'), "+="),
    ("pytest-plugins", "pytest_plugins = ['antigravity']\n\ndef test_x():\n    pass\n", "pytest_plugins"),
    ("setup-module", HEAD + "def setup_module(page):\n    page.get_by_text('Sign in').click()\n\n\n"
                            "def test_x(mount):\n    setup_module(mount('SignIn.jsx'))\n", "setup_module"),
    ("module-getattr", "def __getattr__(name):\n    pass\n\ndef test_x():\n    pass\n", "__getattr__"),
    ("dunder-constant", "__test__ = True\n\ndef test_x():\n    pass\n", "__test__"),
    ("doubling-bomb", body('a = "x"\n' + "".join(f"a{i + 1} = a{i or ''} + a{i or ''}\n" for i in range(20))),
     "operator +"),
    ("long-locator", body('page.get_by_text("' + "Sign in " * 60 + '").click()'), "characters"),
    ("del", body('del page'), "del"),
]


@pytest.mark.parametrize(("candidate", "fragment"), [pytest.param(c, f, id=i) for i, c, f in HOSTILE])
def test_hostile_candidate_is_rejected(candidate, fragment):
    verdict = check(candidate)
    assert verdict.checks.get("syntax"), f"{candidate!r} does not parse: the policy was not tested"
    assert not verdict.ok, f"accepted:\n{candidate}"
    assert fragment in verdict.reason, verdict.reason
    for reason in verdict.reasons:
        assert "\n" not in reason and reason.strip() == reason


def test_pathological_input_is_rejected_not_crashed():
    deep = body("x = " + "[" * 3000 + "]" * 3000)
    verdict = check(deep)
    assert not verdict.ok and verdict.reasons


def test_there_are_at_least_42_hostile_candidates_in_every_class():
    assert len(HOSTILE) >= 42
    assert len({i for i, _, _ in HOSTILE}) == len(HOSTILE)


IDIOMATIC = {
    "role-and-exact": body('''
        page.get_by_label("Email").fill("ana@example.com")
        page.get_by_label("Password", exact=True).fill("secret123")
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("alert")).not_to_be_visible()
    '''),
    "re-compile": body('''
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_test_id("attempts")).to_have_text(re.compile(r"\\d attempts left"))
        expect(page.get_by_text(re.compile("attempts left$", re.IGNORECASE))).to_be_visible()
    '''),
    "parametrize-table": HEAD + textwrap.dedent('''\
        @pytest.mark.parametrize(
            ("email", "message"),
            [
                ("", "Email is required"),
                ("ana", "Enter a valid email"),
                pytest.param("  ", "Enter a valid email", id="blank"),
            ],
        )
        def test_bad_email(mount, email, message):
            page = mount("SignIn.jsx")
            page.get_by_label("Email").fill(email)
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_role("alert")).to_have_text(message)
        '''),
    "parametrize-string-names": HEAD + textwrap.dedent('''\
        @pytest.mark.parametrize("label,value", [("Email", "ana@example.com"), ("Password", "x")], ids=["e", "p"])
        def test_fill(mount, label, value) -> None:
            """Each field keeps what is typed."""
            page = mount("SignIn.jsx")
            page.get_by_label(label, exact=True).fill(value)
            expect(page.get_by_label(label, exact=True)).to_have_value(value)
        '''),
    "props-literals": HEAD + textwrap.dedent('''\
        def test_props(mount):
            page = mount("SignIn.jsx", props={"left": 1, "user": {"name": "Ana", "roles": ["qa"]}, "x": None})
            expect(page.get_by_test_id("attempts")).to_contain_text("attempts left")
            mount("SignIn.jsx", {"left": 0})
        '''),
    "nth-first-last-filter": body('''
        buttons = page.get_by_role("button")
        expect(buttons).to_have_count(2)
        expect(buttons.nth(0)).to_have_text("Sign in")
        expect(buttons.first).to_be_enabled()
        expect(buttons.last).to_have_text("Forgot password?")
        tips = page.get_by_role("list", name="Tips").get_by_role("listitem")
        expect(tips.filter(has_text="work email")).to_have_count(1)
        expect(page.get_by_role("listitem").filter(has=page.get_by_text("case sensitive"))).to_be_visible()
    '''),
    "css-grounded": body('''
        expect(page.locator(".sign-in")).to_be_visible()
        expect(page.locator("#email")).to_be_empty()
        expect(page.locator("form.card button.primary")).to_have_text("Sign in")
        expect(page.locator("button.primary:not(.locked)")).to_have_count(1)
        expect(page.locator("[data-testid='attempts']")).to_contain_text("3")
        expect(page.locator("li:nth-child(2)")).to_have_text("Passwords are case sensitive")
    '''),
    "keyboard-and-actions": body('''
        email = page.get_by_label("Email")
        email.click()
        page.keyboard.type("ana")
        page.keyboard.press("Tab")
        page.keyboard.down("Shift")
        page.keyboard.up("Shift")
        page.keyboard.insert_text("x")
        page.get_by_label("Show password").check()
        page.get_by_label("Show password").set_checked(False)
        email.press_sequentially("bc", delay=10)
        email.clear()
        email.hover()
        email.focus()
        expect(email).to_be_focused()
        expect(email).to_have_attribute("id", "email")
        expect(page.get_by_role("button", name="Sign in")).to_be_enabled(timeout=2000)
    '''),
    "loops-and-asserts": body('''
        for value in ["a", "b@", "c@d"]:
            page.get_by_label("Email").fill(value)
        for _ in range(3):
            page.get_by_role("button", name="Sign in").click()
        for label, text in [("Email", "x"), ("Password", "y")]:
            page.get_by_label(label, exact=True).fill(text)
        assert page.get_by_role("listitem").count() == 2, "two tips"
        assert page.get_by_label("Email").input_value() == "x"
        assert not page.get_by_role("alert").is_visible()
    '''),
    "constants-and-helpers": HEAD + textwrap.dedent('''\
        EMAIL = "ana@example.com"
        FIELDS = ["Email", "Password"]


        def sign_in(page, email):
            page.get_by_label("Email").fill(email)
            page.get_by_role("button", name="Sign in").click()


        def test_sign_in(mount):
            page = mount("SignIn.jsx")
            sign_in(page, EMAIL)
            for field in FIELDS:
                expect(page.get_by_label(field, exact=True)).to_be_visible()
            expect(page.get_by_test_id("attempts")).to_have_text("2 attempts left")
        '''),
    "no-mount-at-all": "def test_nothing():\n    pass\n",
    "dict-keyword-props": HEAD + 'def test_x(mount):\n    mount("SignIn.jsx", props=dict(input=1, left=2))\n',
}


@pytest.mark.parametrize("name", sorted(IDIOMATIC))
def test_idiomatic_candidate_is_accepted(name):
    verdict = check(IDIOMATIC[name])
    assert verdict.ok, verdict.reason


def test_d10_re_compile_and_keywords_named_like_builtins_are_not_false_positives():
    verdict = check(body('expect(page.get_by_test_id("attempts")).to_have_text(re.compile("attempts"))'))
    assert verdict.ok, verdict.reason
    verdict = check(HEAD + 'def test_x(mount):\n    mount("SignIn.jsx", props=dict(input=1))\n')
    assert verdict.ok and "input" not in verdict.reason, verdict.reason
    # a real call of the builtins is still refused, and the reason names the builtin that was called
    verdict = check(body('x = dict(input=input())'))
    assert not verdict.ok and "input()" in verdict.reason and "dict" not in verdict.reason


def test_d12_mount_and_locator_escapes_each_named():
    for code, fragment in [
        (HEAD + 'def test_x(mount):\n    p = "SignIn.jsx"\n    mount(p)\n', "mount() takes the screen path as a literal"),
        (HEAD + 'def test_x(mount):\n    m = mount\n    m("Other.jsx")\n', "mount"),
        (HEAD + 'def test_x(mambagen_harness):\n    mambagen_harness.mount("Other.jsx")\n', "mambagen_harness"),
        (body('page.get_by_text(f"Sign in").click()'), "f-string"),
        (body('page.locator("text=Sign in").click()'), "CSS"),
    ]:
        verdict = check(code)
        assert not verdict.ok and fragment in verdict.reason, (code, verdict.reason)


def test_every_name_is_defined():
    verdict = check(body('page.get_by_label("Email").fill(message)'))
    assert not verdict.ok and "message" in verdict.reason and "not defined" in verdict.reason
    verdict = check(body('expect(page.get_by_role("alert")).to_have_text(message)\nmessage = "Email is required"'))
    assert not verdict.ok and "before it is assigned" in verdict.reason


def test_grounding_follows_names_to_their_values():
    table = HEAD + textwrap.dedent('''\
        @pytest.mark.parametrize("button", ["Sign in", "Pay now"])
        def test_x(mount, button):
            page = mount("SignIn.jsx")
            page.get_by_role("button", name=button).click()
        ''')
    verdict = check(table)
    assert not verdict.ok and '"Pay now"' in verdict.reason and '"Sign in"' not in verdict.reason
    computed = body('text = page.get_by_role("alert").inner_text()\npage.get_by_text(text).click()')
    verdict = check(computed)
    assert not verdict.ok and "literal" in verdict.reason
    typed = body('page.get_by_label("Email").fill("Brand new text")\nexpect(page.get_by_text("Brand new text")).to_be_visible()')
    assert check(typed).ok


def test_css_locators_need_the_screen_source_to_be_grounded():
    code = body('expect(page.locator(".sign-in")).to_be_visible()')
    assert check(code).ok
    verdict = check(code, source=None)
    assert not verdict.ok and "source" in verdict.reason
    # without any screen (no inventory, no source) there is nothing to ground against
    assert validate(code, mount_path="SignIn.jsx").ok


def test_repairs_still_work_and_the_verdict_keeps_its_shape():
    fenced = "Here it is:\n```python\n" + body('page.get_by_role("button", name="Sign in").click()') + "```\n"
    verdict = check(fenced)
    assert verdict.ok and verdict.repairs == ["took the code out of a fenced block"]
    truncated = body('page.get_by_role("button", name="Sign in").click()') + '\n\ndef test_cut(mount):\n    page = mount("Sig'
    verdict = check(truncated)
    assert verdict.ok and verdict.tests == ["test_x"] and "dropped an incomplete block" in verdict.repairs[0]
    assert set(verdict.checks) == {"syntax", "has_test", "policy", "mount", "grounding"}
    bad = check(body('page.goto("http://evil")\npage.get_by_role("button", name="Pay now").click()'))
    assert bad.checks["policy"] is False and bad.checks["grounding"] is False and bad.checks["mount"] is True
    assert bad.reason.count("line ") == len(bad.reasons)


def test_overlapping_names_still_warn():
    verdict = check(body('page.get_by_label("Password").fill("x")'))
    assert verdict.ok and any("Show password" in w for w in verdict.warnings)


def test_props_tables_and_built_class_names_are_accepted():
    screen = ('export default function Rows({ kinds = ["tank", "brew"], state = "" }) {\n'
              '  return <ul>{state && <li className="state-msg">{state}</li>}'
              '{kinds.map((k) => <li key={k} className={"col-" + k}>{k}</li>)}</ul>;\n}\n')
    code = HEAD + textwrap.dedent('''\
        @pytest.mark.parametrize("props,message", [({"state": "Loading"}, "Loading"), ({"state": "Empty"}, "Empty")])
        def test_states(mount, props, message):
            page = mount("Rows.jsx", props=props)
            expect(page.locator(".state-msg")).to_have_text(message)
            expect(page.locator("li.col-tank")).to_have_count(1)
        ''')
    inventory = screen_inventory(screen, "Rows.jsx")
    verdict = validate(code, inventory=inventory, mount_path="Rows.jsx", screen_source=screen)
    assert verdict.ok, verdict.reason
    bad = code.replace('("state": "Empty"}', '("state": print}').replace('({"state": "Empty"}', '({"state": print}')
    assert not validate(bad, inventory=inventory, mount_path="Rows.jsx", screen_source=screen).ok
    other = code.replace("li.col-tank", "li.row-tank")
    verdict = validate(other, inventory=inventory, mount_path="Rows.jsx", screen_source=screen)
    assert not verdict.ok and ".row-tank" in verdict.reason
