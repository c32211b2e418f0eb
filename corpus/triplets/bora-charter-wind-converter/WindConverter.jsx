import { useState } from "react";
import { BEAUFORT, UNITS, beaufort, fromKnots, toKnots } from "./wind.js";

const ADVISORY_FORCE = 6;

export default function WindConverter({ base = "ACI Marina Split" }) {
  const [value, setValue] = useState("10");
  const [unit, setUnit] = useState("kn");

  const n = Number(value.replace(",", "."));
  const invalid = value.trim() === "" || Number.isNaN(n);
  const negative = !invalid && n < 0;
  const knots = invalid || negative ? null : toKnots(n, unit);
  const bft = knots === null ? null : beaufort(Math.round(knots * 10) / 10);

  return (
    <section className="wind">
      <h1>Bora Charter · wind speed converter</h1>
      <p>Forecasts for {base} come in different units. Type one and read the others.</p>

      <div className="input-row">
        <label htmlFor="speed">Wind speed</label>
        <input id="speed" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        <label htmlFor="unit">Unit</label>
        <select id="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
          {Object.entries(UNITS).map(([id, u]) => (
            <option key={id} value={id}>
              {u.label}
            </option>
          ))}
        </select>
      </div>

      {invalid && <p className="error">Enter a wind speed</p>}
      {negative && <p className="error">Wind speed can't be negative</p>}

      {knots !== null && (
        <>
          <table className="results">
            <tbody>
              {Object.entries(UNITS).map(([id, u]) => (
                <tr key={id}>
                  <th scope="row">{u.label}</th>
                  <td data-testid={"out-" + id}>{fromKnots(knots, id).toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="beaufort">
            Beaufort {bft.force} – {bft.name}
          </p>
          {bft.force >= ADVISORY_FORCE && (
            <p role="alert" className="advisory">
              Small craft advisory – reef early and check the harbour master's bulletin
            </p>
          )}
        </>
      )}

      <details className="scale">
        <summary>Beaufort scale (knots)</summary>
        <ul>
          {BEAUFORT.map((b) => (
            <li key={b.force}>
              {b.force} {b.name}: from {b.from} kn
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
