import { useReducer } from "react";
import PassRow from "./PassRow.jsx";
import { PASSES, MAX_PER_LINE, chf, cartSummary } from "./passes.js";

function reducer(state, action) {
  switch (action.type) {
    case "add": {
      const existing = state.items.find((it) => it.id === action.id);
      if (existing) {
        return {
          ...state,
          items: state.items.map((it) =>
            it.id === action.id ? { ...it, qty: Math.min(MAX_PER_LINE, it.qty + 1) } : it
          ),
        };
      }
      return { ...state, items: [...state.items, { id: action.id, qty: 1 }] };
    }
    case "more":
      return {
        ...state,
        items: state.items.map((it) => (it.id === action.id ? { ...it, qty: Math.min(MAX_PER_LINE, it.qty + 1) } : it)),
      };
    case "less":
      return {
        ...state,
        items: state.items.map((it) => (it.id === action.id ? { ...it, qty: Math.max(1, it.qty - 1) } : it)),
      };
    case "remove":
      return { ...state, items: state.items.filter((it) => it.id !== action.id) };
    case "checkout":
      return { ...state, checkedOut: true };
    default:
      return state;
  }
}

export default function SkiPassCart({ resort = "Gletscherblick Bergbahnen" }) {
  const [state, dispatch] = useReducer(reducer, { items: [], checkedOut: false });
  const lines = state.items.map((it) => ({ pass: PASSES.find((p) => p.id === it.id), qty: it.qty }));
  const summary = cartSummary(lines);

  return (
    <main>
      <h1>{resort} – ticket office</h1>
      <section>
        <h2>Passes</h2>
        <ul className="catalogue">
          {PASSES.map((p) => (
            <li key={p.id}>
              {p.name} <span className="price">{chf(p.price)}</span>
              <button onClick={() => dispatch({ type: "add", id: p.id })}>Add {p.name}</button>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>Your passes</h2>
        {lines.length === 0 ? (
          <p>No passes selected yet.</p>
        ) : (
          <ul className="cart">
            {lines.map(({ pass, qty }) => (
              <PassRow
                key={pass.id}
                pass={pass}
                qty={qty}
                onMore={() => dispatch({ type: "more", id: pass.id })}
                onLess={() => dispatch({ type: "less", id: pass.id })}
                onRemove={() => dispatch({ type: "remove", id: pass.id })}
              />
            ))}
          </ul>
        )}
        <p className="summary">
          {summary.passes} {summary.passes === 1 ? "pass" : "passes"} · Total <strong>{chf(summary.total)}</strong>
        </p>
        {summary.savings > 0 && <p className="savings">You save {chf(summary.savings)} with the group bonus</p>}
        <button disabled={lines.length === 0} onClick={() => dispatch({ type: "checkout" })}>
          Go to payment
        </button>
        {state.checkedOut && <p role="status">Passes reserved – pay {chf(summary.total)} at the valley station</p>}
      </section>
    </main>
  );
}
