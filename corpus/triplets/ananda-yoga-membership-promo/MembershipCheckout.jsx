import PromoBox from "./PromoBox.jsx";
import { MembershipProvider, useMembership } from "./membership.jsx";
import { PLANS, discount, eur } from "./offers.js";

function PlanPicker() {
  const { plan, choosePlan } = useMembership();
  return (
    <fieldset className="plans">
      <legend>Choose your membership</legend>
      {PLANS.map((p) => (
        <label key={p.id} className={p.id === plan.id ? "plan selected" : "plan"}>
          <input type="radio" name="plan" checked={p.id === plan.id} onChange={() => choosePlan(p.id)} />
          {p.name} – {eur(p.price)}
          <small> ({p.note})</small>
        </label>
      ))}
    </fieldset>
  );
}

function Summary() {
  const { plan, code } = useMembership();
  const off = discount(code, plan);
  return (
    <table className="summary">
      <tbody>
        <tr>
          <td>{plan.name}</td>
          <td className="price">{eur(plan.price)}</td>
        </tr>
        {off > 0 && (
          <tr>
            <td>Promo {code}</td>
            <td className="off">-{eur(off)}</td>
          </tr>
        )}
        <tr className="due">
          <td>Due today</td>
          <td className="total">{eur(plan.price - off)}</td>
        </tr>
      </tbody>
    </table>
  );
}

const PERKS = ["Mats and blocks included", "Free towel service", "10% off workshops", "Guest pass every quarter"];

function Perks() {
  return (
    <ul className="perks">
      {PERKS.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

export default function MembershipCheckout({ studio = "Studio Ananda Wien" }) {
  return (
    <MembershipProvider>
      <main className="membership">
        <h1>{studio}</h1>
        <p>Join the studio – first class is on us. Prices incl. 20% USt.</p>
        <Perks />
        <PlanPicker />
        <PromoBox />
        <Summary />
        <p className="small">Memberships renew automatically. You can pause up to 2 months per year.</p>
      </main>
    </MembershipProvider>
  );
}
