import { useState } from "react";
import { euros, matches, totals } from "./payouts.js";

const PAYOUTS = [
  { invoice: "INV-1041", client: "Northwind Atelier", amount: 1200, status: "Paid", date: "3 Jun" },
  { invoice: "INV-1042", client: "Kestrel & Finch Legal", amount: 640, status: "Pending", date: "due 28 Jun" },
  { invoice: "INV-1043", client: "Northwind Atelier", amount: 500, status: "Paid", date: "18 Jun" },
  { invoice: "INV-1044", client: "Bright Ovens Ltd", amount: 1140, status: "Paid", date: "21 Jun" },
];

export default function PayoutsList({ loading = false, error = null, payouts = PAYOUTS, owner = "Zofia Kaminska" }) {
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState("all");

  if (loading) return <p className="payouts-state">Loading payouts...</p>;
  if (error) {
    return (
      <p className="payouts-state" role="alert">
        Payouts are temporarily unavailable ({error}).
      </p>
    );
  }
  if (payouts.length === 0) {
    return <p className="payouts-state">No payouts yet. Invoices you send will show up here.</p>;
  }

  const shown = payouts.filter((p) => matches(p, query) && (status === "all" || p.status === status));
  const sums = totals(shown);
  const next = payouts.find((p) => p.status === "Pending");

  return (
    <div className="payouts">
      <h1>Payouts - {owner}</h1>
      <input
        type="search"
        placeholder="Search client or invoice"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <label htmlFor="status">Status</label>
      <select id="status" value={status} onChange={(e) => setStatus(e.target.value)}>
        <option value="all">All</option>
        <option value="Paid">Paid</option>
        <option value="Pending">Pending</option>
      </select>

      <div className="sums">
        <span>
          Paid: <b className="sum-paid">{euros(sums.paid)}</b>
        </span>{" "}
        <span>
          Pending: <b className="sum-pending">{euros(sums.pending)}</b>
        </span>
      </div>

      {next && (
        <p className="next">
          Next expected: {next.client}, {next.date}
        </p>
      )}

      {shown.length === 0 ? (
        <p className="no-match">No payouts match "{query}".</p>
      ) : (
        <ul className="payout-list">
          {shown.map((p) => (
            <li key={p.invoice} className="payout">
              <span className="inv">{p.invoice}</span> <span className="client">{p.client}</span>{" "}
              <span className="amount">{euros(p.amount)}</span>{" "}
              <span className={p.status === "Paid" ? "status paid" : "status pending"}>
                {p.status} {p.date}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="count-line">
        Showing {shown.length} of {payouts.length} payouts
      </p>
    </div>
  );
}
