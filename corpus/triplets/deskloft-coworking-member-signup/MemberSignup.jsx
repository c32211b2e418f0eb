import { useReducer } from "react";

const PLANS = ["Hot desk", "Fixed desk", "Private office"];

const initial = {
  email: "",
  plan: "Hot desk",
  password: "",
  confirm: "",
  rules: false,
  problems: [],
  welcome: "",
};

function passwordProblems(pw) {
  const out = [];
  if (pw.length < 12) out.push("Password must be at least 12 characters");
  if (!/[!@#$%&*]/.test(pw)) out.push("Password needs one symbol (! @ # $ % & *)");
  if (/(.)\1\1/.test(pw)) out.push("Password can't repeat a character 3 times in a row");
  return out;
}

function reducer(state, action) {
  switch (action.type) {
    case "set":
      return { ...state, [action.field]: action.value };
    case "submit": {
      const problems = [];
      if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(state.email.trim())) problems.push("Enter your work e-mail");
      problems.push(...passwordProblems(state.password));
      if (state.password !== state.confirm) problems.push("The two passwords are different");
      if (!state.rules) problems.push("Accept the house rules to continue");
      if (problems.length) return { ...state, problems, welcome: "" };
      return {
        ...state,
        problems: [],
        welcome: `Welcome aboard, ${state.email.trim()}! Your ${state.plan} pass starts Monday.`,
      };
    }
    default:
      return state;
  }
}

export default function MemberSignup() {
  const [state, dispatch] = useReducer(reducer, initial);
  const bind = (field) => ({
    value: state[field],
    onChange: (e) => dispatch({ type: "set", field, value: e.target.value }),
  });

  return (
    <div className="deskloft-signup">
      <h1>Join Deskloft</h1>
      <p>Canal Street, 3rd floor. Coffee is on us, the printer is not.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          dispatch({ type: "submit" });
        }}
        noValidate
      >
        <label htmlFor="dl-email">Work e-mail</label>
        <input id="dl-email" {...bind("email")} />

        <label htmlFor="dl-plan">Membership</label>
        <select id="dl-plan" {...bind("plan")}>
          {PLANS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>

        <label htmlFor="dl-pw">Choose a password</label>
        <input id="dl-pw" type="password" {...bind("password")} />
        <small>12+ characters, one symbol, no character three times in a row.</small>

        <label htmlFor="dl-pw2">Repeat password</label>
        <input id="dl-pw2" type="password" {...bind("confirm")} />

        <div className="rules-row">
          <input
            type="checkbox"
            checked={state.rules}
            onChange={(e) => dispatch({ type: "set", field: "rules", value: e.target.checked })}
          />
          I accept the house rules (quiet zone, clean desk, no pets on Fridays)
        </div>

        {state.problems.length > 0 && (
          <ul className="problems">
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}

        <button type="submit">Create membership</button>
      </form>
      {state.welcome && <p className="welcome">{state.welcome}</p>}
    </div>
  );
}
