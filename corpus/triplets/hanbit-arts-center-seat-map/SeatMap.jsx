import { useReducer } from "react";
import { MAX_SEATS, ROWS, SEATS_PER_ROW, SOLD, ZONES, seatTotals, won, zoneOf } from "./hall.js";

function reducer(state, action) {
  switch (action.type) {
    case "toggle": {
      if (state.selected.includes(action.seat)) {
        return { selected: state.selected.filter((s) => s !== action.seat), error: "" };
      }
      if (state.selected.length >= MAX_SEATS) {
        return { ...state, error: `You can book up to ${MAX_SEATS} seats per order` };
      }
      return { selected: [...state.selected, action.seat], error: "" };
    }
    case "clear":
      return { selected: [], error: "" };
    default:
      return state;
  }
}

export default function SeatMap({ concert = "Seoul Philharmonic · Mahler 5", date = "2025.10.18 (Sat) 19:30" }) {
  const [state, dispatch] = useReducer(reducer, { selected: [], error: "" });
  const t = seatTotals(state.selected);

  return (
    <div className="seat-map">
      <h1>Hanbit Arts Center · Main Hall</h1>
      <p className="concert">
        {concert} · {date}
      </p>

      <ul className="zones">
        {ZONES.map((z) => (
          <li key={z.name}>
            {z.name} seats (rows {z.rows.join("–")}): {won(z.price)}
          </li>
        ))}
      </ul>

      <div className="stage">STAGE</div>
      <div className="grid">
        {ROWS.map((row) => (
          <div key={row} className={"seat-row row-" + row}>
            <span className="row-letter">{row}</span>
            {Array.from({ length: SEATS_PER_ROW }, (_, i) => {
              const seat = row + (i + 1);
              const sold = SOLD.includes(seat);
              const picked = state.selected.includes(seat);
              return (
                <button
                  key={seat}
                  className={sold ? "seat sold" : picked ? "seat picked" : "seat"}
                  disabled={sold}
                  onClick={() => dispatch({ type: "toggle", seat })}
                >
                  {i + 1}
                </button>
              );
            })}
          </div>
        ))}
      </div>

      {state.error && <p role="alert">{state.error}</p>}

      <section className="selection">
        <h2>Your seats</h2>
        {state.selected.length === 0 ? (
          <p>No seats selected</p>
        ) : (
          <p className="picked-list">
            {state.selected
              .map((s) => `${s} (${zoneOf(s).name})`)
              .join(", ")}
          </p>
        )}
        <p>
          Tickets <span className="tickets">{won(t.tickets)}</span>
        </p>
        <p>
          Booking fee <span className="fees">{won(t.fees)}</span>
        </p>
        <p>
          Total <strong className="total">{won(t.total)}</strong>
        </p>
        <button onClick={() => dispatch({ type: "clear" })}>Clear selection</button>
      </section>
    </div>
  );
}
