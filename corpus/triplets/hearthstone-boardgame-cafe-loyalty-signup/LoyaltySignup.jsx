import { useReducer } from "react";
import StrengthBar, { strengthLevel } from "./StrengthBar.jsx";

const TAKEN = ["meeple", "dicebag", "catan4life", "rollforit"];

const initial = { username: "", email: "", password: "", problems: [], welcome: "" };

function problemsFor({ username, email, password }) {
  const out = [];
  const name = username.trim();
  if (!/^[A-Za-z0-9_]{3,16}$/.test(name)) out.push("Usernames are 3-16 letters, numbers or _");
  else if (TAKEN.includes(name.toLowerCase())) out.push("That username is taken");
  if (!email.includes("@")) out.push("Enter your e-mail for the stamp card");
  if (strengthLevel(password) === 0) out.push("Password must be 8+ characters and not just numbers");
  else if (password.toLowerCase() === name.toLowerCase()) out.push("Password can't be the same as your username");
  return out;
}

function reducer(state, action) {
  switch (action.type) {
    case "set":
      return { ...state, [action.field]: action.value, problems: [], welcome: "" };
    case "submit": {
      const problems = problemsFor(state);
      if (problems.length) return { ...state, problems };
      return { ...state, welcome: `Welcome, ${state.username.trim()}! Your first hot chocolate is on us.` };
    }
    default:
      return state;
  }
}

export default function LoyaltySignup() {
  const [state, dispatch] = useReducer(reducer, initial);
  const set = (field) => (e) => dispatch({ type: "set", field, value: e.target.value });

  if (state.welcome) {
    return <p className="welcome">{state.welcome}</p>;
  }

  return (
    <form
      className="loyalty-signup"
      onSubmit={(e) => {
        e.preventDefault();
        dispatch({ type: "submit" });
      }}
      noValidate
    >
      <h1>Hearthstone Board Game Cafe - Regulars Club</h1>
      <p>Ten visits = a free table for the evening. Stamps are collected in the app.</p>
      <input placeholder="Username" value={state.username} onChange={set("username")} />
      <input placeholder="E-mail" value={state.email} onChange={set("email")} />
      <input type="password" placeholder="Password" value={state.password} onChange={set("password")} />
      <StrengthBar password={state.password} />
      {state.problems.length > 0 && (
        <ul className="problems">
          {state.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <button type="submit">Join the club</button>
    </form>
  );
}
