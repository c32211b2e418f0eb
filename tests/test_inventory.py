"""The screen inventory reaches what a test must reach that has no static name."""

from pytest_mambagen.inventory import data_arrays, screen_inventory

GRID = """
import { useState } from "react";
import { SEATS } from "./seats.js";

export default function Board({ heading = "Pick a seat" }) {
  const [picked, setPicked] = useState(null);
  const [rows] = useState(SEATS);
  return (
    <div>
      <h2>{heading}</h2>
      <div className="grid">
        {[1, 2, 3, 4].map((n) => (
          <button key={n} className="cell" onClick={() => setPicked(n)}>{n}</button>
        ))}
      </div>
      <ul>
        {rows.filter((s) => s.open).map((s) => (
          <li key={s.code}>
            <label><input type="checkbox" /> {s.label}</label>
          </li>
        ))}
      </ul>
      <span className="count">{picked}</span>
      <Summary title="Your seat" id="summary" />
    </div>
  );
}
"""
SEATS = """
export const SEATS = [
  { code: "A1", label: "Window seat", open: true },
  { code: "A2", label: "Aisle seat", open: true },
];
"""


def inventory():
    return screen_inventory(GRID, "Board.jsx", {"seats.js": SEATS})


def test_rows_rendered_from_data_are_named_by_their_values():
    inv = inventory()
    buttons = [el for el in inv.elements if el.role == "button"]
    assert buttons and buttons[0].repeated and buttons[0].names == ["1", "2", "3", "4"]
    boxes = [el for el in inv.elements if el.role == "checkbox"]
    assert boxes[0].repeated and {"Window seat", "Aisle seat"} <= set(boxes[0].names)
    listing = inv.render()
    assert 'button "1" | "2" | "3" | "4" (one per row of data)' in listing
    assert inv.grounded("label", "Aisle seat", exact=True)


def test_default_props_name_their_elements_and_components_show_their_props():
    inv = inventory()
    assert 'heading "Pick a seat"' in inv.render()
    assert '<Summary title="Your seat" id="summary"/>' in inv.render()
    # a prop that a child may put in data-testid grounds a test id, but is not shown as a text
    assert inv.grounded("test_id", "summary")
    assert not inv.grounded("test_id", "summaries")


def test_classes_and_counters_without_a_role():
    inv = inventory()
    assert {"grid", "cell", "count"} <= set(inv.class_names())
    assert "- span .count (text from data)" in inv.render()


def test_data_arrays_follow_use_state_aliases():
    arrays = data_arrays([GRID, SEATS])
    assert arrays["rows"] == arrays["SEATS"]
    assert arrays["SEATS"][0] == {"code": "A1", "label": "Window seat"}


def test_reducer_plumbing_is_not_shown_as_text():
    src = """
    function reducer(state, action) {
      switch (action.type) {
        case "add": return { ...state, n: state.n + 1 };
        default: return state;
      }
    }
    export default function C() { return <button onClick={() => dispatch({ type: "add" })}>Add one</button>; }
    """
    inv = screen_inventory(src, "C.jsx")
    assert "add" not in inv.texts and "Add one" in inv.texts


def test_concatenations_are_templates_and_unnamed_repeats_take_any_name():
    src = """
    export default function L({ tasks = [], late = 0 }) {
      const pages = [1, 2].length;
      return (<div>
        <p>{late === 1 ? "1 item late" : late + " items late"}</p>
        {tasks.map((t) => <button key={t.id} aria-label={"Raise priority of " + t.name}>up</button>)}
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => <button key={n}>{n}</button>)}
      </div>);
    }
    """
    inv = screen_inventory(src, "L.jsx")
    assert {"{} items late", "Raise priority of {}"} <= set(inv.templates)
    assert inv.grounded("text", "3 items late") and inv.grounded("role", "Raise priority of Tea")
    assert inv.grounded("role", "2", role="button") and not inv.grounded("role", "2", role="link")
    assert 'name="Raise priority of {}"' in inv.render()
