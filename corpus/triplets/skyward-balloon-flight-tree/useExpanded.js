import { useCallback, useState } from "react";

export default function useExpanded(initial = []) {
  const [open, setOpen] = useState(() => new Set(initial));

  const toggle = useCallback((key) => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  return { isOpen: (key) => open.has(key), toggle };
}
