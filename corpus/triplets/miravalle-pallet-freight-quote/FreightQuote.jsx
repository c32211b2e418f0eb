import { useReducer } from "react";
import { CITIES, eur, palletQuote } from "./freightRates.js";

const initial = { from: "Madrid", to: "Valencia", pallets: "2", kg: "600", tailLift: false, quote: null, error: "" };

function reducer(state, action) {
  switch (action.type) {
    case "field":
      return { ...state, [action.name]: action.value };
    case "calculate": {
      const pallets = parseInt(state.pallets, 10);
      const kg = parseInt(state.kg, 10);
      if (state.from === state.to) return { ...state, quote: null, error: "Origin and destination must differ" };
      if (!(pallets >= 1 && pallets <= 33)) return { ...state, quote: null, error: "1 to 33 pallets per truck" };
      if (!(kg > 0 && kg <= 1200)) return { ...state, quote: null, error: "Weight per pallet: 1 to 1200 kg" };
      return { ...state, error: "", quote: palletQuote({ ...state, pallets, kg }) };
    }
    default:
      return state;
  }
}

function CitySelect({ id, label, value, dispatch }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => dispatch({ type: "field", name: id, value: e.target.value })}>
        {CITIES.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </div>
  );
}

export default function FreightQuote() {
  const [state, dispatch] = useReducer(reducer, initial);
  const set = (name) => (e) => dispatch({ type: "field", name, value: e.target.value });
  const q = state.quote;

  return (
    <form
      className="freight"
      onSubmit={(e) => {
        e.preventDefault();
        dispatch({ type: "calculate" });
      }}
    >
      <h1>Transportes Miravalle · pallet rate finder</h1>
      <CitySelect id="from" label="Origin" value={state.from} dispatch={dispatch} />
      <CitySelect id="to" label="Destination" value={state.to} dispatch={dispatch} />
      <div className="field">
        <label htmlFor="pallets">Pallets</label>
        <input id="pallets" type="number" value={state.pallets} onChange={set("pallets")} />
      </div>
      <div className="field">
        <label htmlFor="kg">Weight per pallet (kg)</label>
        <input id="kg" type="number" value={state.kg} onChange={set("kg")} />
      </div>
      <label>
        <input
          type="checkbox"
          checked={state.tailLift}
          onChange={(e) => dispatch({ type: "field", name: "tailLift", value: e.target.checked })}
        />
        Tail-lift delivery (+35,00 €)
      </label>
      <button type="submit">Get rate</button>

      {state.error && <p className="error">{state.error}</p>}
      {q && (
        <table className="rate">
          <tbody>
            <tr><td>Distance</td><td id="km">{q.km} km</td></tr>
            <tr><td>Freight</td><td id="freight">{eur(q.freight)}</td></tr>
            <tr><td>Fuel surcharge 12.5%</td><td id="fuel">{eur(q.fuel)}</td></tr>
            <tr><td>Net</td><td id="net">{eur(q.net)}</td></tr>
            <tr><td>IVA 21%</td><td id="iva">{eur(q.iva)}</td></tr>
            <tr><td>Total</td><td id="total">{eur(q.total)}</td></tr>
          </tbody>
        </table>
      )}
    </form>
  );
}
