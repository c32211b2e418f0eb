import { useReducer } from "react";
import { LINE_LIMIT, engravingPrice, lineNote } from "./engraving.js";

const initial = { name: "", email: "", order: "", lines: ["", ""], font: "Script", sent: "" };

function reducer(state, action) {
  switch (action.type) {
    case "field":
      return { ...state, [action.field]: action.value, sent: "" };
    case "line": {
      const lines = state.lines.map((l, i) => (i === action.index ? action.value : l));
      return { ...state, lines, sent: "" };
    }
    case "send":
      return {
        ...state,
        sent: `Request sent: ${action.count} line engraving for order ${state.order.trim()}. Price £${action.price.toFixed(2)}`,
      };
    default:
      return state;
  }
}

export default function EngravingRequest() {
  const [state, dispatch] = useReducer(reducer, initial);
  const notes = state.lines.map((l, i) => lineNote(i, l));
  const filled = state.lines.filter((l) => l.trim() !== "").length;
  const orderOk = /^LJ-\d{5}$/.test(state.order.trim());
  const canSend = filled > 0 && notes.every((n) => !n) && orderOk && state.email.includes("@");

  return (
    <form
      className="engraving"
      onSubmit={(e) => {
        e.preventDefault();
        if (canSend) dispatch({ type: "send", count: filled, price: engravingPrice(state.lines) });
      }}
    >
      <h1>Larkspur Jewellers - engraving request</h1>
      <p>Rings and pendants bought from us are engraved in the Cheltenham workshop within 5 days.</p>

      <label htmlFor="er-name">Your name</label>
      <input id="er-name" value={state.name} onChange={(e) => dispatch({ type: "field", field: "name", value: e.target.value })} />
      <label htmlFor="er-email">Email</label>
      <input id="er-email" value={state.email} onChange={(e) => dispatch({ type: "field", field: "email", value: e.target.value })} />
      <label htmlFor="er-order">Order number</label>
      <input
        id="er-order"
        placeholder="LJ-00000"
        value={state.order}
        onChange={(e) => dispatch({ type: "field", field: "order", value: e.target.value })}
      />

      <label htmlFor="er-font">Lettering</label>
      <select id="er-font" value={state.font} onChange={(e) => dispatch({ type: "field", field: "font", value: e.target.value })}>
        <option>Script</option>
        <option>Roman capitals</option>
        <option>Block</option>
      </select>

      {state.lines.map((line, i) => (
        <div className="line" key={i}>
          <label htmlFor={`er-line-${i}`}>Engraving line {i + 1}</label>
          <input
            id={`er-line-${i}`}
            value={line}
            onChange={(e) => dispatch({ type: "line", index: i, value: e.target.value })}
          />
          <span className="count">
            {line.length}/{LINE_LIMIT}
          </span>
          {notes[i] && <span className="line-note">{notes[i]}</span>}
        </div>
      ))}

      <button type="submit" disabled={!canSend}>
        Send request
      </button>
      {state.sent && <p className="sent">{state.sent}</p>}
    </form>
  );
}
