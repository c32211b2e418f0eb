import { useState } from "react";

export default function useTapFilters(taps) {
  const [style, setStyle] = useState("");
  const [maxAbv, setMaxAbv] = useState("");
  const [glutenFree, setGlutenFree] = useState(false);

  const limit = maxAbv.trim() === "" ? Infinity : parseFloat(maxAbv);
  const shown = taps.filter(
    (b) => (style === "" || b.style === style) && b.abv <= limit && (!glutenFree || b.glutenFree)
  );

  return {
    shown,
    style,
    maxAbv,
    glutenFree,
    onStyle: (e) => setStyle(e.target.value),
    onMaxAbv: (e) => setMaxAbv(e.target.value),
    onGlutenFree: (e) => setGlutenFree(e.target.checked),
  };
}
