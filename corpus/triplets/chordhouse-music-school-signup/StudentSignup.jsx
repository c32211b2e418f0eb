import { useState } from "react";
import usePasswordRules from "./usePasswordRules.js";

const INSTRUMENTS = ["Piano", "Violin", "Cello", "Classical guitar", "Drums", "Voice"];

export default function StudentSignup({ school = "Chordhouse Music School" }) {
  const [form, setForm] = useState({
    firstName: "",
    lastName: "",
    email: "",
    instrument: "Piano",
    password: "",
    confirm: "",
  });
  const [done, setDone] = useState(false);
  const { rules, allMet } = usePasswordRules(form.password, form.firstName);

  const mismatch = form.confirm !== "" && form.confirm !== form.password;
  const canSubmit =
    allMet && !mismatch && form.confirm !== "" && form.firstName.trim() !== "" && form.email.includes("@");

  function set(field) {
    return (e) => {
      setForm({ ...form, [field]: e.target.value });
      setDone(false);
    };
  }

  if (done) {
    return (
      <section className="signup">
        <p role="status">
          Welcome to Chordhouse, {form.firstName.trim()}! Your first {form.instrument.toLowerCase()} lesson can be
          booked on the next page.
        </p>
      </section>
    );
  }

  return (
    <section className="signup">
      <h1>{school} - student account</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (canSubmit) setDone(true);
        }}
      >
        <label>
          First name
          <input value={form.firstName} onChange={set("firstName")} />
        </label>
        <label>
          Last name
          <input value={form.lastName} onChange={set("lastName")} />
        </label>
        <label>
          E-mail
          <input type="email" value={form.email} onChange={set("email")} />
        </label>
        <label>
          Main instrument
          <select value={form.instrument} onChange={set("instrument")}>
            {INSTRUMENTS.map((i) => (
              <option key={i}>{i}</option>
            ))}
          </select>
        </label>
        <label>
          Password
          <input type="password" value={form.password} onChange={set("password")} />
        </label>
        <ul className="rules" aria-label="Password rules">
          {rules.map((r) => (
            <li key={r.id} data-state={r.met ? "met" : "unmet"}>
              {r.label}
            </li>
          ))}
        </ul>
        <label>
          Confirm password
          <input type="password" value={form.confirm} onChange={set("confirm")} />
        </label>
        {mismatch && <span className="error">Passwords don't match</span>}
        <button type="submit" disabled={!canSubmit}>
          Create student account
        </button>
      </form>
    </section>
  );
}
