import { useState } from "react";

export default function useCart(catalogue) {
  const [lines, setLines] = useState([]);

  function add(id) {
    setLines((ls) => (ls.some((l) => l.id === id) ? ls : [...ls, { id, qty: 1 }]));
  }

  function setQty(id, qty) {
    setLines((ls) => ls.map((l) => (l.id === id ? { ...l, qty } : l)));
  }

  function remove(id) {
    setLines((ls) => ls.filter((l) => l.id !== id));
  }

  const detailed = lines.map((l) => ({ ...l, item: catalogue.find((c) => c.id === l.id) }));
  return { lines: detailed, add, setQty, remove };
}
