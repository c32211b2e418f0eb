import { useState } from "react";

// Browser-style set of open tabs: open (or focus) by id, close with neighbour selection.
export default function useTabSet(initialIds) {
  const [ids, setIds] = useState(initialIds);
  const [active, setActive] = useState(initialIds[0] ?? null);

  function open(id) {
    setIds((list) => (list.includes(id) ? list : [...list, id]));
    setActive(id);
  }

  function close(id) {
    const index = ids.indexOf(id);
    const rest = ids.filter((x) => x !== id);
    setIds(rest);
    if (id === active) {
      setActive(rest.length ? rest[Math.min(index, rest.length - 1)] : null);
    }
  }

  return { ids, active, open, close, select: setActive };
}
