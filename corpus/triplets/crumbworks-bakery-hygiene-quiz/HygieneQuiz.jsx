import { useReducer } from "react";
import { PASS_PERCENT, QUESTIONS } from "./questions.js";

const initial = { answers: {}, checked: false };

function reducer(state, action) {
  switch (action.type) {
    case "answer":
      if (state.checked) return state;
      return { ...state, answers: { ...state.answers, [action.id]: action.option } };
    case "check":
      return { ...state, checked: true };
    case "retry":
      return initial;
    default:
      return state;
  }
}

export default function HygieneQuiz({ employee = "Dariusz Nowak" }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const answered = Object.keys(state.answers).length;
  const score = QUESTIONS.filter((q) => state.answers[q.id] === q.correct).length;
  const percent = Math.round((score / QUESTIONS.length) * 100);
  const passed = percent >= PASS_PERCENT;

  return (
    <div className="hygiene-quiz">
      <h1>Crumbworks Bakery - Level 2 food hygiene refresher</h1>
      <p>
        Staff member: {employee}. Pass mark {PASS_PERCENT}%.
      </p>
      <ol>
        {QUESTIONS.map((q) => (
          <li key={q.id}>
            <fieldset>
              <legend>{q.text}</legend>
              {q.options.map((o) => (
                <label key={o}>
                  <input
                    type="radio"
                    name={q.id}
                    checked={state.answers[q.id] === o}
                    onChange={() => dispatch({ type: "answer", id: q.id, option: o })}
                  />
                  {o}
                </label>
              ))}
            </fieldset>
            {state.checked && (
              <p className="feedback">
                {state.answers[q.id] === q.correct ? "✔ correct" : `✘ the answer is ${q.correct}`}
              </p>
            )}
          </li>
        ))}
      </ol>
      <p data-testid="answered">
        {answered} of {QUESTIONS.length} answered
      </p>
      {!state.checked ? (
        <button onClick={() => dispatch({ type: "check" })} disabled={answered === 0}>
          Check answers
        </button>
      ) : (
        <div className="outcome">
          <p data-testid="result">
            {score} / {QUESTIONS.length} ({percent}%) - {passed ? "Passed, certificate unlocked" : "Not passed yet"}
          </p>
          <button onClick={() => dispatch({ type: "retry" })}>Try again</button>
        </div>
      )}
    </div>
  );
}
