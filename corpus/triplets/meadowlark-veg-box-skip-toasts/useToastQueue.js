import { useRef, useState } from "react";

// Toasts that stay until dismissed; each may carry an undo callback.
export default function useToastQueue() {
  const [items, setItems] = useState([]);
  const seq = useRef(0);

  function show(message, undo) {
    seq.current += 1;
    const id = seq.current;
    setItems((list) => [...list, { id, message, undo }]);
    return id;
  }

  function remove(id) {
    setItems((list) => list.filter((t) => t.id !== id));
  }

  function runUndo(id) {
    const toast = items.find((t) => t.id === id);
    remove(id);
    if (toast && toast.undo) toast.undo();
  }

  return { items, show, remove, runUndo };
}
