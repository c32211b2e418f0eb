import { useReducer } from "react";
import { ASPECTS, points, medalFor } from "./scoring.js";

const WINE = {
  flight: "Flight C - Douro reds",
  glass: 3,
  name: "Quinta do Vale 2019 Touriga Nacional",
  judge: "Panel 2 / Judge Ferreira",
};

const initial = { aroma: 0, palate: 0, finish: 0, faulty: false, saved: false };

function reducer(state, action) {
  switch (action.type) {
    case "rate":
      return { ...state, [action.aspect]: action.value, saved: false };
    case "faulty":
      return { ...state, faulty: action.value, saved: false };
    case "save":
      return { ...state, saved: true };
    case "reset":
      return initial;
    default:
      return state;
  }
}

export default function TastingScorecard({ wine = WINE }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const complete = ASPECTS.every((a) => state[a.id] > 0);
  const total = complete ? points(state) : null;
  const medal = total === null ? "" : medalFor(total);

  let summary = "Score each aspect";
  if (state.faulty) summary = "Faulty - not scored";
  else if (complete) summary = total + " pts - " + medal;

  return (
    <div className="scorecard">
      <p className="flight">
        {wine.flight} - glass {wine.glass}
      </p>
      <h1>{wine.name}</h1>

      <table className="aspects">
        <tbody>
          {ASPECTS.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.label}</th>
              <td>
                {[1, 2, 3, 4, 5].map((n) => (
                  <button
                    key={n}
                    type="button"
                    className={n <= state[a.id] ? "star on" : "star"}
                    title={a.label + ": " + n}
                    disabled={state.faulty}
                    onClick={() => dispatch({ type: "rate", aspect: a.id, value: n })}
                  >
                    ★
                  </button>
                ))}
              </td>
              <td className="weight">x{a.weight}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <label className="faulty">
        <input
          type="checkbox"
          checked={state.faulty}
          onChange={(e) => dispatch({ type: "faulty", value: e.target.checked })}
        />
        Faulty (cork taint, oxidised)
      </label>

      <output className="summary">{summary}</output>

      <div className="actions">
        <button type="button" disabled={!complete && !state.faulty} onClick={() => dispatch({ type: "save" })}>
          Save score
        </button>
        <button type="button" onClick={() => dispatch({ type: "reset" })}>
          Clear
        </button>
      </div>
      {state.saved && <p className="saved">Saved for {wine.judge}</p>}
    </div>
  );
}
