import { createContext, useContext, useState } from "react";

const LEVEL_ORDER = { Beginner: 0, Improver: 1, Intermediate: 2, Advanced: 3, "All levels": 4 };

export const SORTS = {
  time: { label: "Time", compare: (a, b) => a.time.localeCompare(b.time) },
  price: { label: "Price (cheapest)", compare: (a, b) => a.pence - b.pence },
  level: {
    label: "Skate level (beginner first)",
    compare: (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level],
  },
};

const SortContext = createContext({ sortKey: "time", setSortKey: () => {} });

export function SortProvider({ initial = "time", children }) {
  const [sortKey, setSortKey] = useState(initial);
  return <SortContext.Provider value={{ sortKey, setSortKey }}>{children}</SortContext.Provider>;
}

export function useSort() {
  return useContext(SortContext);
}
