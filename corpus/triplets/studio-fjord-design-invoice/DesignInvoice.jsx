import { useReducer, useState } from "react";
import InvoiceRow from "./InvoiceRow.jsx";
import { invoiceTotals, kroner } from "./kroner.js";

const START = [
  { text: "Logo redesign", qty: "1", price: "8500" },
  { text: "Brand guidelines (pages)", qty: "12", price: "450" },
];

function linesReducer(lines, action) {
  switch (action.type) {
    case "add":
      return [...lines, { text: "", qty: "1", price: "" }];
    case "edit":
      return lines.map((l, i) => (i === action.index ? { ...l, [action.field]: action.value } : l));
    case "remove":
      return lines.filter((_, i) => i !== action.index);
    default:
      return lines;
  }
}

export default function DesignInvoice({ client = "Havnegade Bryghus ApS", number = "2025-041" }) {
  const [lines, dispatch] = useReducer(linesReducer, START);
  const [note, setNote] = useState("Tak for samarbejdet!");
  const t = invoiceTotals(lines);

  return (
    <div className="invoice">
      <header>
        <h1>Studio Fjord · Faktura {number}</h1>
        <p>
          To: {client} · Due 30 days net (15.07.2025)
        </p>
      </header>

      <table className="lines">
        <thead>
          <tr>
            <th>#</th>
            <th>Description</th>
            <th>Qty</th>
            <th>Unit price (kr.)</th>
            <th>Amount</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <InvoiceRow key={i} line={line} index={i} dispatch={dispatch} />
          ))}
        </tbody>
      </table>
      <button onClick={() => dispatch({ type: "add" })}>Add line</button>

      <dl className="totals">
        <dt>Subtotal</dt>
        <dd className="subtotal">{kroner(t.subtotal)}</dd>
        <dt>Moms 25%</dt>
        <dd className="moms">{kroner(t.moms)}</dd>
        <dt>Total DKK</dt>
        <dd className="total">{kroner(t.total)}</dd>
      </dl>
      {lines.length === 0 && <p className="warn">An invoice needs at least one line.</p>}

      <label htmlFor="note">Note to client</label>
      <textarea id="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />

      <p className="vat-note">
        Moms is added at 25% to every line. Foreign clients inside the EU can send their VAT number to have the
        invoice issued with reverse charge.
      </p>

      <footer className="bank">
        <p>Studio Fjord ApS · CVR 41 22 90 17 · Nørrebrogade 44, 2200 København N</p>
        <p>Bank: Danske Bank · reg. 3409 · konto 0012 445 871 · pay by 15.07.2025</p>
      </footer>
    </div>
  );
}
