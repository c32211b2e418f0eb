import { Component } from "react";
import { findMentions, LIMIT } from "./annotationText.js";

const EXPERIMENT = { code: "EXP-2291", title: "Buffer pH titration, batch 7", owner: "Dr. Amara Okafor" };

const NOTES = [
  { id: 1, by: "lchen", text: "Electrode recalibrated at 10:42, drift 0.02 pH.", flagged: false },
  { id: 2, by: "aokafor", text: "@lchen please repeat run 3, endpoint looks early.", flagged: true },
  { id: 3, by: "pmurthy", text: "Stock NaOH lot 22-118 nearly empty.", flagged: false },
];

export default class ExperimentAnnotations extends Component {
  static defaultProps = { experiment: EXPERIMENT, initialNotes: NOTES, me: "pmurthy" };

  constructor(props) {
    super(props);
    this.state = { notes: props.initialNotes, draft: "", nextId: 10 };
    this.handleChange = this.handleChange.bind(this);
    this.handleAdd = this.handleAdd.bind(this);
  }

  handleChange(e) {
    this.setState({ draft: e.target.value });
  }

  handleAdd(e) {
    e.preventDefault();
    const text = this.state.draft.trim();
    if (!text || text.length > LIMIT) return;
    this.setState((s) => ({
      notes: [...s.notes, { id: s.nextId, by: this.props.me, text, flagged: false }],
      nextId: s.nextId + 1,
      draft: "",
    }));
  }

  toggleFlag(id) {
    this.setState((s) => ({
      notes: s.notes.map((n) => (n.id === id ? { ...n, flagged: !n.flagged } : n)),
    }));
  }

  render() {
    const { experiment } = this.props;
    const { notes, draft } = this.state;
    const left = LIMIT - draft.length;
    const flagged = notes.filter((n) => n.flagged).length;
    const mentions = notes.reduce((sum, n) => sum + findMentions(n.text).length, 0);

    return (
      <div className="eln">
        <h1>
          {experiment.code} {experiment.title}
        </h1>
        <p>Owner: {experiment.owner}</p>
        <div className="stats">
          Flagged for PI review: <span className="flag-count">{flagged}</span> | Mentions:{" "}
          <span className="mention-count">{mentions}</span>
        </div>

        <ul className="notes">
          {notes.map((n) => (
            <li key={n.id} className="annotation">
              <input type="checkbox" checked={n.flagged} onChange={() => this.toggleFlag(n.id)} />
              <span className="who">{n.by}</span> <span className="text">{n.text}</span>
            </li>
          ))}
        </ul>

        <form onSubmit={this.handleAdd}>
          <label htmlFor="note">New annotation</label>
          <textarea id="note" value={draft} onChange={this.handleChange} />
          <span className={left < 0 ? "left over" : "left"}>{left} characters left</span>
          <button type="submit" disabled={left < 0 || !draft.trim()}>
            Add note
          </button>
        </form>
      </div>
    );
  }
}
