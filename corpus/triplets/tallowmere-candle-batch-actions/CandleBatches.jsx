import { useReducer } from "react";
import RowMenu from "./RowMenu.jsx";

const BATCHES = [
  { code: "TB-29", scent: "Winter spice votives", status: "Archived" },
  { code: "TB-31", scent: "Fig & cassis, 220 g tins", status: "Curing" },
  { code: "TB-32", scent: "Cedar smoke pillar", status: "Cured" },
  { code: "TB-33", scent: "Sea salt & sage jar", status: "Cured" },
];

function nextCode(batches) {
  const max = Math.max(...batches.map((b) => Number(b.code.slice(3))));
  return "TB-" + (max + 1);
}

function reducer(state, action) {
  switch (action.type) {
    case "menu":
      return { ...state, menu: state.menu === action.id ? null : action.id };
    case "Duplicate": {
      const source = state.batches.find((b) => b.code === action.code);
      const copy = { ...source, code: nextCode(state.batches), status: "Poured" };
      return { ...state, menu: null, batches: [...state.batches, copy] };
    }
    case "Archive":
      return {
        ...state,
        menu: null,
        batches: state.batches.map((b) => (b.code === action.code ? { ...b, status: "Archived" } : b)),
      };
    case "Delete":
      return { ...state, menu: null, batches: state.batches.filter((b) => b.code !== action.code) };
    case "Archive all cured":
      return {
        ...state,
        menu: null,
        batches: state.batches.map((b) => (b.status === "Cured" ? { ...b, status: "Archived" } : b)),
      };
    case "Delete all archived":
      return { ...state, menu: null, batches: state.batches.filter((b) => b.status !== "Archived") };
    default:
      return state;
  }
}

export default function CandleBatches({ workshop = "Tallowmere Candle Works" }) {
  const [state, dispatch] = useReducer(reducer, { batches: BATCHES, menu: null });
  const count = state.batches.length;

  return (
    <section className="batches">
      <h1>{workshop} - pour batches</h1>
      <div className="toolbar">
        <span className="batch-count">{count === 1 ? "1 batch" : `${count} batches`}</span>
        <RowMenu
          label="More"
          open={state.menu === "toolbar"}
          onToggle={() => dispatch({ type: "menu", id: "toolbar" })}
          items={["Archive all cured", "Delete all archived"]}
          onPick={(item) => dispatch({ type: item })}
        />
      </div>
      <table>
        <tbody>
          {state.batches.map((b) => (
            <tr key={b.code}>
              <td>{b.code}</td>
              <td>{b.scent}</td>
              <td>{b.status}</td>
              <td>
                <RowMenu
                  label={`Batch actions for ${b.code}`}
                  open={state.menu === b.code}
                  onToggle={() => dispatch({ type: "menu", id: b.code })}
                  items={["Duplicate", "Archive", "Delete"]}
                  onPick={(item) => dispatch({ type: item, code: b.code })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {count === 0 && <p>No batches. Pour something!</p>}
    </section>
  );
}
