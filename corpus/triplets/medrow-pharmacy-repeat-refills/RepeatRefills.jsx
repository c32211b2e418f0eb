import { useState } from "react";
import RefillItem from "./RefillItem.jsx";

const REFILLS = [
  { id: "rx-1", drug: "Amlodipine 5 mg tablets", dose: "One a day", repeatsLeft: 4 },
  { id: "rx-2", drug: "Salbutamol 100 mcg inhaler", dose: "Two puffs when needed", repeatsLeft: 1 },
  { id: "rx-3", drug: "Sertraline 50 mg tablets", dose: "One in the morning", repeatsLeft: 0 },
  { id: "rx-4", drug: "Omeprazole 20 mg capsules", dose: "One before breakfast", repeatsLeft: 2 },
];

export default function RepeatRefills({
  pharmacy = "Medrow Pharmacy, Canal St",
  loading = false,
  error = null,
  refills = REFILLS,
}) {
  const [picked, setPicked] = useState([]);
  const [ordered, setOrdered] = useState(null);

  if (loading) {
    return (
      <div className="refills">
        <h1>Repeat prescriptions</h1>
        <p className="state-msg" role="status">
          Checking your prescriptions...
        </p>
      </div>
    );
  }

  if (error) {
    return (
      <div className="refills">
        <h1>Repeat prescriptions</h1>
        <p className="state-msg" role="alert">
          We couldn't load your prescriptions. Call us on 0161 555 0192.
        </p>
      </div>
    );
  }

  if (refills.length === 0) {
    return (
      <div className="refills">
        <h1>Repeat prescriptions</h1>
        <p className="state-msg">You have no repeat prescriptions yet.</p>
      </div>
    );
  }

  function toggle(id) {
    setPicked((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  }

  if (ordered) {
    return (
      <div className="refills">
        <h1>Repeat prescriptions</h1>
        <p className="state-msg" role="status">
          {ordered === 1 ? "1 item" : ordered + " items"} ordered for collection at {pharmacy}.
        </p>
      </div>
    );
  }

  return (
    <div className="refills">
      <h1>Repeat prescriptions</h1>
      <p>Collect from {pharmacy}. Items with no repeats left need a GP review first.</p>
      <ul className="refill-list">
        {refills.map((r) => (
          <RefillItem key={r.id} refill={r} checked={picked.includes(r.id)} onToggle={() => toggle(r.id)} />
        ))}
      </ul>
      <button disabled={picked.length === 0} onClick={() => setOrdered(picked.length)}>
        Order selected ({picked.length})
      </button>
    </div>
  );
}
