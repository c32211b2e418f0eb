import { Component } from "react";

const CHECKS = [
  { id: "fuel", section: "Exterior", text: "Fuel sampled - no water" },
  { id: "oil", section: "Exterior", text: "Oil 6 qt minimum" },
  { id: "pitot", section: "Exterior", text: "Pitot cover removed" },
  { id: "tie", section: "Exterior", text: "Tie-downs and chocks removed" },
  { id: "docs", section: "Cockpit", text: "ARROW documents on board" },
  { id: "belts", section: "Cockpit", text: "Seat belts fastened" },
];

export default class PreflightChecklist extends Component {
  static defaultProps = { aircraft: "C172S G-CRUS" };

  state = { checked: ["fuel", "oil"], squawks: [{ id: 1, text: "Left nav light flickers", resolved: false }], draft: "" };

  toggleCheck(id) {
    this.setState((s) => ({
      checked: s.checked.includes(id) ? s.checked.filter((c) => c !== id) : [...s.checked, id],
    }));
  }

  addSquawk = (e) => {
    e.preventDefault();
    const text = this.state.draft.trim();
    if (!text) return;
    this.setState((s) => ({
      squawks: [...s.squawks, { id: s.squawks.length + 1, text, resolved: false }],
      draft: "",
    }));
  };

  resolve(id) {
    this.setState((s) => ({ squawks: s.squawks.map((q) => (q.id === id ? { ...q, resolved: !q.resolved } : q)) }));
  }

  remove(id) {
    this.setState((s) => ({ squawks: s.squawks.filter((q) => q.id !== id) }));
  }

  render() {
    const { checked, squawks, draft } = this.state;
    const done = checked.length;
    const open = squawks.filter((q) => !q.resolved).length;
    const ready = done === CHECKS.length && open === 0;

    return (
      <section className="preflight">
        <h1>Preflight - {this.props.aircraft}</h1>
        <p className="progress">
          {done} of {CHECKS.length} checks done · {open === 1 ? "1 open squawk" : open + " open squawks"}
        </p>

        {["Exterior", "Cockpit"].map((sec) => (
          <fieldset key={sec}>
            <legend>{sec}</legend>
            {CHECKS.filter((c) => c.section === sec).map((c) => (
              <label key={c.id} className="check">
                <input type="checkbox" checked={checked.includes(c.id)} onChange={() => this.toggleCheck(c.id)} />
                {c.text}
              </label>
            ))}
          </fieldset>
        ))}

        <h2>Squawks</h2>
        <form onSubmit={this.addSquawk}>
          <label htmlFor="squawk">New squawk</label>
          <input id="squawk" value={draft} onChange={(e) => this.setState({ draft: e.target.value })} />
          <button type="submit">Log squawk</button>
        </form>
        <ul className="squawks">
          {squawks.map((q) => (
            <li key={q.id}>
              <label>
                <input type="checkbox" checked={q.resolved} onChange={() => this.resolve(q.id)} />
                {q.text}
              </label>
              <button type="button" onClick={() => this.remove(q.id)} aria-label={"Remove squawk " + q.text}>
                Remove
              </button>
            </li>
          ))}
        </ul>

        <button type="button" className="taxi" disabled={!ready}>
          Ready for taxi
        </button>
      </section>
    );
  }
}
