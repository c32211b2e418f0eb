import { useState } from "react";
import PrepRow from "./PrepRow.jsx";
import { schedule, moveTo } from "./priority.js";

const TASKS = [
  { id: 1, name: "Veal stock", station: "Sauce", minutes: 120, neededBy: "17:30" },
  { id: 2, name: "Hollandaise", station: "Sauce", minutes: 20, neededBy: "16:20" },
  { id: 3, name: "Pastry cases", station: "Pastry", minutes: 45, neededBy: "16:00" },
  { id: 4, name: "Herb oil", station: "Garde manger", minutes: 15, neededBy: "17:00" },
  { id: 5, name: "Beurre blanc", station: "Sauce", minutes: 20, neededBy: "17:50" },
];

function StationLoad({ tasks }) {
  const stations = [];
  for (const t of tasks) {
    const found = stations.find((s) => s.name === t.station);
    if (found) found.minutes += t.minutes;
    else stations.push({ name: t.station, minutes: t.minutes });
  }
  return (
    <ul className="stations">
      {stations.map((s) => (
        <li key={s.name}>
          {s.name}: {s.minutes} min
        </li>
      ))}
    </ul>
  );
}

export default function PrepPriority({ event = "Hartley wedding - 140 covers", start = "14:00", chef = "Chef Anand" }) {
  const [tasks, setTasks] = useState(TASKS);
  const planned = schedule(tasks, start);
  const late = planned.filter((t) => t.late).length;

  function onMove(from, to) {
    if (to < 0 || to >= tasks.length || from === to) return;
    setTasks((list) => moveTo(list, from, to));
  }

  return (
    <section className="prep">
      <h1>Prep priority</h1>
      <p>
        {event} · prep from {start} · {chef}
      </p>
      <p className="late-count">{late === 0 ? "No items late" : late === 1 ? "1 item late" : late + " items late"}</p>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>Task</th>
            <th>Station</th>
            <th>Time</th>
            <th>Needed by</th>
            <th>Finishes</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {planned.map((t, i) => (
            <PrepRow key={t.id} task={t} index={i} count={planned.length} onMove={onMove} />
          ))}
        </tbody>
      </table>
      <StationLoad tasks={tasks} />
      <button type="button" onClick={() => setTasks(TASKS)}>
        Back to chef's order
      </button>
      <p className="note">One pair of hands on the pass: tasks run back to back in this order.</p>
    </section>
  );
}
