"""Grounded decoding: which tokens may follow, given what the screen and the case contain."""

from __future__ import annotations

from pytest_mambagen.inventory import extract
from pytest_mambagen.model.grounding import GroundingConstraint, TokenIndex

VOCAB = ['"', '")', '").', '"]', '",', "'", "')", "Sign", " in", " up", "Email", " is", " required",
         "Save", " changes", "Submit", "Thanks", ",", " Ana", " Silva", "!", "$", "12", ".", "00", '.")', '!"',
         " permanent", " permanent.\")",
         "Help", "x", "Cart", ".jsx", "button", "link", "heading", "Pay"]
SCREEN = """export default function Form() {
  const [error, setError] = useState("");
  return (
    <form>
      <h1>Help</h1>
      <label htmlFor="e">Email</label><input id="e" />
      <button type="submit">Sign in</button>
      <a href="/x">Sign up</a>
      {error && <p role="alert">Email is required</p>}
    </form>
  );
}
"""
MANUAL = "1. Click Sign in\nExpected: Thanks, Ana Silva! Total $12.00\nIt is permanent.\n"


def allowed(generated: str) -> list[str] | None:
    index = TokenIndex(VOCAB)
    constraint = GroundingConstraint.for_case(index, extract(SCREEN), "Cart.jsx", MANUAL)
    ids = constraint.allowed(generated)
    return None if ids is None else sorted(index.texts[i] for i in ids)


def test_outside_strings_the_model_is_free():
    assert allowed('page.get_by_role("button", name="Sign in").click()\n    ') is None
    assert allowed("x = 1") is None


def test_locator_strings_follow_the_inventory():
    assert "Pay" not in allowed('page.get_by_label("')
    assert "Email" in allowed('page.get_by_label("')
    assert allowed('page.get_by_label("Email') == [" is", '"', '")', '").', '",']


def test_role_names_are_held_to_elements_with_that_role():
    assert allowed('page.get_by_role("button", name="') == ["Sign"]
    assert allowed('page.get_by_role("button", name="Sign') == [" in"]
    assert allowed('page.get_by_role("link", name="Sign') == [" up"]


def test_closing_quote_must_go_on_like_a_call():
    options = allowed('page.get_by_label("Email')
    assert '"]' not in options and '")' in options


def test_mount_is_held_to_the_case_screen():
    assert allowed('page = mount("') == ["Cart"]
    assert allowed('page = mount("Cart') == [".", ".jsx"]


def test_expected_values_are_copied_from_the_case_or_the_screen():
    start = allowed('expect(page.get_by_role("status")).to_have_text("')
    assert "Thanks" in start and "Pay" not in start
    # an expected text is one whole value the case supplies, never a fragment of one
    assert allowed('expect(page.get_by_role("status")).to_have_text("Thanks, Ana') == [" Silva"]
    assert '"' in allowed('expect(page.get_by_role("status")).to_have_text("Thanks, Ana Silva')
    after = allowed('expect(page.get_by_test_id("total")).to_have_text("$12.00')
    assert '")' in after
    # a typed value may be any run of the case's words, since QA writes "enter Ana Silva"
    assert '"' in allowed('page.get_by_label("Email").fill("Thanks, Ana')
    assert allowed('page.get_by_label("Email").fill("Tha') is None  # "Tha" is not a word start anywhere


def test_typed_values_may_be_located_afterwards():
    generated = 'page.get_by_label("Email").fill("Pay")\n    page.get_by_text("'
    assert "Pay" in allowed(generated)


def test_a_copied_value_may_end_and_close_in_one_token():
    # Trained tests end sentences with '.")' in one token; forbidding it made the model close one
    # character short ("...permanent" instead of "...permanent.").
    options = allowed('expect(page.get_by_role("dialog")).to_contain_text("It is')
    assert " permanent" in options and ' permanent.")' in options
    assert '.")' in allowed('expect(page.get_by_role("dialog")).to_contain_text("It is permanent')
    assert '!"' in allowed('expect(page.get_by_role("status")).to_have_text("Thanks, Ana Silva')
    # but a closing token may only spell what the source holds
    assert '.")' not in allowed('expect(page.get_by_role("status")).to_have_text("Thanks, Ana')


ROWS = """const ITEMS = [{ name: "Tea" }, { name: "Jam" }];
export default function Cart() {
  return <ul>{ITEMS.map((i) => <li key={i.name}><button aria-label={`Remove ${i.name}`}>x</button></li>)}
    <button>Checkout</button></ul>;
}
"""
ROW_VOCAB = ['"', '")', '",', "Remove", " Tea", " Jam", " Checkout", "Checkout", "Tea", "Jam", " x", "1", "2",
             ":", " "]


def allowed_rows(generated: str, manual: str = "Remove Tea from the cart\n| item | qty |\n| Jam | 2 |") -> list[str] | None:
    index = TokenIndex(ROW_VOCAB)
    from pytest_mambagen.inventory import screen_inventory

    constraint = GroundingConstraint.for_case(index, screen_inventory(ROWS, "Cart.jsx"), "Cart.jsx", manual)
    ids = constraint.allowed(generated)
    return None if ids is None else sorted(index.texts[i] for i in ids)


def test_templates_are_filled_only_with_values_the_case_or_the_data_supply():
    options = allowed_rows('page.get_by_role("button", name="Remove')
    assert " Tea" in options and " Jam" in options  # data rows (and the case)
    assert " Checkout" not in options  # a screen string, but no value for this hole


def test_parametrize_rows_and_props_values_are_grounded_but_names_and_keys_are_free():
    head = '@pytest.mark.parametrize("item,qty", [("'
    assert allowed_rows('@pytest.mark.parametrize("') is None  # argument names are code
    rows = allowed_rows(head)
    assert rows is not None and "Jam" in rows and "Checkout" in rows
    assert allowed_rows(head + 'Jam", "') is not None
    assert allowed_rows('@pytest.mark.parametrize("item", ["Jam"])\ndef test_x(mount, item):\n    x = "') is None
    assert allowed_rows('page = mount("Cart.jsx", props={"') is None  # a key
    assert "Tea" in allowed_rows('page = mount("Cart.jsx", props={"title": "')


CSS_VOCAB = [*VOCAB, ".", "#", "cart", "-row", " .", "price", "price\")", "total", "-", "row", " >", "li", "[", "e",
                     "'", "\", \"", "Jam", "Tea", ")", "),", ")]", ", ", "3", "\n"]
CSS_SCREEN = """export default function Cart() {
  return (
    <ul id="e">
      <li className="cart-row"><span className="price">$3</span></li>
      <p className="total">Total</p>
    </ul>
  );
}
"""


def allowed_css(generated: str) -> list[str] | None:
    index = TokenIndex(CSS_VOCAB)
    constraint = GroundingConstraint.for_case(index, extract(CSS_SCREEN), "Cart.jsx", "Add Jam and Tea")
    ids = constraint.allowed(generated)
    return None if ids is None else sorted(index.texts[i] for i in ids)


def test_css_classes_and_ids_in_a_locator_are_the_screens():
    options = allowed_css('page.locator(".')
    assert "cart" in options and "price" in options and "total" in options
    assert "Cart" not in options and "row" not in options  # no class starts with these
    assert allowed_css('page.locator(".cart') == ["-", "-row"]
    after = allowed_css('page.locator(".cart-row')
    assert '")' in after and " ." in after and " >" in after and "cart" not in after
    assert allowed_css('page.locator("#') == ["e"]
    assert allowed_css('page.locator("') is None  # a tag, a class or an id: free until one starts
    assert allowed_css('page.locator("li') is None
    assert allowed_css('page.locator("[') is None  # attribute selectors stay free


def test_a_parametrize_row_closes_when_it_has_every_value():
    head = '@pytest.mark.parametrize("item,qty", [\n    ("Jam", "3"'
    assert allowed_css(head) == [")", "),", ")]"]
    assert allowed_css('@pytest.mark.parametrize("item,qty", [("Jam"') == [",", ", "]
    last = allowed_css('@pytest.mark.parametrize("item,qty", [("Jam", "Tea')
    assert '")' in last and '",' not in last and '", "' not in last  # closing the last value closes the row
    first = allowed_css('@pytest.mark.parametrize("item,qty", [("Tea')
    assert '",' in first and '")' not in first
    assert allowed_css(head + "),\n    (") is None  # a new row opens: the next value is free
    assert allowed_css('@pytest.mark.parametrize("item", ["Jam"') is None  # one name: bare values
    assert allowed_css('@pytest.mark.parametrize("item,qty", [pytest.param("Jam"') is None
    assert allowed_css(head + ")])\ndef test_x(mount, item, qty):\n    x = 1") is None
