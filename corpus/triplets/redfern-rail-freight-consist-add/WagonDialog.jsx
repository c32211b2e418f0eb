import { useEffect, useRef, useState } from "react";
import { WAGON_TYPES, checkLoad } from "./wagons.js";

export default function WagonDialog({ onAdd, onClose }) {
  const numberRef = useRef(null);
  const typeRef = useRef(null);
  const loadRef = useRef(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    numberRef.current.focus();
  }, []);

  function add() {
    const tonnes = Number(loadRef.current.value);
    const problem = checkLoad(typeRef.current.value, tonnes);
    if (problem) {
      setError(problem);
      return;
    }
    onAdd({ number: numberRef.current.value.trim(), type: typeRef.current.value, tonnes });
  }

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label="Add wagon"
      className="wagon-dialog"
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <h2>Add wagon</h2>
      <label>
        Wagon number
        <input ref={numberRef} defaultValue="" />
      </label>
      <label>
        Wagon type
        <select ref={typeRef} defaultValue={WAGON_TYPES[0].name}>
          {WAGON_TYPES.map((t) => (
            <option key={t.code}>{t.name}</option>
          ))}
        </select>
      </label>
      <label>
        Load (t)
        <input ref={loadRef} type="number" defaultValue="0" />
      </label>
      {error && <div role="alert">{error}</div>}
      <button type="button" onClick={onClose}>
        Cancel
      </button>
      <button type="button" onClick={add}>
        Add to consist
      </button>
    </div>
  );
}
