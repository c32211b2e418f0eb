import { useState } from "react";
import { dueLabel, sortByMinutes } from "./arrivals.js";

const ARRIVALS = [
  { id: "a1", route: "42", destination: "Airport", minutes: 12, accessible: true },
  { id: "a2", route: "7", destination: "Old Town", minutes: 0, accessible: true },
  { id: "a3", route: "15X", destination: "University", minutes: 3, accessible: false },
  { id: "a4", route: "42", destination: "Airport", minutes: 31, accessible: true },
];

function boardState({ loading, error, arrivals }) {
  if (loading) return "loading";
  if (error) return "error";
  if (!arrivals || arrivals.length === 0) return "empty";
  return "ready";
}

export default function StopArrivals({
  stop = "Stop 4417 - Harbour St",
  loading = false,
  error = null,
  arrivals = ARRIVALS,
  updated = "14:02",
}) {
  const [stepFree, setStepFree] = useState(false);
  const state = boardState({ loading, error, arrivals });

  let body;
  if (state === "loading") {
    body = (
      <p role="status" className="board-msg">
        Loading arrivals...
      </p>
    );
  } else if (state === "error") {
    body = (
      <div role="alert" className="board-msg">
        <p>Couldn't reach the arrivals feed ({error}).</p>
        <p>Times shown at the stop display are still correct.</p>
      </div>
    );
  } else if (state === "empty") {
    body = <p className="board-msg">No buses due in the next 60 minutes.</p>;
  } else {
    const rows = sortByMinutes(arrivals).filter((a) => !stepFree || a.accessible);
    body = (
      <table className="arrivals">
        <thead>
          <tr>
            <th>Route</th>
            <th>Destination</th>
            <th>Due</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className="arrival">
              <td className="route">{a.route}</td>
              <td>{a.destination}</td>
              <td className="due">{dueLabel(a.minutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <div className="stop-board">
      <h1>{stop}</h1>
      {state === "ready" && (
        <label className="step-free">
          <input type="checkbox" checked={stepFree} onChange={(e) => setStepFree(e.target.checked)} />
          Step-free buses only
        </label>
      )}
      {body}
      <p className="updated">Last updated {updated}</p>
    </div>
  );
}
