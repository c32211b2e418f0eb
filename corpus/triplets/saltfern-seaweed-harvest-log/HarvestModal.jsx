import { useEffect, useRef, useState } from "react";

const LINES = ["L-01", "L-02", "L-03", "L-04", "L-05", "L-06"];
const SPECIES = ["Sugar kelp", "Dulse", "Oarweed"];

export default function HarvestModal({ onAdd, onCancel }) {
  const [error, setError] = useState("");
  const firstField = useRef(null);

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  function handleSubmit(event) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const kg = Number(data.get("kg"));
    if (!kg || kg <= 0 || kg > 2000) {
      setError("Weight must be between 1 and 2000 kg");
      return;
    }
    onAdd({ line: data.get("line"), species: data.get("species"), kg, date: data.get("date") || "2025-05-12" });
  }

  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="harvest-title">
        <h2 id="harvest-title">Log a harvest</h2>
        <form onSubmit={handleSubmit} noValidate>
          <label htmlFor="line">Longline</label>
          <select id="line" name="line" ref={firstField} defaultValue="L-01">
            {LINES.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
          <fieldset>
            <legend>Species</legend>
            {SPECIES.map((s, i) => (
              <label key={s}>
                <input type="radio" name="species" value={s} defaultChecked={i === 0} /> {s}
              </label>
            ))}
          </fieldset>
          <label htmlFor="kg">Wet weight (kg)</label>
          <input id="kg" name="kg" type="number" inputMode="numeric" />
          <label htmlFor="date">Harvest date</label>
          <input id="date" name="date" type="date" defaultValue="2025-05-12" />
          {error && <p role="alert">{error}</p>}
          <div className="modal-actions">
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
            <button type="submit">Save harvest</button>
          </div>
        </form>
      </div>
    </div>
  );
}
