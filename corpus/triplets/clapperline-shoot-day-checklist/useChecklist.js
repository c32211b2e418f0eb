import { useState } from "react";

export const FILTERS = ["All", "Open", "Done"];

export function visible(items, filter) {
  if (filter === "Open") return items.filter((i) => !i.done);
  if (filter === "Done") return items.filter((i) => i.done);
  return items;
}

export function useChecklist(initial) {
  const [items, setItems] = useState(initial);
  const [filter, setFilter] = useState("All");

  const add = (text, dept) => {
    const clean = text.trim();
    if (!clean) return false;
    setItems((list) => [...list, { id: "n" + (list.length + 1), text: clean, dept, done: false }]);
    return true;
  };
  const toggle = (id) => setItems((list) => list.map((i) => (i.id === id ? { ...i, done: !i.done } : i)));
  const markAll = () => setItems((list) => list.map((i) => ({ ...i, done: true })));

  const counts = {
    All: items.length,
    Open: items.filter((i) => !i.done).length,
    Done: items.filter((i) => i.done).length,
  };

  return { items: visible(items, filter), counts, filter, setFilter, add, toggle, markAll };
}
