import { useReducer, useRef } from "react";
import { COMMODITIES, PORTS_FROM, PORTS_TO, checkTemperature, quoteFor, usd } from "./reefer.js";

const STEPS = ["Cargo", "Route", "Quote"];

const initial = {
  step: 0,
  cargo: { commodity: "bananas", temp: "" },
  route: { from: "Rotterdam", to: "Santos", containers: 1 },
  error: "",
};

function reducer(state, action) {
  switch (action.type) {
    case "cargo":
      return { ...state, cargo: { ...state.cargo, ...action.patch }, error: "" };
    case "cargoNext": {
      const commodity = COMMODITIES.find((c) => c.id === state.cargo.commodity);
      const error = checkTemperature(commodity, state.cargo.temp);
      return error ? { ...state, error } : { ...state, step: 1, error: "" };
    }
    case "routeNext":
      if (!(action.route.containers >= 1)) return { ...state, error: "Book at least one container" };
      return { ...state, route: action.route, step: 2, error: "" };
    case "back":
      return { ...state, step: state.step - 1, error: "" };
    default:
      return state;
  }
}

function RouteStep({ route, dispatch }) {
  const from = useRef(null);
  const to = useRef(null);
  const count = useRef(null);
  return (
    <div className="step">
      <label htmlFor="rb-from">Port of loading</label>
      <select id="rb-from" ref={from} defaultValue={route.from}>
        {PORTS_FROM.map((p) => (
          <option key={p}>{p}</option>
        ))}
      </select>
      <label htmlFor="rb-to">Port of discharge</label>
      <select id="rb-to" ref={to} defaultValue={route.to}>
        {PORTS_TO.map((p) => (
          <option key={p}>{p}</option>
        ))}
      </select>
      <label htmlFor="rb-count">Containers (40ft)</label>
      <input id="rb-count" type="number" min="1" ref={count} defaultValue={route.containers} />
      <button onClick={() => dispatch({ type: "back" })}>Back</button>
      <button
        onClick={() =>
          dispatch({
            type: "routeNext",
            route: { from: from.current.value, to: to.current.value, containers: Number(count.current.value) },
          })
        }
      >
        Next
      </button>
    </div>
  );
}

export default function ReeferBooking() {
  const [state, dispatch] = useReducer(reducer, initial);
  const commodity = COMMODITIES.find((c) => c.id === state.cargo.commodity);
  const q = quoteFor(commodity, state.route);

  return (
    <main>
      <h1>Polarline reefer booking</h1>
      <ol className="steps">
        {STEPS.map((s, i) => (
          <li key={s} aria-current={i === state.step ? "step" : undefined}>
            {i + 1} {s}
          </li>
        ))}
      </ol>

      {state.step === 0 && (
        <div className="step">
          <label htmlFor="rb-commodity">Commodity</label>
          <select
            id="rb-commodity"
            value={state.cargo.commodity}
            onChange={(e) => dispatch({ type: "cargo", patch: { commodity: e.target.value } })}
          >
            {COMMODITIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <label htmlFor="rb-temp">Set temperature (°C)</label>
          <input
            id="rb-temp"
            value={state.cargo.temp}
            onChange={(e) => dispatch({ type: "cargo", patch: { temp: e.target.value } })}
          />
          <button onClick={() => dispatch({ type: "cargoNext" })}>Next</button>
        </div>
      )}

      {state.step === 1 && <RouteStep route={state.route} dispatch={dispatch} />}

      {state.step === 2 && (
        <div className="step quote">
          <p>
            {state.route.containers} x 40ft reefer, {state.route.from} to {state.route.to}
          </p>
          <p>Ocean freight {usd(q.lane)}</p>
          {q.genset > 0 && <p>Genset surcharge {usd(q.genset)}</p>}
          <p className="total">Total {usd(q.total)}</p>
          <button onClick={() => dispatch({ type: "back" })}>Back</button>
        </div>
      )}

      {state.error && <p className="error">{state.error}</p>}
    </main>
  );
}
