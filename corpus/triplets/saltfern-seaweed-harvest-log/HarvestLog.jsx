import { useState } from "react";
import HarvestModal from "./HarvestModal.jsx";

const HARVESTS = [
  { line: "L-01", species: "Sugar kelp", kg: 520, date: "2025-04-28" },
  { line: "L-02", species: "Sugar kelp", kg: 480, date: "2025-05-02" },
  { line: "L-04", species: "Oarweed", kg: 250, date: "2025-05-06" },
];

function kgText(n) {
  return n.toLocaleString("en-GB") + " kg";
}

export default function HarvestLog({ initial = HARVESTS, farm = "Saltfern Sea Farm" }) {
  const [rows, setRows] = useState(initial);
  const [adding, setAdding] = useState(false);
  const [flash, setFlash] = useState("");
  const total = rows.reduce((sum, r) => sum + r.kg, 0);
  const bySpecies = rows.reduce((acc, r) => ({ ...acc, [r.species]: (acc[r.species] || 0) + r.kg }), {});

  function add(row) {
    setRows((list) => [...list, row]);
    setAdding(false);
    setFlash(`Logged ${kgText(row.kg)} of ${row.species} from ${row.line}`);
  }

  return (
    <section className="harvest-log">
      <h1>{farm} - harvest log 2025</h1>
      <div className="bar">
        <span className="season-total">Season total: {kgText(total)}</span>
        <button type="button" onClick={() => setAdding(true)}>
          Add harvest
        </button>
      </div>
      {flash && <p className="flash">{flash}</p>}
      <table>
        <thead>
          <tr>
            <th>Longline</th>
            <th>Species</th>
            <th>Wet weight</th>
            <th>Date</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{r.line}</td>
              <td>{r.species}</td>
              <td>{kgText(r.kg)}</td>
              <td>{r.date}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>By species</h2>
      <ul className="by-species">
        {Object.entries(bySpecies).map(([species, kg]) => (
          <li key={species}>
            {species}: {kgText(kg)}
          </li>
        ))}
      </ul>
      {adding && <HarvestModal onAdd={add} onCancel={() => setAdding(false)} />}
    </section>
  );
}
