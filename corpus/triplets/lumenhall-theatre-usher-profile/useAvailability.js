import { useState } from "react";

export const SHIFTS = ["Thu evening", "Fri evening", "Sat matinee", "Sat evening", "Sun matinee"];

export default function useAvailability(initial = []) {
  const [picked, setPicked] = useState(initial);

  function toggle(index) {
    const shift = SHIFTS[index];
    setPicked((list) => (list.includes(shift) ? list.filter((s) => s !== shift) : [...list, shift]));
  }

  const ordered = SHIFTS.filter((s) => picked.includes(s));
  return { picked, ordered, toggle, clear: () => setPicked([]) };
}
