import { Component, createRef } from "react";
import CueRow from "./CueRow.jsx";

const CUES = [
  { no: 1, label: "House to half", fade: 3 },
  { no: 2, label: "Preset - blue wash", fade: 5 },
  { no: 3, label: "Act 1 open, warm special DS", fade: 4 },
  { no: 4, label: "Blackout", fade: 0 },
];

export default class CueList extends Component {
  static defaultProps = { show: "A Midsummer Night's Dream", desk: "Cuestack on the Lyric main desk" };

  state = { cues: CUES, past: [], future: [] };
  labelRef = createRef();
  fadeRef = createRef();

  componentDidMount() {
    window.addEventListener("keydown", this.onKey);
  }

  componentWillUnmount() {
    window.removeEventListener("keydown", this.onKey);
  }

  onKey = (e) => {
    if (!e.ctrlKey) return;
    const key = e.key.toLowerCase();
    if (key === "z" && !e.shiftKey) {
      e.preventDefault();
      this.undo();
    } else if (key === "y" || (key === "z" && e.shiftKey)) {
      e.preventDefault();
      this.redo();
    }
  };

  apply(cues, what) {
    this.setState((s) => ({ cues, past: [...s.past, { cues: s.cues, what }], future: [] }));
  }

  undo() {
    this.setState((s) => {
      if (!s.past.length) return null;
      const last = s.past[s.past.length - 1];
      return { cues: last.cues, past: s.past.slice(0, -1), future: [{ cues: s.cues, what: last.what }, ...s.future] };
    });
  }

  redo() {
    this.setState((s) => {
      if (!s.future.length) return null;
      const [next, ...rest] = s.future;
      return { cues: next.cues, past: [...s.past, { cues: s.cues, what: next.what }], future: rest };
    });
  }

  addCue = (e) => {
    e.preventDefault();
    const label = this.labelRef.current.value.trim();
    if (!label) return;
    const no = Math.max(0, ...this.state.cues.map((c) => c.no)) + 1;
    this.apply([...this.state.cues, { no, label, fade: Number(this.fadeRef.current.value) }], "add cue " + no);
    this.labelRef.current.value = "";
  };

  deleteCue = (no) => {
    this.apply(this.state.cues.filter((c) => c.no !== no), "delete cue " + no);
  };

  render() {
    const { cues, past, future } = this.state;
    const total = cues.reduce((sum, c) => sum + c.fade, 0);
    return (
      <section className="cue-list">
        <h1>{this.props.show}</h1>
        <p>{this.props.desk}</p>
        <table>
          <tbody>
            {cues.map((c) => (
              <CueRow key={c.no} cue={c} onDelete={this.deleteCue} />
            ))}
          </tbody>
        </table>
        <p className="total">Total fade time {total} s</p>

        <form onSubmit={this.addCue}>
          <label htmlFor="cue-label">Cue label</label>
          <input id="cue-label" ref={this.labelRef} defaultValue="" />
          <label htmlFor="cue-fade">Fade</label>
          <select id="cue-fade" ref={this.fadeRef} defaultValue="3">
            {[0, 1, 2, 3, 5, 8].map((f) => (
              <option key={f} value={f}>
                {f} s
              </option>
            ))}
          </select>
          <button type="submit">Add cue</button>
        </form>

        <div className="history">
          <button type="button" disabled={!past.length} onClick={() => this.undo()}>
            Undo
          </button>
          <button type="button" disabled={!future.length} onClick={() => this.redo()}>
            Redo
          </button>
          <span className="next-undo">{past.length ? "Undo: " + past[past.length - 1].what : "Nothing to undo"}</span>
        </div>
      </section>
    );
  }
}
