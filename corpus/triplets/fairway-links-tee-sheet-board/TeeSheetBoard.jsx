import { Component } from "react";
import GroupCard from "./GroupCard.jsx";

const CAPACITY = 4;

const GROUPS = [
  { id: 1, time: "08:00", lead: "Hendricks", players: 4, state: "On course" },
  { id: 2, time: "08:10", lead: "O'Malley", players: 3, state: "On course" },
  { id: 3, time: "08:20", lead: "Nakamura", players: 4, state: "On course" },
  { id: 4, time: "08:30", lead: "Delacroix", players: 2, state: "Waiting" },
  { id: 5, time: "08:40", lead: "Patel", players: 4, state: "Waiting" },
  { id: 6, time: "08:50", lead: "Brookes", players: 4, state: "Waiting" },
  { id: 7, time: "07:50", lead: "Sveinsson", players: 2, state: "Finished" },
];

export default class TeeSheetBoard extends Component {
  static defaultProps = { course: "Fairway Links, Old Course" };

  state = { groups: GROUPS, message: "" };

  setState2(id, state, message) {
    this.setState((s) => ({ groups: s.groups.map((g) => (g.id === id ? { ...g, state } : g)), message }));
  }

  noShow(id) {
    const g = this.state.groups.find((x) => x.id === id);
    this.setState((s) => ({ groups: s.groups.filter((x) => x.id !== id), message: g.lead + " marked as no-show" }));
  }

  render() {
    const { groups, message } = this.state;
    const waiting = groups.filter((g) => g.state === "Waiting").sort((a, b) => a.time.localeCompare(b.time));
    const onCourse = groups.filter((g) => g.state === "On course");
    const finished = groups.filter((g) => g.state === "Finished");
    const full = onCourse.length >= CAPACITY;

    return (
      <main className="tee-sheet">
        <h1>Starter's board</h1>
        <p>{this.props.course} · Saturday medal</p>
        <p className="capacity">
          On course: {onCourse.length} of {CAPACITY} groups
        </p>
        {message && <p className="message">{message}</p>}

        <section>
          <h2>Waiting</h2>
          <ul>
            {waiting.map((g, i) => (
              <GroupCard
                key={g.id}
                group={g}
                actions={[
                  { label: "Call to tee", disabled: i !== 0 || full, run: () => this.setState2(g.id, "On course", g.lead + " called to the 1st tee") },
                  { label: "No-show", disabled: false, run: () => this.noShow(g.id) },
                ]}
              />
            ))}
          </ul>
        </section>

        <section>
          <h2>On course</h2>
          <ul>
            {onCourse.map((g) => (
              <GroupCard key={g.id} group={g} actions={[{ label: "Card in", disabled: false, run: () => this.setState2(g.id, "Finished", g.lead + " card received") }]} />
            ))}
          </ul>
        </section>

        <section>
          <h2>Finished</h2>
          <ul>
            {finished.map((g) => (
              <GroupCard key={g.id} group={g} actions={[]} />
            ))}
          </ul>
        </section>
      </main>
    );
  }
}
