import { useRef, useState } from "react";
import { affordability, gbp, parseMoney } from "./lending.js";

export default function Affordability() {
  const form = useRef(null);
  const [joint, setJoint] = useState(false);
  const [result, setResult] = useState(null);
  const [error, setError] = useState("");

  function check(e) {
    e.preventDefault();
    const f = form.current.elements;
    const incomes = [parseMoney(f.income1.value)];
    if (joint) incomes.push(parseMoney(f.income2.value));
    if (!(incomes[0] > 0)) {
      setResult(null);
      setError("Please enter your annual income before tax.");
      return;
    }
    setError("");
    setResult(
      affordability({ incomes, commitments: parseMoney(f.commitments.value), deposit: parseMoney(f.deposit.value) })
    );
  }

  return (
    <form ref={form} onSubmit={check} className="afford" noValidate>
      <h1>Thistle &amp; Oak Building Society</h1>
      <h2>How much could we lend you?</h2>

      <label htmlFor="income1">Your annual income (£)</label>
      <input id="income1" name="income1" inputMode="numeric" defaultValue="" />

      <label className="joint">
        <input type="checkbox" checked={joint} onChange={(e) => setJoint(e.target.checked)} />
        I'm applying with someone else
      </label>
      <div className="second-applicant" hidden={!joint}>
        <label htmlFor="income2">Second applicant's annual income (£)</label>
        <input id="income2" name="income2" inputMode="numeric" defaultValue="" />
      </div>

      <label htmlFor="commitments">Monthly credit commitments (£)</label>
      <input id="commitments" name="commitments" inputMode="numeric" defaultValue="0" />

      <label htmlFor="deposit">Deposit (£)</label>
      <input id="deposit" name="deposit" inputMode="numeric" defaultValue="20000" />

      <button type="submit">Check what I could borrow</button>

      {error && <p className="error">{error}</p>}
      {result && (
        <section className="result" aria-label="Your result">
          <p>
            We could lend you up to <strong className="loan">{gbp(result.loan)}</strong>
          </p>
          <p>
            Property price up to <strong className="price">{gbp(result.price)}</strong> (loan to value{" "}
            <span className="ltv">{result.ltv}%</span>)
          </p>
          <p>
            Monthly repayment at our 5.49% stress rate over 25 years: <span className="monthly">{gbp(result.monthly, true)}</span>
          </p>
          {result.depositLimited && (
            <p className="warning">Your deposit limits the price to {gbp(result.price)} (5% minimum)</p>
          )}
        </section>
      )}

      <aside className="next-steps">
        <h3>Before you apply, have ready</h3>
        <ul>
          <li>Three months of payslips for each applicant</li>
          <li>Your last three bank statements</li>
          <li>Proof of where your deposit comes from</li>
        </ul>
        <p>
          This is an illustration, not a mortgage offer. Your home may be repossessed if you do not keep up
          repayments on your mortgage.
        </p>
      </aside>
    </form>
  );
}
