import { useState } from "react";
import { BIGHA_SQFT, UNIT_LABELS, fromSqft, toSqft } from "./landUnits.js";

function ResultList({ values, state }) {
  return (
    <ul className="results">
      {Object.entries(values).map(([unit, v]) => (
        <li key={unit} className={"result-" + unit}>
          {v} {UNIT_LABELS[unit]}
          {unit === "bigha" && <small> ({state})</small>}
        </li>
      ))}
    </ul>
  );
}

export default function LandConverter({ firm = "Khet Map Surveyors", district = "Jaipur" }) {
  const [amount, setAmount] = useState("1");
  const [unit, setUnit] = useState("acre");
  const [state, setState] = useState("Rajasthan");

  const n = Number(amount);
  const valid = amount.trim() !== "" && Number.isFinite(n) && n > 0;
  const values = valid ? fromSqft(toSqft(n, unit, state), state) : null;

  return (
    <main className="land">
      <h1>{firm}</h1>
      <p>Land area converter for sale deeds and 7/12 extracts · office: {district}</p>

      <div className="row">
        <label htmlFor="amount">Area</label>
        <input id="amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        <label htmlFor="unit">Unit</label>
        <select id="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
          {Object.entries(UNIT_LABELS).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </div>

      <label htmlFor="state">State (for bigha)</label>
      <select id="state" value={state} onChange={(e) => setState(e.target.value)}>
        {Object.keys(BIGHA_SQFT).map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      <p className="bigha-note">
        1 bigha in {state} = {BIGHA_SQFT[state].toLocaleString("en-IN")} sq ft
      </p>

      {valid ? <ResultList values={values} state={state} /> : <p className="error">Enter an area greater than 0</p>}

      <section className="fees">
        <h2>Survey charges</h2>
        <ul>
          <li>Boundary demarcation up to 5 acre: ₹4,500</li>
          <li>Each further acre: ₹600</li>
          <li>Certified map copy for the tehsil office: ₹350</li>
        </ul>
      </section>

      <p className="disclaimer">
        For guidance only. The area on the registered sale deed is what counts.
      </p>
    </main>
  );
}
