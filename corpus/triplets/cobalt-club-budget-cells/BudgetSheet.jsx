import { useState } from "react";
import { useHistory } from "./useHistory.js";
import { parsePounds, pounds } from "./money.js";

const LINES = [
  { id: "pitch", label: "Pitch hire", amount: 2400 },
  { id: "kit", label: "Kit", amount: 1150 },
  { id: "refs", label: "Referees", amount: 780 },
  { id: "fees", label: "Tournament fees", amount: 320 },
];

function Cell({ line, onCommit }) {
  const [text, setText] = useState(String(line.amount));
  const [error, setError] = useState("");
  const [shown, setShown] = useState(line.amount);
  if (shown !== line.amount) {
    setShown(line.amount);
    setText(String(line.amount));
  }

  function commit() {
    const value = parsePounds(text);
    if (value === null) return setError("Enter an amount like 1,250");
    setError("");
    if (value !== line.amount) onCommit(line.id, value);
  }

  return (
    <td>
      <input
        aria-label={line.label + " amount"}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === "Enter" && commit()}
      />
      {error && <span className="cell-error">{error}</span>}
    </td>
  );
}

export default function BudgetSheet({ club = "Ashbury Rovers FC", season = "2025/26 season budget" }) {
  const sheet = useHistory(LINES);
  const total = sheet.present.reduce((sum, l) => sum + l.amount, 0);

  function commit(id, amount) {
    sheet.push(sheet.present.map((l) => (l.id === id ? { ...l, amount } : l)));
  }

  return (
    <section className="budget">
      <h1>{club}</h1>
      <p>{season}</p>
      <table>
        <tbody>
          {sheet.present.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.label}</th>
              <Cell line={l} onCommit={commit} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="total">{pounds(total)}</td>
          </tr>
        </tfoot>
      </table>
      <div className="history">
        <button type="button" onClick={sheet.undo} disabled={sheet.steps === 0}>
          Undo
        </button>
        <button type="button" onClick={sheet.redo} disabled={!sheet.canRedo}>
          Redo
        </button>
        <span className="steps">History: {sheet.steps} {sheet.steps === 1 ? "step" : "steps"}</span>
      </div>
    </section>
  );
}
