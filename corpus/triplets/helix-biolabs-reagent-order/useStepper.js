import { useState } from "react";

// Pack-size aware counter: 0, then the minimum order, then steps of `step`, up to `max`.
export default function useStepper({ min = 1, step = 1, max = Infinity } = {}) {
  const [value, setValue] = useState(0);

  const inc = () => setValue((v) => (v === 0 ? min : Math.min(max, v + step)));
  const dec = () =>
    setValue((v) => {
      const next = v - step;
      return next < min ? 0 : next;
    });

  return { value, inc, dec, atMax: value >= max, atZero: value === 0 };
}
