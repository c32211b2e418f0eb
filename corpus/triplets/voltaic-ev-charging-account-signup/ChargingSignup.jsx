import { useReducer } from "react";
import { PolicyProvider, usePolicyRules } from "./PolicyContext.jsx";
import RuleList from "./RuleList.jsx";

const initial = { email: "", card: "", passphrase: "", created: false };

function reducer(state, action) {
  if (action.type === "set") return { ...state, [action.key]: action.value, created: false };
  if (action.type === "create") return { ...state, created: true };
  return state;
}

function SignupForm() {
  const [state, dispatch] = useReducer(reducer, initial);
  const rules = usePolicyRules(state.passphrase);
  const cardOk = /^VX-\d{5}$/.test(state.card.trim().toUpperCase());
  const ready = rules.every((r) => r.ok) && cardOk && state.email.includes("@");

  if (state.created) {
    return (
      <p className="created">
        Account ready. Your RFID card {state.card.trim().toUpperCase()} is linked - tap it on any Voltaic charger.
      </p>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) dispatch({ type: "create" });
      }}
    >
      <label htmlFor="vs-email">E-mail</label>
      <input id="vs-email" value={state.email} onChange={(e) => dispatch({ type: "set", key: "email", value: e.target.value })} />

      <label htmlFor="vs-card">RFID card number</label>
      <input
        id="vs-card"
        placeholder="VX-00000"
        value={state.card}
        onChange={(e) => dispatch({ type: "set", key: "card", value: e.target.value })}
      />
      {state.card && !cardOk && <span className="card-error">Card numbers look like VX-88213</span>}

      <label htmlFor="vs-pass">Passphrase</label>
      <input
        id="vs-pass"
        type="password"
        value={state.passphrase}
        onChange={(e) => dispatch({ type: "set", key: "passphrase", value: e.target.value })}
      />
      <p className="hint">Use a few words you will remember, e.g. otter grid lamp 42.</p>
      <RuleList rules={rules} />

      <button type="submit" disabled={!ready}>
        Create account
      </button>
    </form>
  );
}

export default function ChargingSignup() {
  return (
    <PolicyProvider>
      <main className="voltaic-signup">
        <h1>Voltaic charging - create your driver account</h1>
        <p>Pay per kWh at 1,400 chargers. Your card arrives in 3 working days.</p>
        <SignupForm />
      </main>
    </PolicyProvider>
  );
}
