import { Component } from "react";

const RAW = [
  ["3 Feb", "Knee flexion", 6, "Heel slides 3x10, quad sets"],
  ["6 Feb", "Knee flexion", 6, "Heel slides, stationary bike 5 min"],
  ["10 Feb", "Quad strength", 5, "Straight leg raises 3x12"],
  ["13 Feb", "Quad strength", 5, "Mini squats, step-ups 10 cm"],
  ["17 Feb", "Balance", 4, "Single-leg stand 30 s x5"],
  ["20 Feb", "Balance", 4, "Wobble board, tandem walk"],
  ["24 Feb", "Gait", 3, "Walking drills, no crutch"],
  ["27 Feb", "Gait", 3, "Stairs practice, 2 flights"],
  ["3 Mar", "Hamstring length", 2, "Nordic curls (assisted)"],
  ["6 Mar", "Return to running", 2, "Walk-jog 1:1 for 15 min"],
];

const SESSIONS = RAW.map(([date, focus, pain, plan], i) => ({
  id: `s${i + 1}`,
  label: `Session ${i + 1}`,
  date,
  focus,
  pain,
  plan,
}));

export default class SessionHistory extends Component {
  static defaultProps = { sessions: SESSIONS, patient: "Owen Pryce", therapist: "Lowri Ellis" };

  state = { open: [] };

  toggle(id) {
    this.setState(({ open }) => ({
      open: open.includes(id) ? open.filter((x) => x !== id) : [...open, id],
    }));
  }

  expandAll = () => this.setState({ open: this.props.sessions.map((s) => s.id) });

  collapseAll = () => this.setState({ open: [] });

  render() {
    const { sessions, patient, therapist } = this.props;
    const { open } = this.state;

    return (
      <div className="history">
        <h1>Copperbeck Physiotherapy</h1>
        <p>
          {patient} - ACL rehab with {therapist}
        </p>
        <div className="toolbar">
          <button type="button" onClick={this.expandAll} disabled={open.length === sessions.length}>
            Expand all
          </button>
          <button type="button" onClick={this.collapseAll} disabled={open.length === 0}>
            Collapse all
          </button>
          <span className="open-count">
            {open.length} of {sessions.length} open
          </span>
        </div>
        {sessions.map((s) => {
          const isOpen = open.includes(s.id);
          return (
            <div key={s.id} className="session">
              <button
                type="button"
                className="session-head"
                aria-expanded={isOpen}
                aria-controls={`${s.id}-body`}
                onClick={() => this.toggle(s.id)}
              >
                {s.label}
              </button>
              <span className="session-date">{s.date}</span>
              <div id={`${s.id}-body`} className="session-body" hidden={!isOpen}>
                <p>Focus: {s.focus}</p>
                <p>Pain score {s.pain}/10</p>
                <p>Home plan: {s.plan}</p>
              </div>
            </div>
          );
        })}
      </div>
    );
  }
}
