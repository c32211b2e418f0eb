import BandTable from "./BandTable.jsx";
import useRepayment from "./useRepayment.js";
import { dollars } from "./scheme.js";

const FAQ = [
  { q: "When do repayments start?", a: "From the first pay period after your income passes the first band." },
  { q: "Does my employer know?", a: "Yes, your employer deducts the amount from your fortnightly pay." },
  { q: "Can I pay extra?", a: "Voluntary repayments can be made at any time in the alumni portal." },
];

export default function RepaymentEstimator({ year = "2025-26" }) {
  const r = useRepayment("", "");

  function clear() {
    r.setIncomeText("");
    r.setBalanceText("");
  }

  return (
    <main className="estimator">
      <h1>Wattle Bay Graduate Contribution Scheme</h1>
      <p>Repayment estimator for the {year} income year. Repayments come out of your fortnightly pay.</p>

      <div className="row">
        <label htmlFor="income">Taxable income ($ per year)</label>
        <input id="income" value={r.incomeText} onChange={(e) => r.setIncomeText(e.target.value)} />
      </div>
      <div className="row">
        <label htmlFor="balance">Remaining loan balance ($)</label>
        <input id="balance" value={r.balanceText} onChange={(e) => r.setBalanceText(e.target.value)} />
      </div>

      {r.income === null && r.incomeText !== "" && <p className="error">Please enter your income as a number.</p>}

      {r.yearly !== null && (
        <section className="outcome">
          {r.yearly === 0 ? (
            <p className="none">No repayment at this income.</p>
          ) : (
            <>
              <p>
                Yearly repayment: <strong className="yearly">{dollars(r.yearly)}</strong>
              </p>
              <p>
                Per fortnightly pay: <strong className="fortnightly">{dollars(r.fortnightly, true)}</strong>
              </p>
            </>
          )}
          {r.years !== null && (
            <p className="years">
              At this income your loan is repaid in about {r.years} {r.years === 1 ? "year" : "years"}.
            </p>
          )}
          <BandTable income={r.income} />
        </section>
      )}

      <button type="button" onClick={clear}>
        Clear
      </button>

      <aside className="faq">
        <h2>Common questions</h2>
        <ul>
          {FAQ.map((f) => (
            <li key={f.q}>
              <strong>{f.q}</strong> {f.a}
            </li>
          ))}
        </ul>
      </aside>
    </main>
  );
}
