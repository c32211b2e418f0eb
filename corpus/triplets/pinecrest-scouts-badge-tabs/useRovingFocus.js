import { useRef, useState } from "react";

// Manual-activation tabs: arrows only move focus, Enter or Space selects.
export default function useRovingFocus(count, onActivate) {
  const [focusIndex, setFocusIndex] = useState(0);
  const refs = useRef([]);

  function focusAt(i) {
    const next = (i + count) % count;
    setFocusIndex(next);
    refs.current[next]?.focus();
  }

  function keyHandler(index) {
    return (event) => {
      switch (event.key) {
        case "ArrowRight":
          focusAt(index + 1);
          break;
        case "ArrowLeft":
          focusAt(index - 1);
          break;
        case "Enter":
        case " ":
          onActivate(index);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
  }

  const register = (i) => (el) => {
    refs.current[i] = el;
  };

  return { focusIndex, setFocusIndex, keyHandler, register };
}
