import { useState } from "react";
import ProjectRow from "./ProjectRow.jsx";
import { summarise } from "./judging.js";

const PROJECTS = [
  { id: 1, name: "Fernbot - plant watering drone", team: "Sprouts", score: 8 },
  { id: 2, name: "Queue Zero - clinic triage", team: "Nightowls", score: 7 },
  { id: 3, name: "Tiny Ledger - kids budgeting", team: "Coinflip", score: 7 },
  { id: 4, name: "Echo Map - noise mapping", team: "Decibel", score: null },
  { id: 5, name: "Bikeshed - bike repair booking", team: "Spokes", score: null },
  { id: 6, name: "Tidy Tides - beach clean-up", team: "Kelp", score: null },
  { id: 7, name: "PocketPantry", team: "Crumbs", score: null },
  { id: 8, name: "Signal Fire - wildfire alerts", team: "Emberline", score: null },
];

export default function JudgingDashboard({ judge = "Judge Tamsin Oyelaran", event = "Hackforge 2025", projects = PROJECTS }) {
  const [rows, setRows] = useState(projects.map((p) => ({ ...p, conflict: false })));

  function saveScore(id, score) {
    setRows((list) => list.map((r) => (r.id === id ? { ...r, score } : r)));
  }

  function toggleConflict(id) {
    setRows((list) => list.map((r) => (r.id === id ? { ...r, conflict: !r.conflict } : r)));
  }

  const s = summarise(rows);
  const best = rows
    .filter((r) => !r.conflict && r.score !== null)
    .reduce((top, r) => (!top || r.score > top.score ? r : top), null);

  return (
    <div className="judging">
      <header>
        <h1>{event} - judging</h1>
        <p>{judge}</p>
      </header>

      <div className="stat-row">
        <div className="stat">
          Judged <span className="judged">{s.judged} / {s.total}</span>
        </div>
        <div className="stat">
          Remaining <span className="remaining">{s.remaining}</span>
        </div>
        <div className="stat">
          Your average <span className="average">{s.average === null ? "-" : s.average.toFixed(1)}</span>
        </div>
      </div>

      <progress className="judged-bar" max={s.total} value={s.judged} />
      {best && (
        <p className="best">
          Highest so far: {best.name} ({best.team})
        </p>
      )}

      <table>
        <thead>
          <tr>
            <th>Conflict</th>
            <th>Project</th>
            <th>Team</th>
            <th>Score (1-10)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <ProjectRow key={r.id} project={r} onSave={saveScore} onConflict={toggleConflict} />
          ))}
        </tbody>
      </table>
      <button className="finish" disabled={s.remaining > 0}>
        Submit all scores to the panel
      </button>
      <p className="help">Tick the first column if you know the team - that project is left out of your totals.</p>
      <ul className="criteria">
        <li>Impact - does it solve a real problem?</li>
        <li>Craft - does the demo actually work?</li>
        <li>Pitch - could you explain it to a friend?</li>
      </ul>
    </div>
  );
}
