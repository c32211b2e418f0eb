import { useState } from "react";

// Prefix matches for `query` among `options`; tracks the highlighted one for arrow keys.
export function useSuggestions(query, options) {
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(true);
  const q = query.trim().toLowerCase();
  const items = q && open ? options.filter((o) => o.startsWith(q)).slice(0, 5) : [];

  return {
    items,
    active: items.length ? Math.min(active, items.length - 1) : -1,
    down: () => setActive((a) => Math.min(a + 1, items.length - 1)),
    up: () => setActive((a) => Math.max(a - 1, -1)),
    close: () => {
      setOpen(false);
      setActive(-1);
    },
    reopen: () => {
      setOpen(true);
      setActive(-1);
    },
  };
}
