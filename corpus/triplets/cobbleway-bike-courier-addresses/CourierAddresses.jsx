import { useReducer } from "react";
import AddressBlock from "./AddressBlock.jsx";
import { districtOf, priceBetween, sameAddress, zoneOf } from "./zones.js";

const EMPTY = { contact: "", street: "", postcode: "" };
const WHEN = ["As soon as possible", "Before 12:00", "12:00-17:00"];

function reducer(state, action) {
  switch (action.type) {
    case "pickup":
      return { ...state, pickup: { ...state.pickup, ...action.patch }, result: null };
    case "dropoff":
      return { ...state, dropoff: { ...state.dropoff, ...action.patch }, result: null };
    case "swap":
      return { ...state, pickup: state.dropoff, dropoff: state.pickup, result: null };
    case "quote": {
      const { pickup, dropoff } = state;
      if (!pickup.street.trim() || !dropoff.street.trim()) return { ...state, result: { error: "Both addresses need a street" } };
      if (!zoneOf(pickup.postcode) || !zoneOf(dropoff.postcode))
        return { ...state, result: { error: "We ride within LS1, LS2, LS6, LS7, LS9 and LS10 only" } };
      if (sameAddress(pickup, dropoff)) return { ...state, result: { error: "Pickup and drop-off are the same address" } };
      const price = priceBetween(pickup.postcode, dropoff.postcode);
      return {
        ...state,
        result: {
          text: `Courier booked: ${pickup.street.trim()} (${districtOf(pickup.postcode)}) to ${dropoff.street.trim()} (${districtOf(
            dropoff.postcode
          )}), £${price.toFixed(2)}`,
        },
      };
    }
    default:
      return state;
  }
}

export default function CourierAddresses() {
  const [state, dispatch] = useReducer(reducer, { pickup: EMPTY, dropoff: EMPTY, result: null });

  return (
    <main className="courier">
      <h1>Cobbleway Bike Couriers</h1>
      <p>Same-day cargo bike delivery across Leeds. Parcels up to 40 kg.</p>
      <AddressBlock title="Pickup" value={state.pickup} onChange={(patch) => dispatch({ type: "pickup", patch })} />
      <button className="swap" aria-label="Swap pickup and drop-off" onClick={() => dispatch({ type: "swap" })}>
        ⇅
      </button>
      <AddressBlock title="Drop-off" value={state.dropoff} onChange={(patch) => dispatch({ type: "dropoff", patch })} />
      <label htmlFor="cc-when">Collection time</label>
      <select id="cc-when" defaultValue={WHEN[0]}>
        {WHEN.map((w) => (
          <option key={w}>{w}</option>
        ))}
      </select>
      <label htmlFor="cc-notes">Notes for the rider</label>
      <textarea id="cc-notes" placeholder="Door codes, which buzzer, fragile items..." />
      <button onClick={() => dispatch({ type: "quote" })}>Book the rider</button>
      {state.result?.error && <p className="error">{state.result.error}</p>}
      {state.result?.text && <p className="booked">{state.result.text}</p>}
      <footer>
        <small>Prices include VAT. Riders carry a waterproof bag and a card reader.</small>
      </footer>
    </main>
  );
}
