import { useState } from "react";
import StopDrawer from "./StopDrawer.jsx";
import { PRODUCTS } from "./products.js";

const STOPS = [
  { n: 1, name: "Hawthorn Cottage", order: { whole: 2, eggs: 1 }, skip: false, done: false },
  { n: 2, name: "The Old Forge", order: { semi: 3, butter: 1 }, skip: false, done: false },
  { n: 3, name: "Larkrise Farmhouse", order: { whole: 4 }, skip: false, done: false },
];

function summary(order) {
  return PRODUCTS.filter((p) => order[p.key] > 0)
    .map((p) => `${p.short} x${order[p.key]}`)
    .join(", ");
}

function pintsFor(stop) {
  return PRODUCTS.filter((p) => p.pints).reduce((n, p) => n + (stop.order[p.key] || 0), 0);
}

function vanPints(stops) {
  return stops
    .filter((s) => !s.skip)
    .reduce((sum, s) => sum + pintsFor(s), 0);
}

export default function DeliveryRound({ initialStops = STOPS, round = "Tuesday - Wrenfield village" }) {
  const [stops, setStops] = useState(initialStops);
  const [editing, setEditing] = useState(null);
  const current = stops.find((s) => s.n === editing);
  const delivered = stops.filter((s) => s.done).length;

  function save(n, order, skip) {
    setStops((list) => list.map((s) => (s.n === n ? { ...s, order, skip } : s)));
    setEditing(null);
  }

  function toggleDone(n) {
    setStops((list) => list.map((s) => (s.n === n ? { ...s, done: !s.done } : s)));
  }

  return (
    <section className="round">
      <h1>Wrenfield Dairy round: {round}</h1>
      <div className="van">Van load: {vanPints(stops)} pints</div>
      <div className="progress">
        Delivered {delivered}/{stops.length}
      </div>
      <ol className="stops">
        {stops.map((s) => (
          <li key={s.n} className={s.done ? "done" : ""}>
            <input type="checkbox" checked={s.done} onChange={() => toggleDone(s.n)} />
            <span className="stop-name">{s.name}</span>
            <span className="stop-order">{s.skip ? "Skipped" : summary(s.order)}</span>
            <button type="button" aria-label={`Edit stop ${s.n}`} onClick={() => setEditing(s.n)}>
              ✎
            </button>
          </li>
        ))}
      </ol>
      <footer className="round-foot">
        <span>{stops.length} stops</span> - <span>{stops.filter((s) => s.skip).length} skipped</span>
      </footer>
      {current && (
        <StopDrawer key={current.n} stop={current} onSave={save} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
