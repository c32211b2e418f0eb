import { useReducer, useRef } from "react";
import { MACHINES, TIMES, isTaken, priceOf } from "./laundry.js";

const initial = { row: 0, col: 0, picked: null };

function reducer(state, action) {
  switch (action.type) {
    case "focus":
      return { ...state, row: action.row, col: action.col };
    case "move": {
      const row = Math.min(MACHINES.length - 1, Math.max(0, state.row + action.dRow));
      const col = Math.min(TIMES.length - 1, Math.max(0, state.col + action.dCol));
      return { ...state, row, col };
    }
    case "pick":
      if (isTaken(MACHINES[action.row].id, TIMES[action.col])) return state;
      return { ...state, row: action.row, col: action.col, picked: { row: action.row, col: action.col } };
    case "clear":
      return { ...state, picked: null };
    default:
      return state;
  }
}

const KEYS = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };

export default function MachineSlots({ branch = "SpinCycle Wash & Dry, Elm Street", evening = "Tonight" }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const cells = useRef({});

  function onKeyDown(e) {
    const delta = KEYS[e.key];
    if (!delta) return;
    e.preventDefault();
    const row = Math.min(MACHINES.length - 1, Math.max(0, state.row + delta[0]));
    const col = Math.min(TIMES.length - 1, Math.max(0, state.col + delta[1]));
    dispatch({ type: "move", dRow: delta[0], dCol: delta[1] });
    cells.current[row + "-" + col]?.focus();
  }

  const picked = state.picked && { machine: MACHINES[state.picked.row], time: TIMES[state.picked.col] };

  return (
    <div className="machine-slots">
      <h1>{branch}</h1>
      <p>{evening}: pick a machine and a 45-minute cycle. Use the arrow keys to move around the grid.</p>

      <table className="slot-table" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th>Machine</th>
            {TIMES.map((t) => (
              <th key={t}>{t}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MACHINES.map((m, r) => (
            <tr key={m.id}>
              <th scope="row">{m.name}</th>
              {TIMES.map((t, c) => {
                const taken = isTaken(m.id, t);
                const chosen = state.picked && state.picked.row === r && state.picked.col === c;
                return (
                  <td key={t}>
                    <button
                      ref={(el) => (cells.current[r + "-" + c] = el)}
                      aria-label={m.name + " at " + t}
                      aria-disabled={taken}
                      aria-pressed={Boolean(chosen)}
                      tabIndex={state.row === r && state.col === c ? 0 : -1}
                      onFocus={() => dispatch({ type: "focus", row: r, col: c })}
                      onClick={() => dispatch({ type: "pick", row: r, col: c })}
                    >
                      {taken ? "Taken" : chosen ? "Yours" : "Free"}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      <p className="picked">
        {picked ? picked.machine.name + " · " + picked.time + " · " + priceOf(picked.machine) : "Nothing selected"}
      </p>
      <button disabled={!picked} onClick={() => dispatch({ type: "clear" })}>
        Clear selection
      </button>
    </div>
  );
}
