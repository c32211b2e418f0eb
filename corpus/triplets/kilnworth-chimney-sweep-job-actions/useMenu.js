import { useEffect, useRef, useState } from "react";

// One open menu at a time; Escape or a click outside closes it.
export default function useMenu() {
  const [openId, setOpenId] = useState(null);
  const container = useRef(null);

  useEffect(() => {
    if (openId === null) return undefined;
    function onKey(e) {
      if (e.key === "Escape") setOpenId(null);
    }
    function onDown(e) {
      if (container.current && !container.current.contains(e.target)) setOpenId(null);
    }
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onDown);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onDown);
    };
  }, [openId]);

  return {
    container,
    openId,
    toggle: (id) => setOpenId((cur) => (cur === id ? null : id)),
    close: () => setOpenId(null),
  };
}
