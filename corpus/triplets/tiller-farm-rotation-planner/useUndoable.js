import { useState } from "react";

// Keeps a value plus its undo/redo stacks.
export function useUndoable(initial) {
  const [h, setH] = useState({ past: [], now: initial, future: [] });

  const set = (value) =>
    setH((s) => (value === s.now ? s : { past: [...s.past, s.now], now: value, future: [] }));

  const undo = () =>
    setH((s) => (s.past.length ? { past: s.past.slice(0, -1), now: s.past[s.past.length - 1], future: [s.now, ...s.future] } : s));

  const redo = () =>
    setH((s) => (s.future.length ? { past: [...s.past, s.now], now: s.future[0], future: s.future.slice(1) } : s));

  return { value: h.now, set, undo, redo, canUndo: h.past.length > 0, canRedo: h.future.length > 0 };
}
