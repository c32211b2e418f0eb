import { useState } from "react";
import { STEELS, label, suggest } from "./steels.js";

export default function SteelGradePicker({ steels = STEELS }) {
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState(null);

  const options = suggest(steels, text);
  const showList = open && text.trim() !== "";

  function type(value) {
    setText(value);
    setOpen(true);
    setActive(-1);
  }

  function pick(steel) {
    setChosen(steel);
    setText(label(steel));
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e) {
    if (e.key === "ArrowDown" && options.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (e.key === "ArrowUp" && options.length > 0) {
      e.preventDefault();
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  }

  return (
    <div className="forge">
      <h1>Anvil Lane Forge - job card</h1>
      <p>Pick the bar stock for this blade. Heat treatment follows the grade.</p>

      <div className="combo">
        <input
          role="combobox"
          aria-expanded={showList}
          aria-controls="steel-list"
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `steel-${active}` : undefined}
          placeholder="Steel grade, e.g. 1084"
          value={text}
          onChange={(e) => type(e.target.value)}
          onKeyDown={onKeyDown}
        />
        {showList && options.length > 0 && (
          <ul id="steel-list" role="listbox" aria-label="Steel grades">
            {options.map((s, i) => (
              <li
                key={s.code}
                id={`steel-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(s)}
              >
                {label(s)}
              </li>
            ))}
          </ul>
        )}
        {showList && options.length === 0 && <p className="no-match">No matching grade</p>}
      </div>

      <p className="heat-treat">{chosen ? `Quench: ${chosen.quench}` : "No steel chosen yet"}</p>
    </div>
  );
}
