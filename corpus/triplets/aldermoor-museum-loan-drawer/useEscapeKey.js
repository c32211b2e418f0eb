import { useEffect } from "react";

// Calls onEscape when Escape is pressed anywhere, while `active` is true.
export default function useEscapeKey(active, onEscape) {
  useEffect(() => {
    if (!active) return undefined;
    const listener = (event) => {
      if (event.key === "Escape") onEscape();
    };
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, [active, onEscape]);
}
