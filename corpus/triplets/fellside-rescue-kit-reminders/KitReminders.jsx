import { Component } from "react";
import MemberRow from "./MemberRow.jsx";

const TEAM = [
  { id: 1, name: "Alice Thwaite", role: "Team leader", daysSinceCheck: 34 },
  { id: 2, name: "Gareth Pryce", role: "Casualty carer", daysSinceCheck: 121 },
  { id: 3, name: "Mo Farouk", role: "Driver", daysSinceCheck: 90 },
  { id: 4, name: "Ellen Rigg", role: "Search dog handler", daysSinceCheck: 96 },
  { id: 5, name: "Sunil Rao", role: "Rope technician", daysSinceCheck: 12 },
  { id: 6, name: "Jess Hartley", role: "Casualty carer", daysSinceCheck: 203 },
  { id: 7, name: "Owen Bell", role: "Radio operator", daysSinceCheck: 58 },
];

export default class KitReminders extends Component {
  static defaultProps = { team: TEAM };

  state = { selected: new Set(), sentTo: null };

  toggle(id) {
    this.setState(({ selected }) => {
      const next = new Set(selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { selected: next, sentTo: null };
    });
  }

  selectAll = () => {
    this.setState({ selected: new Set(this.props.team.map((m) => m.id)), sentTo: null });
  };

  selectOverdue = () => {
    const overdue = this.props.team.filter((m) => m.daysSinceCheck > 90).map((m) => m.id);
    this.setState({ selected: new Set(overdue), sentTo: null });
  };

  clear = () => {
    this.setState({ selected: new Set(), sentTo: null });
  };

  send = () => {
    this.setState(({ selected }) => ({ sentTo: selected.size, selected: new Set() }));
  };

  render() {
    const { team } = this.props;
    const { selected, sentTo } = this.state;
    const count = selected.size;

    return (
      <section className="kit">
        <h1>Fellside Mountain Rescue - kit checks</h1>
        <p>Personal kit must be checked every 90 days. More than 90 days is overdue.</p>

        <div className="actions">
          <button type="button" onClick={this.selectAll}>
            Select all
          </button>
          <button type="button" onClick={this.selectOverdue}>
            Select overdue
          </button>
          <button type="button" onClick={this.clear} disabled={count === 0}>
            Clear selection
          </button>
          <button type="button" onClick={this.send} disabled={count === 0}>
            Send reminder ({count})
          </button>
        </div>

        {sentTo !== null && <p role="status">Reminder sent to {sentTo} volunteers</p>}

        <table>
          <thead>
            <tr>
              <th />
              <th>Volunteer</th>
              <th>Role</th>
              <th>Last kit check</th>
              <th>State</th>
            </tr>
          </thead>
          <tbody>
            {team.map((m) => (
              <MemberRow key={m.id} member={m} checked={selected.has(m.id)} onToggle={() => this.toggle(m.id)} />
            ))}
          </tbody>
        </table>
      </section>
    );
  }
}
