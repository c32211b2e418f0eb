import { useMemo, useState } from "react";

const key = (row, col) => row + "|" + col;

// Matrix of on/off cells with a diff against what was last applied.
export function usePendingMatrix(rows, cols, initialOn) {
  const start = useMemo(() => {
    const m = {};
    for (const r of rows) for (const c of cols) m[key(r, c)] = initialOn.includes(key(r, c));
    return m;
  }, [rows, cols, initialOn]);

  const [applied, setApplied] = useState(start);
  const [cells, setCells] = useState(start);

  const pending = [];
  for (const r of rows) {
    for (const c of cols) {
      const k = key(r, c);
      if (cells[k] !== applied[k]) pending.push(r + ": " + c + (cells[k] ? " on" : " off"));
    }
  }

  return {
    isOn: (r, c) => cells[key(r, c)],
    toggle: (r, c) => setCells((m) => ({ ...m, [key(r, c)]: !m[key(r, c)] })),
    pending,
    apply: () => setApplied(cells),
    discard: () => setCells(applied),
  };
}
