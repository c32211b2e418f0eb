import useSurvey from "./useSurvey.js";

const STARS = [1, 2, 3, 4, 5];
const PITCHES = ["Grass pitch", "Hardstanding + hook-up", "Bell tent", "Shepherd's hut"];
const COME_BACK = ["Yes", "Maybe", "No"];

export default function StaySurvey({ guest = "the Okonkwo family", code = "DUNE10" }) {
  const { answers, setAnswer, needsFix, problem, sent, submit } = useSurvey();

  if (sent) {
    return (
      <div className="survey-thanks">
        <p>
          Thanks for rating Dunewood {answers.rating}/5, {guest}.
        </p>
        {answers.comeBack === "Yes" && <p>Your 10% rebooking code: {code}</p>}
      </div>
    );
  }

  return (
    <form
      className="stay-survey"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h1>How was your stay at Dunewood?</h1>
      <div role="radiogroup" aria-label="Overall stay" className="stars">
        {STARS.map((n, i) => (
          <input
            key={n}
            type="radio"
            name="rating"
            aria-label={n === 1 ? "1 star" : `${n} stars`}
            checked={answers.rating === n}
            onChange={() => setAnswer("rating", n)}
            data-index={i}
          />
        ))}
      </div>
      <span className="rating-text">{answers.rating ? `${answers.rating} of 5` : "Not rated yet"}</span>

      <label htmlFor="ss-pitch">Where did you stay?</label>
      <select id="ss-pitch" value={answers.pitch} onChange={(e) => setAnswer("pitch", e.target.value)}>
        {PITCHES.map((p) => (
          <option key={p}>{p}</option>
        ))}
      </select>

      {needsFix && (
        <>
          <label htmlFor="ss-fix">What should we fix first?</label>
          <textarea id="ss-fix" value={answers.fix} onChange={(e) => setAnswer("fix", e.target.value)} />
        </>
      )}

      <fieldset>
        <legend>Would you come back?</legend>
        {COME_BACK.map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="comeBack"
              checked={answers.comeBack === c}
              onChange={() => setAnswer("comeBack", c)}
            />
            {c}
          </label>
        ))}
      </fieldset>

      {problem && <p className="problem">{problem}</p>}
      <button type="submit">Send feedback</button>
    </form>
  );
}
