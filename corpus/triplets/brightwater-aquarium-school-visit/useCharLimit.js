import { useState } from "react";

// Text state that never grows past `max` characters (pasted text is cut off).
export default function useCharLimit(max, initial = "") {
  const [value, setValue] = useState(initial.slice(0, max));
  return {
    value,
    max,
    length: value.length,
    full: value.length >= max,
    onChange: (e) => setValue(e.target.value.slice(0, max)),
    reset: () => setValue(""),
  };
}
