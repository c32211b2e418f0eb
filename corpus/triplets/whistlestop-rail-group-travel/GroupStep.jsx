import { useState } from "react";
import { useTrip } from "./TripContext.jsx";

export default function GroupStep() {
  const { trip, patch, setStep } = useTrip();
  const [adults, setAdults] = useState(String(trip.adults));
  const [children, setChildren] = useState(String(trip.children));
  const [error, setError] = useState("");

  function next() {
    const a = Number(adults);
    const c = Number(children);
    if (!Number.isInteger(a) || a < 1) return setError("At least one adult has to travel");
    if (!Number.isInteger(c) || c < 0 || a + c > 12) return setError("Groups of more than 12 go through our group desk");
    patch({ adults: a, children: c });
    setStep(3);
  }

  return (
    <div className="step">
      <label htmlFor="ws-adults">Adults (16+)</label>
      <input id="ws-adults" type="number" value={adults} onChange={(e) => setAdults(e.target.value)} />
      <label htmlFor="ws-children">Children (5-15)</label>
      <input id="ws-children" type="number" value={children} onChange={(e) => setChildren(e.target.value)} />
      {error && <p className="step-error">{error}</p>}
      <button onClick={() => setStep(1)}>Back</button>
      <button onClick={next}>Continue</button>
    </div>
  );
}
