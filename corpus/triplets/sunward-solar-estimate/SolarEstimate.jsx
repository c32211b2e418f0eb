import { useReducer } from "react";
import { estimate, dollars } from "./solarMath.js";

const MIN_PANELS = 6;
const MAX_PANELS = 40;

const initialState = { panels: 12, roof: "south", battery: false };

function reducer(state, action) {
  switch (action.type) {
    case "addPanel":
      return { ...state, panels: Math.min(MAX_PANELS, state.panels + 1) };
    case "removePanel":
      return { ...state, panels: Math.max(MIN_PANELS, state.panels - 1) };
    case "roof":
      return { ...state, roof: action.roof };
    case "battery":
      return { ...state, battery: action.on };
    case "reset":
      return initialState;
    default:
      return state;
  }
}

const ROOFS = [
  { id: "south", label: "South-facing" },
  { id: "eastwest", label: "East / West" },
  { id: "north", label: "North-facing" },
];

export default function SolarEstimate() {
  const [state, dispatch] = useReducer(reducer, initialState);
  const e = estimate(state);

  return (
    <div className="sunward">
      <h1>Sunward Solar · home estimate</h1>

      <div className="panels">
        <span>Panels</span>
        <button
          aria-label="Remove panel"
          disabled={state.panels <= MIN_PANELS}
          onClick={() => dispatch({ type: "removePanel" })}
        >
          –
        </button>
        <span data-testid="panel-count">{state.panels}</span>
        <button
          aria-label="Add panel"
          disabled={state.panels >= MAX_PANELS}
          onClick={() => dispatch({ type: "addPanel" })}
        >
          +
        </button>
        <small data-testid="system-size">{e.kw.toFixed(2)} kW system</small>
      </div>

      <label htmlFor="roof">Roof orientation</label>
      <select id="roof" value={state.roof} onChange={(ev) => dispatch({ type: "roof", roof: ev.target.value })}>
        {ROOFS.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>

      <label>
        <input
          type="checkbox"
          checked={state.battery}
          onChange={(ev) => dispatch({ type: "battery", on: ev.target.checked })}
        />
        Add home battery (13.5 kWh, $9,800)
      </label>

      <table className="estimate">
        <tbody>
          <tr>
            <td>System price</td>
            <td data-testid="gross">{dollars(e.gross)}</td>
          </tr>
          <tr>
            <td>Federal tax credit (30%)</td>
            <td data-testid="credit">-{dollars(e.credit)}</td>
          </tr>
          <tr>
            <td>Your cost</td>
            <td data-testid="net">{dollars(e.net)}</td>
          </tr>
          <tr>
            <td>Estimated production</td>
            <td data-testid="kwh">{e.kwh.toLocaleString("en-US")} kWh / year</td>
          </tr>
          <tr>
            <td>Estimated savings</td>
            <td data-testid="savings">{dollars(e.savings)} / year</td>
          </tr>
        </tbody>
      </table>
      <p data-testid="payback">Pays for itself in about {e.payback.toFixed(1)} years</p>
      <button onClick={() => dispatch({ type: "reset" })}>Start over</button>
    </div>
  );
}
