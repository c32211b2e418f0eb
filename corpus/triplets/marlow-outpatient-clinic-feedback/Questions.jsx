import { useFeedback } from "./FeedbackContext.jsx";

const WAITS = ["On time", "Up to 15 minutes", "15-30 minutes", "Over 30 minutes"];

export function WaitQuestion() {
  const { answers, setAnswer } = useFeedback();
  return (
    <div className="question">
      <label htmlFor="fb-wait">How long did you wait after your appointment time?</label>
      <select id="fb-wait" value={answers.wait || ""} onChange={(e) => setAnswer("wait", e.target.value)}>
        <option value="" disabled>
          Choose one
        </option>
        {WAITS.map((w) => (
          <option key={w}>{w}</option>
        ))}
      </select>
      {answers.wait === "Over 30 minutes" && (
        <fieldset>
          <legend>Were you told why there was a delay?</legend>
          {["Yes", "No"].map((v) => (
            <label key={v}>
              <input type="radio" name="toldWhy" checked={answers.toldWhy === v} onChange={() => setAnswer("toldWhy", v)} />
              {v}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}

export function ChoiceQuestion({ id, text, options }) {
  const { answers, setAnswer } = useFeedback();
  return (
    <fieldset className="question">
      <legend>{text}</legend>
      {options.map((o) => (
        <label key={o}>
          <input type="radio" name={id} checked={answers[id] === o} onChange={() => setAnswer(id, o)} />
          {o}
        </label>
      ))}
    </fieldset>
  );
}
