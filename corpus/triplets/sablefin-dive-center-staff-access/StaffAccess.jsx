import { Component } from "react";
import AccessCell from "./AccessCell.jsx";

const AREAS = ["Boat manifest", "Gear locker", "Booking calendar", "Till"];

const STAFF = [
  { name: "Kai Moana", role: "Instructor", trainee: false },
  { name: "Ines Varga", role: "Shop manager", trainee: false },
  { name: "Tomás Reyes", role: "Divemaster trainee", trainee: true },
  { name: "Aroha Pene", role: "Boat captain", trainee: false },
];

const START = {
  "Kai Moana": { "Boat manifest": "Edit", "Gear locker": "Edit", "Booking calendar": "View", Till: "None" },
  "Ines Varga": { "Boat manifest": "View", "Gear locker": "Edit", "Booking calendar": "Edit", Till: "Edit" },
  "Tomás Reyes": { "Boat manifest": "View", "Gear locker": "View", "Booking calendar": "None", Till: "None" },
  "Aroha Pene": { "Boat manifest": "Edit", "Gear locker": "None", "Booking calendar": "View", Till: "None" },
};

export default class StaffAccess extends Component {
  static defaultProps = { centre: "Sablefin Dive Centre - Port Lavrio" };

  state = { access: START, log: [] };

  setLevel = (name, area, level) => {
    this.setState((s) => ({
      access: { ...s.access, [name]: { ...s.access[name], [area]: level } },
      log: [...s.log, name + ": " + area + " -> " + level],
    }));
  };

  viewEverywhere(name) {
    this.setState((s) => {
      const row = {};
      for (const area of AREAS) row[area] = s.access[name][area] === "Edit" ? "Edit" : "View";
      return { access: { ...s.access, [name]: row }, log: [...s.log, name + ": view on all areas"] };
    });
  }

  tillEditors() {
    return STAFF.filter((p) => this.state.access[p.name].Till === "Edit").map((p) => p.name);
  }

  render() {
    const { access, log } = this.state;
    const editors = this.tillEditors();
    return (
      <section className="staff-access">
        <h1>Staff access</h1>
        <p>{this.props.centre}</p>
        <table>
          <thead>
            <tr>
              <th>Staff</th>
              {AREAS.map((a) => (
                <th key={a}>{a}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {STAFF.map((p) => (
              <tr key={p.name}>
                <th scope="row">
                  {p.name}
                  <small> {p.role}</small>
                </th>
                {AREAS.map((a) => (
                  <AccessCell key={a} person={p} area={a} level={access[p.name][a]} onChange={this.setLevel} />
                ))}
                <td>
                  <button type="button" aria-label={"Give " + p.name + " view on all areas"} onClick={() => this.viewEverywhere(p.name)}>
                    View all
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        <p className="till-editors">Till editors: {editors.length ? editors.join(", ") : "nobody"}</p>
        <p className="hint">Trainees can never edit the Till.</p>

        <h2>Change log</h2>
        {log.length === 0 ? (
          <p>No changes this session</p>
        ) : (
          <ol className="log">
            {log.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        )}
      </section>
    );
  }
}
