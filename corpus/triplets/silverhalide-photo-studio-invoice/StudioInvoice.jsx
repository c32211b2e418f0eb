import { useState } from "react";
import EntryRow from "./EntryRow.jsx";
import { dollars, totals } from "./money.js";

let nextId = 2;

export default function StudioInvoice({
  client = "Amara & Theo Lindqvist",
  session = "Family portraits · Sat Apr 26, 2025",
  initialLines = [{ id: 1, name: "Portrait session (1 h)", qty: 1, price: 25000 }],
}) {
  const [lines, setLines] = useState(initialLines);
  const t = totals(lines);

  const add = (line) => setLines((ls) => [...ls, { ...line, id: nextId++ }]);
  const remove = (id) => setLines((ls) => ls.filter((l) => l.id !== id));

  return (
    <main className="studio-invoice">
      <h1>Silverhalide Studio</h1>
      <p className="client">
        Bill to: {client}
        <br />
        {session}
      </p>

      <ol className="lines">
        {lines.map((l) => (
          <li key={l.id}>
            <span className="name">{l.name}</span>
            <span className="qty">
              {l.qty} × {dollars(l.price)}
            </span>
            <span className="amount">{dollars(l.qty * l.price)}</span>
            <button aria-label={"Delete " + l.name} onClick={() => remove(l.id)}>
              🗙
            </button>
          </li>
        ))}
      </ol>

      <EntryRow onAdd={add} />
      <p className="hint">Press Enter to add the line · Esc to clear</p>

      <table className="sum">
        <tbody>
          <tr>
            <td>Subtotal</td>
            <td className="subtotal">{dollars(t.subtotal)}</td>
          </tr>
          <tr>
            <td>Sales tax 8.875%</td>
            <td className="tax">{dollars(t.tax)}</td>
          </tr>
          <tr>
            <td>Total due</td>
            <td className="total">{dollars(t.total)}</td>
          </tr>
        </tbody>
      </table>
      <p className="terms">Payable within 14 days. Digital files are delivered once the invoice is paid.</p>
      <div className="payment">
        <h2>How to pay</h2>
        <p>Zelle or bank transfer to Silverhalide Studio LLC, account ending 4471.</p>
        <p>Card payments in the studio add a 3% processing fee.</p>
      </div>
      <p className="retention">
        We keep the RAW files for 12 months after the session. Extra prints can be ordered any time from your
        online gallery.
      </p>
      <address>
        Silverhalide Studio · 212 Bergen St, Brooklyn, NY 11217 · hello@silverhalide.example
      </address>
    </main>
  );
}
