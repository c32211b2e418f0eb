import { useReducer } from "react";
import { PLANS, annualSaving, gbp, price } from "./pricing.js";

const START = { plan: "monthly", sauna: false, concession: false };

function reducer(state, action) {
  switch (action.type) {
    case "plan":
      return { ...state, plan: action.plan };
    case "sauna":
      return { ...state, sauna: action.value };
    case "concession":
      return { ...state, concession: action.value };
    default:
      return state;
  }
}

export default function MembershipPlans({ venue = "Marlowe Lido" }) {
  const [state, dispatch] = useReducer(reducer, START);
  const plan = PLANS.find((p) => p.id === state.plan);
  const total = price(plan, state);

  return (
    <div className="membership">
      <h1>{venue} memberships</h1>
      <div className="plan-tabs" role="tablist" aria-label="Membership type">
        {PLANS.map((p) => (
          <button
            key={p.id}
            role="tab"
            type="button"
            aria-selected={p.id === state.plan}
            className={p.id === state.plan ? "tab active" : "tab"}
            onClick={() => dispatch({ type: "plan", plan: p.id })}
          >
            {p.tab}
          </button>
        ))}
      </div>

      <div role="tabpanel" aria-label={plan.tab}>
        <h2>{plan.tab} membership</h2>
        <ul>
          {plan.perks.map((perk) => (
            <li key={perk}>{perk}</li>
          ))}
        </ul>
        {plan.id === "annual" && (
          <p className="saving">You save {gbp(annualSaving())} compared to monthly</p>
        )}
      </div>

      <fieldset className="extras">
        <legend>Extras</legend>
        <label>
          <input
            type="checkbox"
            checked={state.sauna}
            onChange={(e) => dispatch({ type: "sauna", value: e.target.checked })}
          />
          Add sauna access
        </label>
        <label>
          <input
            type="checkbox"
            checked={state.concession}
            onChange={(e) => dispatch({ type: "concession", value: e.target.checked })}
          />
          Concession (student or over 65)
        </label>
      </fieldset>

      <p className="summary" data-testid="plan-price">
        You pay {gbp(total)} per {plan.per}
      </p>
      <button type="button">Continue to payment</button>
    </div>
  );
}
