import { Component } from "react";
import LevelPanel from "./LevelPanel.jsx";

const LEVELS = [
  { id: "L0", name: "Level 0 - EV & accessible", capacity: 40, occupied: 38 },
  { id: "L1", name: "Level 1", capacity: 120, occupied: 97 },
  { id: "L2", name: "Level 2", capacity: 120, occupied: 120 },
  { id: "R", name: "Roof", capacity: 80, occupied: 12 },
];

export default class GarageOccupancy extends Component {
  static defaultProps = { garage: "LevelPark Cathedral Quarter", levels: LEVELS };

  constructor(props) {
    super(props);
    this.state = { levels: props.levels, roofClosed: false, events: 0 };
    this.carIn = this.carIn.bind(this);
    this.carOut = this.carOut.bind(this);
  }

  update(id, delta) {
    this.setState((s) => ({
      levels: s.levels.map((l) => {
        if (l.id !== id) return l;
        const occupied = Math.min(l.capacity, Math.max(0, l.occupied + delta));
        return { ...l, occupied };
      }),
      events: s.events + 1,
    }));
  }

  carIn(id) {
    this.update(id, 1);
  }

  carOut(id) {
    this.update(id, -1);
  }

  freeSpaces() {
    return this.state.levels
      .filter((l) => !(l.id === "R" && this.state.roofClosed))
      .reduce((n, l) => n + (l.capacity - l.occupied), 0);
  }

  render() {
    const { garage } = this.props;
    const { levels, roofClosed, events } = this.state;
    const free = this.freeSpaces();

    return (
      <div className="garage">
        <h1>{garage}</h1>
        <div className="entrance-sign">
          <span className="sign-label">Spaces at the entrance:</span> <span className="sign-free">{free === 0 ? "FULL" : free}</span>
        </div>

        <label className="roof-toggle">
          <input
            type="checkbox"
            checked={roofClosed}
            onChange={(e) => this.setState({ roofClosed: e.target.checked })}
          />
          Close the roof (ice or high wind)
        </label>

        <div className="levels">
          {levels.map((l) => (
            <LevelPanel
              key={l.id}
              level={l}
              closed={l.id === "R" && roofClosed}
              onIn={() => this.carIn(l.id)}
              onOut={() => this.carOut(l.id)}
            />
          ))}
        </div>

        <p className="events">Barrier events this shift: {events}</p>
      </div>
    );
  }
}
