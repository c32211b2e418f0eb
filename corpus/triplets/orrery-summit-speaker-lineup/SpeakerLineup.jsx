import { Component } from "react";
import SlotRow from "./SlotRow.jsx";

const TALKS = [
  { id: "t1", speaker: "Dr. Amara Obi", title: "Exoplanet weather from 40 light years" },
  { id: "t2", speaker: "Jonas Ek", title: "Building a backyard radio telescope" },
  { id: "t3", speaker: "Priya Nand", title: "Citizen science and variable stars" },
  { id: "t4", speaker: "Lee Hartmann", title: "Light pollution maps of the Alps" },
  { id: "t5", speaker: "Sofia Brandt", title: "What the Perseverance rover hears" },
];

const SLOT_MINUTES = 40;

function slotTime(index, start) {
  const [h, m] = start.split(":").map(Number);
  const t = h * 60 + m + index * SLOT_MINUTES;
  return String(Math.floor(t / 60)).padStart(2, "0") + ":" + String(t % 60).padStart(2, "0");
}

export default class SpeakerLineup extends Component {
  static defaultProps = { event: "Orrery Summit 2025 - Main hall", start: "09:30" };

  constructor(props) {
    super(props);
    this.state = { talks: TALKS, lastMove: "" };
    this.move = this.move.bind(this);
  }

  move(id, where) {
    this.setState(({ talks }) => {
      const from = talks.findIndex((t) => t.id === id);
      const next = talks.slice();
      const [talk] = next.splice(from, 1);
      let to = from;
      if (where === "top") to = 0;
      if (where === "up") to = Math.max(0, from - 1);
      if (where === "down") to = Math.min(talks.length - 1, from + 1);
      if (where === "bottom") to = talks.length - 1;
      next.splice(to, 0, talk);
      return { talks: next, lastMove: talk.speaker + " now speaks at " + slotTime(to, this.props.start) };
    });
  }

  render() {
    const { talks, lastMove } = this.state;
    return (
      <section className="lineup">
        <h1>Speaker lineup</h1>
        <p>{this.props.event}</p>
        <ol className="slots">
          {talks.map((t, i) => (
            <SlotRow
              key={t.id}
              talk={t}
              time={slotTime(i, this.props.start)}
              keynote={i === 0}
              first={i === 0}
              last={i === talks.length - 1}
              onMove={this.move}
            />
          ))}
        </ol>
        <p className="lunch">Lunch after the {slotTime(talks.length, this.props.start)} bell</p>
        {lastMove && <p className="last-move">{lastMove}</p>}
      </section>
    );
  }
}
