import { useReducer } from "react";

const LEVELS = ["Never skied", "Snowplough", "Parallel turns"];
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"];
const RATES = { half: 48, full: 85 };
const WEEK_DISCOUNT = 0.1;

const initial = { name: "", age: "", level: "Never skied", length: "half", days: [], errors: [], summary: "" };

function validate(s) {
  const errors = [];
  const age = Number(s.age);
  if (!s.name.trim()) errors.push("Enter the child's first name");
  if (!Number.isInteger(age) || age < 4 || age > 15) errors.push("Kids Club is for ages 4 to 15");
  else if (s.length === "full" && age < 6) errors.push("Full days start at age 6 - choose half days");
  if (s.days.length === 0) errors.push("Pick at least one lesson day");
  return errors;
}

function price(s) {
  const base = RATES[s.length] * s.days.length;
  const total = s.days.length === DAYS.length ? base * (1 - WEEK_DISCOUNT) : base;
  return Math.round(total * 100) / 100;
}

function reducer(state, action) {
  switch (action.type) {
    case "set":
      return { ...state, [action.key]: action.value, summary: "" };
    case "day": {
      const days = state.days.includes(action.day) ? state.days.filter((d) => d !== action.day) : [...state.days, action.day];
      return { ...state, days, summary: "" };
    }
    case "book": {
      const errors = validate(state);
      if (errors.length) return { ...state, errors, summary: "" };
      const label = state.length === "full" ? "full" : "half";
      const n = state.days.length;
      return {
        ...state,
        errors: [],
        summary: `${state.name.trim()} (${state.age}), ${state.level}: ${n} ${label} ${n === 1 ? "day" : "days"} - €${price(state).toFixed(2)}`,
      };
    }
    default:
      return state;
  }
}

export default function KidsClubBooking() {
  const [s, dispatch] = useReducer(reducer, initial);
  const set = (key) => (e) => dispatch({ type: "set", key, value: e.target.value });

  return (
    <main className="kids-club">
      <h1>Schneeberg Ski School - Kids Club</h1>
      <p>Lessons meet at the Edelweiss button lift, 09:30. Helmets are compulsory.</p>
      <label htmlFor="kc-name">Child's first name</label>
      <input id="kc-name" value={s.name} onChange={set("name")} />
      <label htmlFor="kc-age">Age</label>
      <input id="kc-age" value={s.age} onChange={set("age")} />
      <label htmlFor="kc-level">Ski level</label>
      <select id="kc-level" value={s.level} onChange={set("level")}>
        {LEVELS.map((l) => (
          <option key={l}>{l}</option>
        ))}
      </select>
      <label htmlFor="kc-length">Lesson length</label>
      <select id="kc-length" value={s.length} onChange={set("length")}>
        <option value="half">Half day (€48)</option>
        <option value="full">Full day with lunch (€85)</option>
      </select>
      <fieldset>
        <legend>Days</legend>
        {DAYS.map((d) => (
          <label key={d}>
            <input type="checkbox" checked={s.days.includes(d)} onChange={() => dispatch({ type: "day", day: d })} />
            {d}
          </label>
        ))}
      </fieldset>
      {s.errors.length > 0 && (
        <div role="alert" data-testid="booking-errors">
          {s.errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}
      <button onClick={() => dispatch({ type: "book" })}>Book lessons</button>
      {s.summary && <p data-testid="lesson-summary">{s.summary}</p>}
    </main>
  );
}
