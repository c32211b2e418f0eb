import { useState } from "react";
import { delta, parseKg, step, MIN_KG, MAX_KG } from "./weights.js";

function WeightCell({ patient, onSave }) {
  const [draft, setDraft] = useState(null);
  const [error, setError] = useState("");

  function onKeyDown(e) {
    if (e.key === "ArrowUp") {
      e.preventDefault();
      setDraft((d) => step(d, 0.1));
    } else if (e.key === "ArrowDown") {
      e.preventDefault();
      setDraft((d) => step(d, -0.1));
    } else if (e.key === "Enter") {
      const kg = parseKg(draft);
      if (kg === null) {
        setError("Weight must be between " + MIN_KG + " and " + MAX_KG + " kg");
        return;
      }
      onSave(patient.id, kg);
      setDraft(null);
    } else if (e.key === "Escape") {
      setDraft(null);
      setError("");
    }
  }

  if (draft === null) {
    return (
      <button type="button" className="weight" aria-label={"Edit weight for " + patient.name} onClick={() => { setDraft(patient.kg.toFixed(1)); setError(""); }}>
        {patient.kg.toFixed(1)} kg
      </button>
    );
  }
  return (
    <span>
      <input
        aria-label={"New weight for " + patient.name}
        value={draft}
        autoFocus
        inputMode="decimal"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="unit">kg</span>
      {error && <span role="alert">{error}</span>}
    </span>
  );
}

const PATIENTS = [
  { id: "p-118", name: "Biscuit", species: "Beagle", owner: "Hollis family", kg: 12.4, lastKg: 12.4 },
  { id: "p-203", name: "Mochi", species: "Domestic shorthair", owner: "T. Nakamura", kg: 4.1, lastKg: 4.3 },
  { id: "p-341", name: "Pepper", species: "Netherland dwarf rabbit", owner: "A. Osei", kg: 1.2, lastKg: 1.1 },
  { id: "p-377", name: "Juno", species: "Labrador", owner: "R. Castellano", kg: 31.0, lastKg: 29.8 },
];

export default function PatientWeights({ clinic = "Pebblecove Vets", session = "Tuesday morning clinic" }) {
  const [patients, setPatients] = useState(PATIENTS);
  const [saved, setSaved] = useState("");

  function save(id, kg) {
    setPatients((list) => list.map((p) => (p.id === id ? { ...p, kg } : p)));
    const p = patients.find((x) => x.id === id);
    setSaved(p.name + " weighed in at " + kg.toFixed(1) + " kg");
  }

  return (
    <section className="weights">
      <h1>Weigh-in</h1>
      <p>
        {clinic} · {session}
      </p>
      <ul className="patients">
        {patients.map((p) => (
          <li key={p.id} className="patient">
            <div>
              <strong>{p.name}</strong> <span className="species">{p.species}</span>
              <div className="owner">{p.owner}</div>
            </div>
            <WeightCell patient={p} onSave={save} />
            <span className="delta">{delta(p.kg, p.lastKg)}</span>
          </li>
        ))}
      </ul>
      {saved && <p className="saved">{saved}</p>}
      <p className="keys">In the weight box: ↑ / ↓ change by 0.1 kg, Enter saves, Esc cancels.</p>
    </section>
  );
}
