import { useEffect, useRef } from "react";
import { useDock } from "./DockContext.jsx";

const ITEMS = [
  { type: "inspect", label: "Log inspection" },
  { type: "hold", label: "Hold for survey" },
  { type: "release", label: "Move to quay" },
];

export default function VesselMenu({ vessel }) {
  const { openMenu, setOpenMenu, dispatch } = useDock();
  const open = openMenu === vessel.id;
  const trigger = useRef(null);
  const firstItem = useRef(null);

  useEffect(() => {
    if (!open) return undefined;
    firstItem.current?.focus();
    function onKey(e) {
      if (e.key === "Escape") {
        setOpenMenu(null);
        trigger.current?.focus();
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, setOpenMenu]);

  function pick(type) {
    dispatch({ type, id: vessel.id });
    setOpenMenu(null);
  }

  return (
    <span className="vessel-menu">
      <button
        ref={trigger}
        type="button"
        aria-label={`Vessel actions: ${vessel.name}`}
        aria-expanded={open}
        aria-haspopup="menu"
        onClick={() => setOpenMenu(open ? null : vessel.id)}
      >
        Actions ▾
      </button>
      {open && (
        <span role="menu" aria-label={`Vessel actions: ${vessel.name}`}>
          {ITEMS.map((item, i) => (
            <button
              key={item.type}
              ref={i === 0 ? firstItem : null}
              type="button"
              role="menuitem"
              disabled={item.type !== "inspect" && vessel.status === "Released"}
              onClick={() => pick(item.type)}
            >
              {item.label}
            </button>
          ))}
        </span>
      )}
    </span>
  );
}
