import { useState } from "react";
import { formatAge, formatKg, sortWheels } from "./sorting.js";

const WHEELS = [
  { rack: "A3", name: "Tomme de Bessac", ageDays: 92, kg: 1.8, turnedBy: "Lucie" },
  { rack: "C1", name: "Comt\u00e9 r\u00e9serve", ageDays: 540, kg: 38.5, turnedBy: "Marc" },
  { rack: "C4", name: "Beaufort d'\u00e9t\u00e9", ageDays: 365, kg: 42.0, turnedBy: "Marc" },
  { rack: "A1", name: "Saint-Nectaire", ageDays: 45, kg: 1.6, turnedBy: "Lucie" },
  { rack: "B2", name: "Cantal entre-deux", ageDays: 180, kg: 35.0, turnedBy: "Yann" },
  { rack: "B5", name: "Abondance", ageDays: 120, kg: 9.5, turnedBy: "Yann" },
  { rack: "C2", name: "Salers", ageDays: 400, kg: 40.2, turnedBy: "Marc" },
  { rack: "A2", name: "Reblochon", ageDays: 28, kg: 0.5, turnedBy: "Lucie" },
];

const SORT_OPTIONS = [
  { value: "age", label: "Age" },
  { value: "weight", label: "Weight" },
  { value: "name", label: "Name" },
];

export default function WheelCellar({ wheels = WHEELS }) {
  const [key, setKey] = useState("age");
  const [dir, setDir] = useState("asc");
  const sorted = sortWheels(wheels, key, dir);

  return (
    <section className="cave">
      <h1>Caves Bessac - aging room 2</h1>
      <p className="climate">11 &deg;C, 94 % humidity. Turn the tommes every second day.</p>

      <div className="sort-bar">
        <label htmlFor="sort-key">Sort by</label>
        <select id="sort-key" value={key} onChange={(e) => setKey(e.target.value)}>
          {SORT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-label="Sort direction"
          onClick={() => setDir(dir === "asc" ? "desc" : "asc")}
        >
          {dir === "asc" ? "\u2191 Ascending" : "\u2193 Descending"}
        </button>
      </div>

      <ol className="wheels">
        {sorted.map((w) => (
          <li key={w.rack}>
            <span className="wheel-name">{w.name}</span>
            <span className="rack">Rack {w.rack}</span>
            <span className="age">{formatAge(w.ageDays)}</span>
            <span className="kg">{formatKg(w.kg)}</span>
            <span className="turned">turned by {w.turnedBy}</span>
          </li>
        ))}
      </ol>

      <p className="footnote">{wheels.length} wheels in room 2. Room 1 is being scrubbed this week.</p>
    </section>
  );
}
