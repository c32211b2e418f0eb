import { useEffect, useRef, useState } from "react";

// Menu button: Enter/ArrowDown opens on the first item, arrows move, Escape closes back to the button.
export default function ActionsMenu({ label, items, onSelect }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef(null);
  const itemRefs = useRef([]);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  function openAt(index) {
    setActive(index);
    setOpen(true);
  }

  function close(returnFocus) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onButtonKey(e) {
    if (e.key === "ArrowDown" || e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      openAt(0);
    }
  }

  function onMenuKey(e) {
    if (e.key === "ArrowDown") setActive((i) => (i + 1) % items.length);
    else if (e.key === "ArrowUp") setActive((i) => (i - 1 + items.length) % items.length);
    else if (e.key === "Escape") close(true);
    else if (e.key === "Enter") {
      onSelect(items[active]);
      close(true);
    } else return;
    e.preventDefault();
  }

  return (
    <div className="actions-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        ⋯
      </button>
      {open && (
        <ul role="menu" aria-label={label} onKeyDown={onMenuKey}>
          {items.map((item, i) => (
            <li
              key={item}
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              ref={(el) => (itemRefs.current[i] = el)}
              onClick={() => {
                onSelect(item);
                close(true);
              }}
            >
              {item}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
