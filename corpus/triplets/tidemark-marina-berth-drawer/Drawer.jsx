import { useEffect, useRef } from "react";

export default function Drawer({ title, onClose, children }) {
  const closeRef = useRef(null);

  useEffect(() => {
    closeRef.current?.focus();
  }, []);

  useEffect(() => {
    function handleKey(e) {
      if (e.key === "Escape") onClose();
    }
    document.addEventListener("keydown", handleKey);
    return () => document.removeEventListener("keydown", handleKey);
  }, [onClose]);

  return (
    <aside className="drawer drawer-right" role="dialog" aria-label={title}>
      <div className="drawer-head">
        <h2>{title}</h2>
        <button ref={closeRef} type="button" className="drawer-x" aria-label="Close panel" onClick={onClose}>
          ✕
        </button>
      </div>
      <div className="drawer-body">{children}</div>
    </aside>
  );
}
