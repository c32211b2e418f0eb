import { useState } from "react";

// Ordered list of items with ids; moving swaps an item with its neighbour.
export function useOrderedList(initial) {
  const [items, setItems] = useState(initial);

  function swapWith(id, offset) {
    setItems((list) => {
      const i = list.findIndex((x) => x.id === id);
      const j = i + offset;
      if (i < 0 || j < 0 || j >= list.length) return list;
      const next = list.slice();
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });
  }

  return {
    items,
    moveUp: (id) => swapWith(id, -1),
    moveDown: (id) => swapWith(id, 1),
    reset: () => setItems(initial),
  };
}
