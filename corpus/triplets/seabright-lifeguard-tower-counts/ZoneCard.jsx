import { useContext } from "react";
import { BeachContext } from "./beachContext.js";

export default function ZoneCard({ zone }) {
  const { dispatch } = useContext(BeachContext);
  const short = zone.name.split(" - ")[0];
  return (
    <div className="zone-card">
      <h2>{zone.name}</h2>
      <button aria-label={"One less swimmer in " + short} disabled={zone.count === 0} onClick={() => dispatch({ type: "change", id: zone.id, by: -1 })}>
        −
      </button>
      <span className="zone-count">
        {zone.count} / {zone.capacity}
      </span>
      <button aria-label={"One more swimmer in " + short} onClick={() => dispatch({ type: "change", id: zone.id, by: 1 })}>
        +
      </button>
    </div>
  );
}
