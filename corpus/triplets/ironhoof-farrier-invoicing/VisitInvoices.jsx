import { useState } from "react";
import { invoiceNumber, pounds, sumPence } from "./money.js";

const VISITS = [
  { id: "v1", date: "2 Sep", horse: "Duke", yard: "Hollins Farm", work: "Full set", pence: 9500, status: "unpaid" },
  { id: "v2", date: "2 Sep", horse: "Nettle", yard: "Hollins Farm", work: "Trim", pence: 3500, status: "unpaid" },
  { id: "v3", date: "5 Sep", horse: "Maisie", yard: "Croft Yard", work: "Front shoes", pence: 6000, status: "paid" },
  { id: "v4", date: "9 Sep", horse: "Captain", yard: "Low Moor Stables", work: "Remedial shoeing", pence: 14000, status: "unpaid" },
  { id: "v5", date: "12 Sep", horse: "Pip", yard: "Croft Yard", work: "Trim", pence: 3500, status: "unpaid" },
  { id: "v6", date: "30 Sep", horse: "Duke", yard: "Hollins Farm", work: "Reset", pence: 7000, status: "unpaid" },
  { id: "v7", date: "30 Sep", horse: "Nettle", yard: "Hollins Farm", work: "Trim", pence: 3500, status: "paid" },
];

const STATUS_TEXT = { unpaid: "Unpaid", paid: "Paid", invoiced: "Invoiced" };

export default function VisitInvoices({ initialVisits = VISITS, nextInvoice = 413 }) {
  const [visits, setVisits] = useState(initialVisits);
  const [picked, setPicked] = useState([]);
  const [counter, setCounter] = useState(nextInvoice);
  const [created, setCreated] = useState("");

  const selectable = visits.filter((v) => v.status === "unpaid");
  const chosen = visits.filter((v) => picked.includes(v.id));

  function flip(id) {
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  }

  function createInvoice() {
    setVisits((list) => list.map((v) => (picked.includes(v.id) ? { ...v, status: "invoiced" } : v)));
    setCreated(`Invoice ${invoiceNumber(counter)} created for ${chosen.length} visits, ${pounds(sumPence(chosen))}`);
    setCounter((c) => c + 1);
    setPicked([]);
  }

  return (
    <section className="farrier">
      <h1>Ironhoof - travelling farrier</h1>
      <p className="sub">September visits. Tick the visits to put on one invoice.</p>

      <div className="toolbar">
        <button type="button" onClick={() => setPicked(selectable.map((v) => v.id))}>
          Select all unpaid
        </button>
        <span className="picked">{chosen.length} visits selected</span>
        <span className="sum">Selected total: {pounds(sumPence(chosen))}</span>
        <button type="button" disabled={chosen.length === 0} onClick={createInvoice}>
          Create invoice
        </button>
      </div>
      {created && <p role="status">{created}</p>}

      <table>
        <thead>
          <tr>
            <th>Date</th>
            <th>Horse</th>
            <th>Yard</th>
            <th>Work</th>
            <th>Price</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {visits.map((v) => (
            <tr key={v.id}>
              <td>{v.date}</td>
              <td>
                <label>
                  <input
                    type="checkbox"
                    checked={picked.includes(v.id)}
                    disabled={v.status !== "unpaid"}
                    onChange={() => flip(v.id)}
                  />{" "}
                  {v.horse}
                </label>
              </td>
              <td>{v.yard}</td>
              <td>{v.work}</td>
              <td>{pounds(v.pence)}</td>
              <td>{STATUS_TEXT[v.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
