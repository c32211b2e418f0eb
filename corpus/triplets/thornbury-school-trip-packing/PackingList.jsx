import { useRef, useState } from "react";
import { addOrMerge, checkQuantity } from "./packing.js";

const START = [
  { name: "Sleeping bag", qty: 1, packed: true },
  { name: "Socks", qty: 5, packed: true },
  { name: "Waterproof jacket", qty: 1, packed: false },
  { name: "Toothbrush", qty: 1, packed: false },
  { name: "Packed lunch (day 1)", qty: 1, packed: false },
];

export default function PackingList({ trip = "Year 6 residential - Hollowell Outdoor Centre", child = "Maya P." }) {
  const [items, setItems] = useState(START);
  const [error, setError] = useState("");
  const nameRef = useRef(null);
  const qtyRef = useRef(null);

  const packed = items.filter((i) => i.packed).length;

  function add(e) {
    e.preventDefault();
    const name = nameRef.current.value;
    const qty = Number(qtyRef.current.value);
    if (!name.trim()) {
      setError("Write what to pack");
      return;
    }
    const problem = checkQuantity(qty);
    if (problem) {
      setError(problem);
      return;
    }
    setItems((list) => addOrMerge(list, name, qty));
    setError("");
    nameRef.current.value = "";
    qtyRef.current.value = "1";
  }

  function flip(name) {
    setItems((list) => list.map((i) => (i.name === name ? { ...i, packed: !i.packed } : i)));
  }

  return (
    <section className="packing">
      <h1>Packing list</h1>
      <p>
        {trip} · {child}
      </p>
      <p className="packed-count">
        Packed {packed} / {items.length}
      </p>

      <ul className="items">
        {items.map((i) => (
          <li key={i.name} className="item">
            <input type="checkbox" checked={i.packed} onChange={() => flip(i.name)} />
            <span className="name">
              {i.name} ×{i.qty}
            </span>
          </li>
        ))}
      </ul>

      <form onSubmit={add} className="add-item">
        <input ref={nameRef} placeholder="Item" defaultValue="" />
        <input ref={qtyRef} aria-label="Quantity" type="number" defaultValue="1" />
        <button type="submit">Add to list</button>
      </form>
      {error && <p className="error">{error}</p>}
      <p className="hint">Name everything! Lost property goes to the school office.</p>
    </section>
  );
}
