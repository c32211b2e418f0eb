import { useState } from "react";
import useAvailability, { SHIFTS } from "./useAvailability.js";

const AREAS = ["Stalls", "Dress circle", "Balcony", "Front of house"];

export default function UsherProfile({ usher = "Colm Brady" }) {
  const { picked, ordered, toggle, clear } = useAvailability(["Sat evening"]);
  const [area, setArea] = useState("Stalls");
  const [maxShifts, setMaxShifts] = useState("6");
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");

  function save() {
    const n = Number(maxShifts);
    if (picked.length === 0) {
      setError("Tick at least one shift you can usually do");
      setMessage("");
      return;
    }
    if (!Number.isInteger(n) || n < 1 || n > 16) {
      setError("Monthly maximum must be between 1 and 16 shifts");
      setMessage("");
      return;
    }
    setError("");
    setMessage(`Availability saved: ${ordered.join(", ")} - ${area}, up to ${n} shifts a month`);
  }

  return (
    <section className="usher-profile">
      <h1>Lumenhall Theatre volunteers</h1>
      <h2>{usher} - usher profile</h2>
      <table className="availability">
        <thead>
          <tr>
            <th>Shift</th>
            <th>Usually free</th>
          </tr>
        </thead>
        <tbody>
          {SHIFTS.map((s, i) => (
            <tr key={s}>
              <td>{s}</td>
              <td>
                <input type="checkbox" checked={picked.includes(s)} onChange={() => toggle(i)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={clear}>
        Clear all shifts
      </button>

      <label htmlFor="up-area">Preferred area</label>
      <select id="up-area" value={area} onChange={(e) => setArea(e.target.value)}>
        {AREAS.map((a) => (
          <option key={a}>{a}</option>
        ))}
      </select>

      <label htmlFor="up-max">Most shifts per month</label>
      <input id="up-max" value={maxShifts} onChange={(e) => setMaxShifts(e.target.value)} />

      {error && <p className="error">{error}</p>}
      <button type="button" onClick={save}>
        Save availability
      </button>
      {message && <p className="saved">{message}</p>}
    </section>
  );
}
