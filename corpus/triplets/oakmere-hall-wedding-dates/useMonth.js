import { useState } from "react";

const NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// Month navigation inside a fixed window of `count` months starting at `from`.
export function useMonth(from, count) {
  const [offset, setOffset] = useState(0);
  const index = from.month + offset;
  const year = from.year + Math.floor(index / 12);
  const month = index % 12;

  return {
    year,
    month,
    label: NAMES[month] + " " + year,
    canPrev: offset > 0,
    canNext: offset < count - 1,
    prev: () => setOffset((o) => Math.max(0, o - 1)),
    next: () => setOffset((o) => Math.min(count - 1, o + 1)),
  };
}
