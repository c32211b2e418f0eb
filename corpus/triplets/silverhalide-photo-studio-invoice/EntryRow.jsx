import { useRef, useState } from "react";
import { parsePrice, parseQty } from "./money.js";

// Quick entry: type item, qty and price, Enter adds the line, Esc clears the row.
export default function EntryRow({ onAdd }) {
  const item = useRef(null);
  const qty = useRef(null);
  const price = useRef(null);
  const [error, setError] = useState("");

  function clear() {
    item.current.value = "";
    qty.current.value = "";
    price.current.value = "";
    setError("");
    item.current.focus();
  }

  function onKeyDown(e) {
    if (e.key === "Escape") {
      clear();
      return;
    }
    if (e.key !== "Enter") return;
    const name = item.current.value.trim();
    const q = parseQty(qty.current.value);
    const p = parsePrice(price.current.value);
    if (!name) return setError("Item is required");
    if (Number.isNaN(q)) return setError("Qty must be a whole number");
    if (p === null) return setError("Price is required");
    if (Number.isNaN(p)) return setError("Price must be a number");
    onAdd({ name, qty: q, price: p });
    clear();
  }

  return (
    <div className="entry" onKeyDown={onKeyDown}>
      <input ref={item} placeholder="Item" />
      <input ref={qty} placeholder="Qty" size={4} />
      <input ref={price} placeholder="Price" size={8} />
      {error && <span className="error">{error}</span>}
    </div>
  );
}
