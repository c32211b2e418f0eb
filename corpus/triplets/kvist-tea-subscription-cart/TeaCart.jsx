import { useReducer } from "react";
import TeaLine from "./TeaLine.jsx";
import { kr, teaTotals } from "./kronor.js";

const INITIAL = {
  subscribed: false,
  lines: [
    { id: "sencha", name: "Sencha Morning 100 g", price: 14900, qty: 1, wrap: false },
    { id: "rooibos", name: "Rooibos Vanilj 120 g", price: 11900, qty: 2, wrap: false },
  ],
};

function cartReducer(state, action) {
  switch (action.type) {
    case "inc":
      return { ...state, lines: state.lines.map((l) => (l.id === action.id ? { ...l, qty: l.qty + 1 } : l)) };
    case "dec": {
      const line = state.lines.find((l) => l.id === action.id);
      if (line.qty - 1 <= 0) {
        return { ...state, lines: state.lines.filter((l) => l.id !== action.id) };
      }
      return { ...state, lines: state.lines.map((l) => (l.id === action.id ? { ...l, qty: l.qty - 1 } : l)) };
    }
    case "wrap":
      return { ...state, lines: state.lines.map((l) => (l.id === action.id ? { ...l, wrap: !l.wrap } : l)) };
    case "subscribe":
      return { ...state, subscribed: !state.subscribed };
    default:
      throw new Error("unknown action " + action.type);
  }
}

export default function TeaCart() {
  const [state, dispatch] = useReducer(cartReducer, INITIAL);
  const t = teaTotals(state.lines, state.subscribed);

  return (
    <main className="kvist">
      <h1>Kvist Teahouse · varukorg</h1>
      {state.lines.length === 0 ? (
        <p>Din varukorg är tom.</p>
      ) : (
        <ul>
          {state.lines.map((l) => (
            <TeaLine key={l.id} line={l} dispatch={dispatch} />
          ))}
        </ul>
      )}

      <label className="subscribe">
        <input type="checkbox" checked={state.subscribed} onChange={() => dispatch({ type: "subscribe" })} />
        Subscribe monthly (save 15%)
      </label>

      <table className="sums">
        <tbody>
          <tr>
            <th>Subtotal</th>
            <td>{kr(t.subtotal)}</td>
          </tr>
          {t.wrap > 0 && (
            <tr>
              <th>Gift wrap</th>
              <td>{kr(t.wrap)}</td>
            </tr>
          )}
          {t.discount > 0 && (
            <tr>
              <th>Subscriber discount</th>
              <td>{kr(-t.discount)}</td>
            </tr>
          )}
          <tr className="grand">
            <th>Total</th>
            <td>{kr(t.total)}</td>
          </tr>
        </tbody>
      </table>
      <button disabled={state.lines.length === 0}>Till kassan</button>
    </main>
  );
}
