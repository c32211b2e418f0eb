import { createContext, useContext, useState } from "react";

export const MAX_SWATCHES = 12;
const SampleCartContext = createContext(null);

export function SampleCartProvider({ initial = [], children }) {
  const [lines, setLines] = useState(initial);
  const total = lines.reduce((n, l) => n + l.qty, 0);

  function addLine(line) {
    if (total + line.qty > MAX_SWATCHES) {
      return `You can request at most ${MAX_SWATCHES} swatches per order`;
    }
    setLines((list) => [...list, line]);
    return null;
  }

  return (
    <SampleCartContext.Provider value={{ lines, total, addLine }}>{children}</SampleCartContext.Provider>
  );
}

export function useSampleCart() {
  return useContext(SampleCartContext);
}
