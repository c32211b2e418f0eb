import { useState } from "react";

export default function DockInput({ id, label, docks, isAvailable, unavailableText, describe, onPick }) {
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const q = text.trim().toLowerCase();
  const options = q ? docks.filter((d) => d.name.toLowerCase().includes(q)) : [];

  function nextEnabled(from) {
    for (let i = from + 1; i < options.length; i++) {
      if (isAvailable(options[i])) return i;
    }
    return from;
  }

  function choose(dock) {
    if (!isAvailable(dock)) return;
    setText(dock.name);
    setOpen(false);
    setActive(-1);
    onPick(dock);
  }

  function onKeyDown(e) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive(nextEnabled(active));
    } else if (e.key === "Enter" && active >= 0) {
      choose(options[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  }

  return (
    <div className="dock-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open && options.length > 0}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      {open && options.length > 0 && (
        <ul role="listbox" aria-label={label + " suggestions"}>
          {options.map((d, i) => (
            <li
              key={d.name}
              role="option"
              aria-selected={i === active}
              aria-disabled={!isAvailable(d)}
              onClick={() => choose(d)}
            >
              {d.name} {isAvailable(d) ? `- ${describe(d)}` : `(${unavailableText})`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
