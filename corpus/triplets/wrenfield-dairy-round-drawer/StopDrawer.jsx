import { useState } from "react";
import { MAX_PER_ITEM, PRODUCTS } from "./products.js";

export default function StopDrawer({ stop, onSave, onClose }) {
  const [error, setError] = useState("");

  function handleSubmit(event) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const order = {};
    for (const p of PRODUCTS) order[p.key] = Number(data.get(p.key) || 0);
    if (PRODUCTS.some((p) => order[p.key] > MAX_PER_ITEM)) {
      setError(`Max ${MAX_PER_ITEM} per item`);
      return;
    }
    onSave(stop.n, order, data.get("skip") === "on");
  }

  return (
    <div className="drawer" role="dialog" aria-labelledby="stop-title">
      <h2 id="stop-title">
        Stop {stop.n} - {stop.name}
      </h2>
      <form onSubmit={handleSubmit}>
        {PRODUCTS.map((p) => (
          <div className="qty-row" key={p.key}>
            <label htmlFor={"qty-" + p.key}>{p.label}</label>
            <input id={"qty-" + p.key} name={p.key} type="number" min="0" defaultValue={stop.order[p.key] || 0} />
          </div>
        ))}
        <label className="skip">
          <input type="checkbox" name="skip" defaultChecked={stop.skip} />
          Skip this delivery (customer away)
        </label>
        {error && <span className="error">{error}</span>}
        <button type="submit">Save order</button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </form>
    </div>
  );
}
