"""exact=True is added where a locator's name is part of another name on the screen, and only there."""

from pytest_mambagen.inventory import screen_inventory
from pytest_mambagen.repairs import add_exact

SCREEN = """export default function F() {
  return (<form>
    <label htmlFor="p">Password</label><input id="p" type="password" />
    <label><input type="checkbox" /> Show password</label>
    <button>Save</button><button>Save draft</button><button>Cancel</button>
  </form>);
}
"""


def test_overlapping_names_get_exact_and_a_note():
    code = ('def test_a(mount):\n    page = mount("F.jsx")\n'
            '    page.get_by_label("Password").fill("x")\n'
            '    page.get_by_role("button", name="Save").click()\n'
            '    page.get_by_role("button", name="Cancel").click()\n'
            '    page.get_by_role("button", name="Save draft").click()\n')
    fixed, notes = add_exact(code, screen_inventory(SCREEN, "F.jsx"))
    assert 'get_by_label("Password", exact=True)' in fixed
    assert 'get_by_role("button", name="Save", exact=True)' in fixed
    assert 'name="Cancel")' in fixed and 'name="Save draft")' in fixed
    assert len(notes) == 2 and '"Save draft" is also on the screen' in notes[1]


def test_names_that_are_not_whole_names_and_exact_calls_are_left_alone():
    inv = screen_inventory(SCREEN, "F.jsx")
    code = 'page.get_by_role("button", name="Sav").click()\npage.get_by_label("Password", exact=False)\n'
    assert add_exact(code, inv) == (code, [])
    assert add_exact("not python (", inv) == ("not python (", [])
