import { useRef, useState } from "react";
import { GEAR, lineCost, usd } from "./rental.js";

// The quantity box is uncontrolled: the value is only taken over on Enter,
// Escape puts the current quantity back.
export default function GearLine({ id, qty, days, onQty }) {
  const ref = useRef(null);
  const [error, setError] = useState("");
  const gear = GEAR[id];

  function onKeyDown(e) {
    if (e.key === "Enter") {
      const n = Number(ref.current.value);
      if (!Number.isInteger(n) || n < 1) {
        setError("Quantity must be at least 1");
        ref.current.value = String(qty);
        return;
      }
      setError("");
      onQty(id, n);
    } else if (e.key === "Escape") {
      ref.current.value = String(qty);
      setError("");
    }
  }

  return (
    <tr>
      <td>{gear.name}</td>
      <td>
        <input
          ref={ref}
          aria-label={"Quantity for " + gear.name}
          defaultValue={qty}
          size={3}
          onKeyDown={onKeyDown}
        />
        {error && <span className="error">{error}</span>}
      </td>
      <td>{usd(gear.perDay)}/day</td>
      <td className="line-cost">{usd(lineCost(id, qty, days))}</td>
    </tr>
  );
}
