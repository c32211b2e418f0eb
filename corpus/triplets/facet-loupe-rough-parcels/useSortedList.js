import { useMemo, useState } from "react";

// compareFns: { key: (a, b) => number }. The list is re-sorted only when key, reversed or items change.
export default function useSortedList(items, compareFns, initialKey) {
  const [key, setKey] = useState(initialKey);
  const [reversed, setReversed] = useState(false);

  const sorted = useMemo(() => {
    const out = [...items].sort(compareFns[key]);
    return reversed ? out.reverse() : out;
  }, [items, compareFns, key, reversed]);

  return { sorted, key, setKey, reversed, toggleReversed: () => setReversed((r) => !r) };
}
