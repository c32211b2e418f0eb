import { useReducer } from "react";
import QuoteLine from "./QuoteLine.jsx";
import { BOATS, MAX_HOURS, quote } from "./pricing.js";

const initial = { boatId: "solo", hours: 1, jackets: 0, member: false, booked: false };

function reducer(state, action) {
  switch (action.type) {
    case "boat":
      return { ...state, boatId: action.id, booked: false };
    case "more":
      return { ...state, hours: Math.min(MAX_HOURS, state.hours + 1), booked: false };
    case "less":
      return { ...state, hours: Math.max(1, state.hours - 1), booked: false };
    case "jackets":
      return { ...state, jackets: action.count, booked: false };
    case "member":
      return { ...state, member: !state.member, booked: false };
    case "book":
      return { ...state, booked: true };
    default:
      return state;
  }
}

export default function KayakQuote({ title = "Harbor Lane rentals" }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const boat = BOATS.find((b) => b.id === state.boatId);
  const q = quote({ boat, hours: state.hours, jackets: state.jackets, member: state.member });

  return (
    <section>
      <h1>{title}</h1>
      <fieldset>
        <legend>Boat</legend>
        {BOATS.map((b) => (
          <label key={b.id}>
            <input
              type="radio"
              name="boat"
              checked={state.boatId === b.id}
              onChange={() => dispatch({ type: "boat", id: b.id })}
            />
            {b.name}
          </label>
        ))}
      </fieldset>

      <div className="hours">
        <button aria-label="Fewer hours" onClick={() => dispatch({ type: "less" })} disabled={state.hours === 1}>
          -
        </button>
        <span className="hours-count">{state.hours} h</span>
        <button
          aria-label="More hours"
          onClick={() => dispatch({ type: "more" })}
          disabled={state.hours === MAX_HOURS}
        >
          +
        </button>
      </div>

      <label htmlFor="jackets">Extra life jackets</label>
      <select
        id="jackets"
        value={state.jackets}
        onChange={(e) => dispatch({ type: "jackets", count: Number(e.target.value) })}
      >
        {[0, 1, 2, 3].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>

      <label>
        <input type="checkbox" checked={state.member} onChange={() => dispatch({ type: "member" })} />
        Harbor club member
      </label>

      <QuoteLine label="Boat" cents={q.base} id="base" />
      <QuoteLine label="Extras" cents={q.extras} id="extras" />
      {q.discount > 0 && <QuoteLine label="Member discount" cents={q.discount} id="discount" negative />}
      <QuoteLine label="Total" cents={q.total} id="total" />

      <button onClick={() => dispatch({ type: "book" })}>Book now</button>
      {state.booked && <p role="status">Booked: {boat.name} for {state.hours} h</p>}
    </section>
  );
}
