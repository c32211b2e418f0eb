import { useReducer } from "react";
import FilterChips from "./FilterChips.jsx";
import SubmissionCard from "./SubmissionCard.jsx";

const FILMS = [
  { title: "The Salt Keepers", category: "Documentary", country: "Portugal", minutes: 48, premiere: true },
  { title: "Paper Moths", category: "Animation", country: "Japan", minutes: 11, premiere: true },
  { title: "Night Ferry to Oban", category: "Short", country: "UK", minutes: 19, premiere: false },
  { title: "Glass Orchard", category: "Feature", country: "Iceland", minutes: 102, premiere: true },
  { title: "Hollow Tide", category: "Documentary", country: "UK", minutes: 64, premiere: false },
  { title: "Kiteboy", category: "Animation", country: "Ghana", minutes: 8, premiere: false },
  { title: "Late Shift", category: "Short", country: "Canada", minutes: 15, premiere: true },
  { title: "Seven Winters", category: "Feature", country: "Poland", minutes: 118, premiere: false },
  { title: "Under the Pylons", category: "Documentary", country: "UK", minutes: 71, premiere: true },
  { title: "Lantern", category: "Short", country: "Japan", minutes: 12, premiere: false },
];

const CATEGORIES = ["Short", "Documentary", "Animation", "Feature"];
const COUNTRIES = ["Canada", "Ghana", "Iceland", "Japan", "Poland", "Portugal", "UK"];
const initial = { category: "All", country: "Any", premiere: false };

function reducer(state, action) {
  switch (action.type) {
    case "category":
      return { ...state, category: action.value };
    case "country":
      return { ...state, country: action.value };
    case "premiere":
      return { ...state, premiere: !state.premiere };
    case "remove":
      return { ...state, [action.key]: initial[action.key] };
    case "clear":
      return initial;
    default:
      return state;
  }
}

export default function SubmissionFilter({ films = FILMS }) {
  const [state, dispatch] = useReducer(reducer, initial);

  const shown = films.filter(
    (f) =>
      (state.category === "All" || f.category === state.category) &&
      (state.country === "Any" || f.country === state.country) &&
      (!state.premiere || f.premiere)
  );

  const chips = [];
  if (state.category !== "All") chips.push({ key: "category", label: state.category });
  if (state.country !== "Any") chips.push({ key: "country", label: state.country });
  if (state.premiere) chips.push({ key: "premiere", label: "World premiere" });

  return (
    <section className="programming">
      <h1>Lantern Bay Film Festival - submissions</h1>

      <fieldset>
        <legend>Category</legend>
        {["All", ...CATEGORIES].map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="category"
              checked={state.category === c}
              onChange={() => dispatch({ type: "category", value: c })}
            />
            {c === "All" ? "All categories" : c}
          </label>
        ))}
      </fieldset>

      <label>
        Country
        <select value={state.country} onChange={(e) => dispatch({ type: "country", value: e.target.value })}>
          <option value="Any">Any country</option>
          {COUNTRIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>

      <label>
        <input type="checkbox" checked={state.premiere} onChange={() => dispatch({ type: "premiere" })} />
        World premiere only
      </label>

      <FilterChips
        chips={chips}
        onRemove={(key) => dispatch({ type: "remove", key })}
        onClear={() => dispatch({ type: "clear" })}
      />

      <span className="count">
        {shown.length} {shown.length === 1 ? "submission" : "submissions"}
      </span>

      <div className="grid">
        {shown.map((f) => (
          <SubmissionCard key={f.title} film={f} />
        ))}
      </div>
    </section>
  );
}
