import { useReducer } from "react";
import { SOLD_TABLES, TABLES, fits, hkd, tableQuote } from "./tables.js";

function reducer(state, action) {
  switch (action.type) {
    case "party": {
      const table = TABLES.find((t) => t.n === state.table);
      if (table && !fits(table, action.guests)) {
        return {
          guests: action.guests,
          table: null,
          note: `Table ${table.n} is too small for ${action.guests} guests – pick another table`,
        };
      }
      return { ...state, guests: action.guests, note: "" };
    }
    case "table":
      return { ...state, table: state.table === action.n ? null : action.n, note: "" };
    default:
      return state;
  }
}

export default function TablePicker({ show = "Friday Late Laughs", date = "Fri 7 Nov · doors 21:00" }) {
  const [state, dispatch] = useReducer(reducer, { guests: 2, table: null, note: "" });
  const table = TABLES.find((t) => t.n === state.table);
  const q = table ? tableQuote(table, state.guests) : null;

  return (
    <div className="table-picker">
      <h1>Punchline Lounge · Wan Chai</h1>
      <p>
        {show} · {date}
      </p>

      <label htmlFor="party">Party size</label>
      <select id="party" value={state.guests} onChange={(e) => dispatch({ type: "party", guests: Number(e.target.value) })}>
        {[1, 2, 3, 4, 5, 6].map((n) => (
          <option key={n} value={n}>
            {n} {n === 1 ? "guest" : "guests"}
          </option>
        ))}
      </select>

      <div className="floor">
        <div className="stage">Stage</div>
        {TABLES.map((t) => (
          <button
            key={t.n}
            className={"table seats-" + t.seats + (state.table === t.n ? " chosen" : "")}
            disabled={SOLD_TABLES.includes(t.n) || !fits(t, state.guests)}
            onClick={() => dispatch({ type: "table", n: t.n })}
          >
            {t.n}
          </button>
        ))}
      </div>
      <p className="legend">Tables 1–4 front row (2 seats, HK$380 pp incl. 2 drinks) · 5–8 four seats · 9–12 six seats · HK$280 pp</p>

      {state.note && <p className="note">{state.note}</p>}

      {q ? (
        <div className="quote">
          <p className="choice">
            Table {table.n}
            {table.front ? " (Front row)" : ""} for {state.guests}: {hkd(q.tickets)}
          </p>
          <p>
            Service charge 10%: <span className="service">{hkd(q.service)}</span>
          </p>
          <p>
            Total: <strong className="total">{hkd(q.total)}</strong>
          </p>
        </div>
      ) : (
        <p className="pick">Pick a table on the floor plan</p>
      )}
    </div>
  );
}
