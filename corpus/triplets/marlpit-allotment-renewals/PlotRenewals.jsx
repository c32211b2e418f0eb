import { useReducer } from "react";
import ConfirmSend from "./ConfirmSend.jsx";

const PLOTS = [
  { plot: "1A", holder: "Margaret Pike", rods: 10, fee: 48, paid: true },
  { plot: "1B", holder: "Dev Sharma", rods: 5, fee: 26, paid: false },
  { plot: "2A", holder: "Hollie Grant", rods: 10, fee: 48, paid: false },
  { plot: "2B", holder: "Tom & Bea Okoye", rods: 7.5, fee: 37, paid: true },
  { plot: "3A", holder: "Li Wei", rods: 5, fee: 26, paid: false },
  { plot: "3B", holder: "Frank Dunmore", rods: 10, fee: 48, paid: true },
  { plot: "4A", holder: "Rosa Alvarez", rods: 2.5, fee: 14, paid: false },
];

function init(plots) {
  return { plots, onlyUnpaid: false, selected: [], confirming: false, invoiced: [], notice: "" };
}

function reducer(state, action) {
  switch (action.type) {
    case "filter":
      return { ...state, onlyUnpaid: !state.onlyUnpaid };
    case "toggle": {
      const on = state.selected.includes(action.plot);
      return { ...state, selected: on ? state.selected.filter((p) => p !== action.plot) : [...state.selected, action.plot] };
    }
    case "all":
      return { ...state, selected: action.allOn ? [] : action.visible.map((p) => p.plot) };
    case "ask":
      return { ...state, confirming: true };
    case "cancel":
      return { ...state, confirming: false };
    case "confirm":
      return {
        ...state,
        confirming: false,
        invoiced: [...state.invoiced, ...state.selected],
        notice: `${state.selected.length} invoices sent`,
        selected: [],
      };
    default:
      return state;
  }
}

export default function PlotRenewals({ plots = PLOTS }) {
  const [state, dispatch] = useReducer(reducer, plots, init);
  const visible = state.onlyUnpaid ? state.plots.filter((p) => !p.paid) : state.plots;
  const allOn = visible.length > 0 && visible.every((p) => state.selected.includes(p.plot));
  const selectedPlots = state.plots.filter((p) => state.selected.includes(p.plot));
  const due = selectedPlots.reduce((sum, p) => sum + p.fee, 0);

  return (
    <section className="renewals">
      <h1>Marlpit Allotment Society - 2025 renewals</h1>

      <label>
        <input type="checkbox" checked={state.onlyUnpaid} onChange={() => dispatch({ type: "filter" })} />
        Only unpaid
      </label>

      <div className="bulk">
        <span>
          {state.selected.length} plots selected, {"\u00a3"}
          {due} due
        </span>
        <button type="button" disabled={state.selected.length === 0} onClick={() => dispatch({ type: "ask" })}>
          Send renewal invoices
        </button>
      </div>

      {state.confirming && (
        <ConfirmSend
          count={state.selected.length}
          onConfirm={() => dispatch({ type: "confirm" })}
          onCancel={() => dispatch({ type: "cancel" })}
        />
      )}
      {state.notice && <p className="notice">{state.notice}</p>}

      <table>
        <thead>
          <tr>
            <th>
              <input
                type="checkbox"
                aria-label="Select all shown"
                checked={allOn}
                onChange={() => dispatch({ type: "all", allOn, visible })}
              />
            </th>
            <th>Plot</th>
            <th>Holder</th>
            <th>Size</th>
            <th>Fee</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((p) => (
            <tr key={p.plot}>
              <td>
                <input
                  type="checkbox"
                  aria-label={"Select plot " + p.plot}
                  checked={state.selected.includes(p.plot)}
                  onChange={() => dispatch({ type: "toggle", plot: p.plot })}
                />
              </td>
              <td>{p.plot}</td>
              <td>{p.holder}</td>
              <td>{p.rods} rods</td>
              <td>{"\u00a3" + p.fee}</td>
              <td>{p.paid ? "Paid" : state.invoiced.includes(p.plot) ? "Invoice sent" : "Unpaid"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
