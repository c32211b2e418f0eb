import { useState } from "react";
import FeeLines from "./FeeLines.jsx";
import { SettingsProvider, useSettings } from "./settings.jsx";
import { feeInvoice, yen } from "./tax.js";

const EXPENSES = [{ id: "shinkansen", text: "Shinkansen Tokyo – Shin-Osaka (return)", amount: 29440 }];

function InvoiceBody() {
  const { corporation, setCorporation, rate } = useSettings();
  const [fees, setFees] = useState([
    { id: 1, work: "Workshop facilitation", date: "2025-05-12", hours: 6, rate },
    { id: 2, work: "Strategy review", date: "2025-05-19", hours: 4.5, rate },
  ]);
  const inv = feeInvoice({ fees, expenses: EXPENSES, corporation });

  const setHours = (id, hours) => setFees((fs) => fs.map((f) => (f.id === id ? { ...f, hours } : f)));

  return (
    <>
      <FeeLines fees={fees} onHours={setHours} />

      <h3>Expenses</h3>
      <ul className="expenses">
        {EXPENSES.map((e) => (
          <li key={e.id}>
            {e.text}: {yen(e.amount)}
          </li>
        ))}
      </ul>

      <label>
        <input type="checkbox" checked={corporation} onChange={(e) => setCorporation(e.target.checked)} />
        Invoicing as a corporation (no withholding tax)
      </label>

      <dl className="summary">
        <dt>Fees</dt>
        <dd id="fees">{yen(inv.feeTotal)}</dd>
        <dt>Expenses</dt>
        <dd id="expenses">{yen(inv.expenseTotal)}</dd>
        <dt>Consumption tax 10%</dt>
        <dd id="consumption">{yen(inv.consumption)}</dd>
        {!corporation && (
          <>
            <dt>Withholding tax 10.21% (fees only)</dt>
            <dd id="withholding">-{yen(inv.withholding)}</dd>
          </>
        )}
        <dt>Amount to be paid</dt>
        <dd id="payable">{yen(inv.payable)}</dd>
      </dl>
    </>
  );
}

export default function ConsultingInvoice({ client = "Minato Logistics K.K.", hourlyRate = 15000 }) {
  return (
    <SettingsProvider rate={hourlyRate}>
      <article className="consulting-invoice">
        <h1>Kazeyama Consulting · 請求書</h1>
        <p>
          To: {client} · Invoice KZ-0525 · Rate {yen(hourlyRate)} / hour
        </p>
        <InvoiceBody />
        <p className="bank">Please transfer to MUFG Bank, Shibuya branch, ordinary 1234567 by 30 June 2025.</p>
        <section className="policy">
          <h3>Expense policy</h3>
          <ul>
            <li>Travel is charged at cost, receipts attached</li>
            <li>Hotels only with prior approval by the client</li>
            <li>Meals are not charged</li>
          </ul>
        </section>
        <p className="contact">Questions about this invoice: billing@kazeyama.example</p>
        <p className="registration">Qualified invoice issuer no. T8-0104-2217-331 · Kazeyama Aya, Meguro-ku, Tokyo</p>
      </article>
    </SettingsProvider>
  );
}
