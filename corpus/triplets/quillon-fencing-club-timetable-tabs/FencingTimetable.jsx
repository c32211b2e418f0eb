import { Component } from "react";
import SessionRow from "./SessionRow.jsx";

const WEAPONS = [
  {
    key: "foil",
    name: "Foil",
    sessions: [
      { id: "f1", when: "Tue 18:00", name: "Beginners foil", coach: "Ama Boateng", places: 4 },
      { id: "f2", when: "Thu 19:30", name: "Foil sparring", coach: "Ama Boateng", places: 0 },
    ],
  },
  {
    key: "epee",
    name: "Épée",
    sessions: [
      { id: "e1", when: "Mon 19:00", name: "Épée footwork", coach: "Luc Ferrand", places: 6 },
      { id: "e2", when: "Sat 10:00", name: "Épée bouting", coach: "Luc Ferrand", places: 2 },
    ],
  },
  {
    key: "sabre",
    name: "Sabre",
    sessions: [{ id: "s1", when: "Wed 18:30", name: "Sabre basics", coach: "Ilona Varga", places: 3 }],
  },
];

export default class FencingTimetable extends Component {
  static defaultProps = { weapons: WEAPONS, member: "Nadia Osei" };

  constructor(props) {
    super(props);
    this.state = { active: props.weapons[0].key, weapons: props.weapons, booked: [] };
  }

  book = (sessionId) => {
    this.setState((s) => ({
      booked: [...s.booked, sessionId],
      weapons: s.weapons.map((w) => ({
        ...w,
        sessions: w.sessions.map((x) => (x.id === sessionId ? { ...x, places: x.places - 1 } : x)),
      })),
    }));
  };

  render() {
    const { active, weapons, booked } = this.state;
    return (
      <div className="timetable">
        <h1>Quillon Fencing Club - this week</h1>
        <p className="member">
          Signed in as {this.props.member} · <span className="my-count">My sessions: {booked.length}</span>
        </p>
        <div role="tablist" aria-label="Weapon">
          {weapons.map((w) => (
            <button
              key={w.key}
              type="button"
              role="tab"
              id={`weapon-tab-${w.key}`}
              aria-selected={active === w.key}
              aria-controls={`weapon-panel-${w.key}`}
              onClick={() => this.setState({ active: w.key })}
            >
              {w.name}
            </button>
          ))}
        </div>
        {weapons.map((w) => (
          <section
            key={w.key}
            role="tabpanel"
            id={`weapon-panel-${w.key}`}
            aria-labelledby={`weapon-tab-${w.key}`}
            hidden={active !== w.key}
          >
            <ul>
              {w.sessions.map((s) => (
                <SessionRow key={s.id} session={s} booked={booked.includes(s.id)} onBook={this.book} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    );
  }
}
