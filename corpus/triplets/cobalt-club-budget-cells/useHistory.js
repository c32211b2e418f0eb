import { useState } from "react";

export function useHistory(initial) {
  const [state, setState] = useState({ past: [], present: initial, future: [] });
  return {
    present: state.present,
    steps: state.past.length,
    canRedo: state.future.length > 0,
    push: (next) => setState((s) => ({ past: [...s.past, s.present], present: next, future: [] })),
    undo: () =>
      setState((s) =>
        s.past.length ? { past: s.past.slice(0, -1), present: s.past[s.past.length - 1], future: [s.present, ...s.future] } : s
      ),
    redo: () => setState((s) => (s.future.length ? { past: [...s.past, s.present], present: s.future[0], future: s.future.slice(1) } : s)),
  };
}
