import { useReducer } from "react";
import { TAXA, matchTaxa } from "./taxa.js";

const initial = { text: "", open: false, active: -1, taxon: null, logged: "" };

function reducer(state, action) {
  switch (action.type) {
    case "type":
      return { ...state, text: action.text, open: true, active: -1, taxon: null };
    case "down":
      return { ...state, open: true, active: Math.min(action.count - 1, state.active + 1) };
    case "up":
      return { ...state, active: Math.max(0, state.active - 1) };
    case "pick":
      return { ...state, text: action.taxon.name, taxon: action.taxon, open: false, active: -1 };
    case "close":
      return { ...state, open: false, active: -1 };
    case "log":
      return { ...state, logged: `Find ${action.find} logged: ${state.taxon.name} (${state.taxon.group})` };
    default:
      return state;
  }
}

export default function FindLogTaxon({ taxa = TAXA, find = "RM-117", quarry = "Hell Creek block C" }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const matches = matchTaxa(taxa, state.text);
  const listOpen = state.open && state.text.trim() !== "";

  function onKeyDown(e) {
    if (e.key === "ArrowDown" && matches.length) {
      e.preventDefault();
      dispatch({ type: "down", count: matches.length });
    } else if (e.key === "ArrowUp" && matches.length) {
      e.preventDefault();
      dispatch({ type: "up", count: matches.length });
    } else if (e.key === "Enter" && state.active >= 0) {
      e.preventDefault();
      dispatch({ type: "pick", taxon: matches[state.active] });
    } else if (e.key === "Escape") {
      dispatch({ type: "close" });
    }
  }

  return (
    <div className="dig">
      <h1>Red Mesa Field School - find log</h1>
      <p>
        Find <strong>{find}</strong>, {quarry}
      </p>

      <label htmlFor="taxon">Taxon</label>
      <input
        id="taxon"
        role="combobox"
        aria-expanded={listOpen}
        aria-controls="taxon-options"
        aria-activedescendant={state.active >= 0 ? "taxon-" + state.active : undefined}
        value={state.text}
        onChange={(e) => dispatch({ type: "type", text: e.target.value })}
        onKeyDown={onKeyDown}
      />

      {listOpen &&
        (matches.length ? (
          <ul id="taxon-options" role="listbox" aria-label="Taxa">
            {matches.map((t, i) => (
              <li
                key={t.name}
                id={"taxon-" + i}
                role="option"
                aria-selected={i === state.active}
                onClick={() => dispatch({ type: "pick", taxon: t })}
              >
                <i>{t.name}</i>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">No taxon starts with that</p>
        ))}

      <button type="button" disabled={!state.taxon} onClick={() => dispatch({ type: "log", find })}>
        Log find
      </button>
      {state.logged && <p role="status">{state.logged}</p>}
    </div>
  );
}
