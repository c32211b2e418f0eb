import { useReducer } from "react";
import { ITEMS, eventTotals, gbp } from "./catalogue.js";

const initial = {
  pick: "canapes",
  error: "",
  lines: [
    { id: "dinner", qty: 80 },
    { id: "staff", qty: 24 },
  ],
};

function reducer(state, action) {
  switch (action.type) {
    case "pick":
      return { ...state, pick: action.id, error: "" };
    case "add":
      if (state.lines.some((l) => l.id === state.pick)) {
        return { ...state, error: "Already on the invoice – change the quantity instead" };
      }
      return { ...state, error: "", lines: [...state.lines, { id: state.pick, qty: 1 }] };
    case "qty":
      return { ...state, lines: state.lines.map((l) => (l.id === action.id ? { ...l, qty: action.qty } : l)) };
    case "remove":
      return { ...state, lines: state.lines.filter((l) => l.id !== action.id) };
    default:
      return state;
  }
}

export default function CateringInvoice({ event = "Ashby–Nakamura wedding, 14 June 2025", depositPaid = 50000 }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const t = eventTotals(state.lines, depositPaid);

  return (
    <article className="catering-invoice">
      <h1>Bramble Kitchen Events</h1>
      <p className="event">Invoice for: {event}</p>

      <table>
        <thead>
          <tr>
            <th>Item</th>
            <th>Qty</th>
            <th>Line total</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {state.lines.map((l) => {
            const item = ITEMS.find((i) => i.id === l.id);
            return (
              <tr key={l.id}>
                <td>{item.name}</td>
                <td>
                  <input
                    type="number"
                    min="1"
                    aria-label={"Quantity of " + item.name}
                    value={l.qty}
                    onChange={(e) => dispatch({ type: "qty", id: l.id, qty: Math.max(1, Number(e.target.value) || 1) })}
                  />
                </td>
                <td>{gbp(item.price * l.qty)}</td>
                <td>
                  <button aria-label={"Remove " + item.name} onClick={() => dispatch({ type: "remove", id: l.id })}>
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="add">
        <label htmlFor="pick">Add item</label>
        <select id="pick" value={state.pick} onChange={(e) => dispatch({ type: "pick", id: e.target.value })}>
          {ITEMS.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name} – {gbp(i.price)}
            </option>
          ))}
        </select>
        <button onClick={() => dispatch({ type: "add" })}>Add</button>
        {state.error && <p role="alert">{state.error}</p>}
      </div>

      <table className="summary">
        <tbody>
          <tr><th>Service charge (10% of food)</th><td>{gbp(t.service)}</td></tr>
          <tr><th>Net total</th><td>{gbp(t.net)}</td></tr>
          <tr><th>VAT 20%</th><td>{gbp(t.vat)}</td></tr>
          <tr><th>Invoice total</th><td>{gbp(t.total)}</td></tr>
          <tr><th>Deposit paid</th><td>{gbp(-depositPaid)}</td></tr>
          <tr><th>Balance due</th><td>{gbp(t.balance)}</td></tr>
        </tbody>
      </table>
    </article>
  );
}
