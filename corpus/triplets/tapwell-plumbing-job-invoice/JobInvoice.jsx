import { useState } from "react";
import AddLineForm from "./AddLineForm.jsx";
import { InvoiceProvider, useInvoice } from "./invoiceContext.jsx";
import { jobTotals, lineAmount, usd } from "./invoiceMath.js";

function Lines() {
  const { lines, removeLine } = useInvoice();
  return (
    <ul className="lines">
      {lines.map((l) => (
        <li key={l.id}>
          <span className="text">{l.text}</span>
          <span className="qty">{l.kind === "labor" ? `${l.qty} h` : `× ${l.qty}`}</span>
          <span className="amount">{usd(lineAmount(l))}</span>
          <button aria-label={"Remove " + l.text} onClick={() => removeLine(l.id)}>
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}

function Totals() {
  const { lines, senior, setSenior } = useInvoice();
  const t = jobTotals(lines, senior);
  return (
    <div className="totals">
      <label>
        <input type="checkbox" checked={senior} onChange={(e) => setSenior(e.target.checked)} />
        Senior discount (10% off labor)
      </label>
      <p>Labor: {usd(t.labor)}</p>
      <p>Parts: {usd(t.parts)}</p>
      <p>Sales tax 7.25% (parts): {usd(t.tax)}</p>
      {senior && <p>Senior discount: {usd(-t.discount)}</p>}
      <p className="grand">Amount due: {usd(t.total)}</p>
    </div>
  );
}

function SendBar({ customer }) {
  const { lines, senior } = useInvoice();
  const [sent, setSent] = useState(false);
  const t = jobTotals(lines, senior);
  return (
    <div className="send">
      <button disabled={lines.length === 0} onClick={() => setSent(true)}>
        Email invoice to customer
      </button>
      {sent && (
        <p role="status">
          Invoice for {usd(t.total)} sent to {customer.email}
        </p>
      )}
    </div>
  );
}

export default function JobInvoice({
  job = "Job #B-7713 · 42 Alder St, Sacramento",
  customer = { name: "Dolores Whitfield", email: "d.whitfield@example.com" },
  technician = "Ray Okafor",
}) {
  return (
    <InvoiceProvider>
      <main>
        <h1>Tapwell Plumbing – invoice</h1>
        <p className="job">{job}</p>
        <p className="people">
          Customer: {customer.name} · Technician: {technician}
        </p>
        <Lines />
        <AddLineForm />
        <Totals />
        <SendBar customer={customer} />
        <footer>Licensed &amp; insured · CSLB #1048823 · Payment due on completion</footer>
      </main>
    </InvoiceProvider>
  );
}
