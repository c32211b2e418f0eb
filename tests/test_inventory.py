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


# -- read once per case -------------------------------------------------------------------------

def test_the_strings_by_kind_live_and_die_with_their_inventory():
    import gc
    import weakref

    inv = inventory()
    assert inv.strings_for("label") is not None and inv.grounded("label", "Aisle seat")
    ref = weakref.ref(inv)
    del inv
    gc.collect()
    assert ref() is None  # no process-wide cache holds it


def test_a_generation_pass_reads_each_screen_once_for_all_its_candidates(tmp_path, monkeypatch):
    from pytest_mambagen import inventory as inventory_module
    from pytest_mambagen.backends.base import Completion
    from pytest_mambagen.config import Settings
    from pytest_mambagen.prompts import build_messages
    from pytest_mambagen.session import GenerationPass
    from pytest_mambagen.validate import ScreenSource

    (tmp_path / "Board.jsx").write_text(GRID)
    (tmp_path / "seats.js").write_text(SEATS)
    (tmp_path / "Board.manual.txt").write_text("1. Pick a seat\nExpected: Window seat is listed\n")
    reads = {"inventory": 0, "spelling": 0}
    real_inventory, real_of = inventory_module.screen_inventory, ScreenSource.of.__func__

    def counted_inventory(*args, **kwargs):
        reads["inventory"] += 1
        return real_inventory(*args, **kwargs)

    def counted_of(cls, *args, **kwargs):
        reads["spelling"] += 1
        return real_of(cls, *args, **kwargs)

    monkeypatch.setattr(inventory_module, "screen_inventory", counted_inventory)
    monkeypatch.setattr(ScreenSource, "of", classmethod(counted_of))
    ungrounded = ('from playwright.sync_api import expect\n\n\ndef test_seat(mount):\n'
                  '    page = mount("Board.jsx")\n    expect(page.get_by_label("Middle seat")).to_be_visible()\n')

    class PromptingBackend:
        """Asks for what the local backend asks for per request: the prompt and the grounding inventory."""

        def identity(self):
            return {"base": "counting", "base_sha256": "0" * 64, "adapter": None, "adapter_sha256": None}

        def generate(self, requests, on_progress=None):
            for request in requests:
                build_messages(request.case)
                request.case.inventory()
            return [Completion(r.id, text=ungrounded) for r in requests]

        def close(self):
            pass

    generation = GenerationPass(Settings(mode="generate", candidates=3, verify=False), rootdir=tmp_path,
                                backend_factory=PromptingBackend, show_progress=False)
    [report] = generation.run([tmp_path])
    assert report.status == "rejected" and report.candidates == 3
    assert reads == {"inventory": 1, "spelling": 1}
