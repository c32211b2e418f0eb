import { useMemo } from "react";

// Names that start with the text come first, then names that merely contain it.
export default function useSuggestions(items, text, max = 4) {
  return useMemo(() => {
    const q = text.trim().toLowerCase();
    if (!q) return [];
    const starts = items.filter((b) => b.name.toLowerCase().startsWith(q));
    const contains = items.filter((b) => !b.name.toLowerCase().startsWith(q) && b.name.toLowerCase().includes(q));
    return [...starts, ...contains].slice(0, max);
  }, [items, text, max]);
}
