import { useState } from "react";
import ActionsMenu from "./ActionsMenu.jsx";

const TANKS = [
  { id: "T-01", name: "Reef (Indo-Pacific)", litres: 1200, keeper: "Sunniva", state: "OK" },
  { id: "T-02", name: "Amazon blackwater", litres: 600, keeper: "Marco", state: "OK" },
  { id: "T-03", name: "Cold-water kelp", litres: 2400, keeper: "Sunniva", state: "OK" },
];

const ACTIONS = ["Log feeding", "Log water test", "Mark for cleaning"];

function messageFor(action, tank) {
  switch (action) {
    case "Log feeding":
      return `Feeding logged for ${tank.id} ${tank.name}`;
    case "Log water test":
      return `Water test logged for ${tank.id} ${tank.name}`;
    case "Mark for cleaning":
      return `${tank.id} ${tank.name} marked for cleaning`;
    default:
      return "";
  }
}

export default function TankBoard({ initialTanks = TANKS, aquarium = "Lanternfish Aquarium" }) {
  const [tanks, setTanks] = useState(initialTanks);
  const [log, setLog] = useState([]);

  function run(action, tank) {
    if (action === "Mark for cleaning") {
      setTanks((list) => list.map((t) => (t.id === tank.id ? { ...t, state: "Cleaning due" } : t)));
    }
    setLog((entries) => [messageFor(action, tank), ...entries]);
  }

  return (
    <main className="tank-board">
      <h1>{aquarium} - tank maintenance</h1>
      <table>
        <thead>
          <tr>
            <th>Tank</th>
            <th>Exhibit</th>
            <th>Volume</th>
            <th>Keeper</th>
            <th>State</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {tanks.map((t) => (
            <tr key={t.id}>
              <td>{t.id}</td>
              <td>{t.name}</td>
              <td>{t.litres} L</td>
              <td>{t.keeper}</td>
              <td>{t.state}</td>
              <td>
                <ActionsMenu label={`Actions for ${t.id}`} items={ACTIONS} onSelect={(a) => run(a, t)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className="last-action">
        {log[0] || "No actions logged today"}
      </p>
      <p className="log-count">{log.length} actions logged</p>
    </main>
  );
}
