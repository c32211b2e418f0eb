import { useState } from "react";

// A star rating with a hover preview: `shown` follows the mouse, `value` only changes on click.
export function useRating(initial = 0) {
  const [value, setValue] = useState(initial);
  const [preview, setPreview] = useState(null);

  return {
    value,
    shown: preview ?? value,
    pick: (n) => {
      setValue(n);
      setPreview(null);
    },
    preview: (n) => setPreview(n),
    endPreview: () => setPreview(null),
    clear: () => {
      setValue(0);
      setPreview(null);
    },
  };
}
