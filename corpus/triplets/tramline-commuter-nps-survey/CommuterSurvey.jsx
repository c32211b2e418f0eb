import { useState } from "react";
import ScoreGrid from "./ScoreGrid.jsx";
import { HIGHLIGHTS, LINES, REASONS, bucket } from "./nps.js";

export default function CommuterSurvey() {
  const [score, setScore] = useState(null);
  const [line, setLine] = useState(LINES[0]);
  const [reasons, setReasons] = useState([]);
  const [wish, setWish] = useState("");
  const [highlight, setHighlight] = useState(HIGHLIGHTS[0]);
  const [error, setError] = useState("");
  const [thanks, setThanks] = useState("");

  const group = score === null ? null : bucket(score);

  function toggleReason(r) {
    setReasons((list) => (list.includes(r) ? list.filter((x) => x !== r) : [...list, r]));
    setError("");
  }

  function submit(e) {
    e.preventDefault();
    if (group === "detractor" && reasons.length === 0) {
      setError("Pick at least one reason");
      return;
    }
    setThanks(`Thanks! We logged a ${score} (${group}) for ${line}.`);
  }

  if (thanks) {
    return (
      <div className="survey-done">
        <p>{thanks}</p>
        <p>Your answers help us plan the 2025 timetable.</p>
      </div>
    );
  }

  return (
    <form className="survey" onSubmit={submit}>
      <h1>Tramline rider survey</h1>
      <label htmlFor="line">Which line do you ride most?</label>
      <select id="line" value={line} onChange={(e) => setLine(e.target.value)}>
        {LINES.map((l) => (
          <option key={l}>{l}</option>
        ))}
      </select>

      <p className="question">How likely are you to recommend Tramline to a friend?</p>
      <ScoreGrid
        value={score}
        onPick={(n) => {
          setScore(n);
          setError("");
        }}
      />

      {group === "detractor" && (
        <fieldset>
          <legend>What let you down?</legend>
          {REASONS.map((r) => (
            <label key={r}>
              <input type="checkbox" checked={reasons.includes(r)} onChange={() => toggleReason(r)} />
              {r}
            </label>
          ))}
        </fieldset>
      )}
      {group === "passive" && (
        <label>
          What would make it a 10?
          <textarea value={wish} onChange={(e) => setWish(e.target.value)} />
        </label>
      )}
      {group === "promoter" && (
        <label>
          What did you enjoy most?
          <select value={highlight} onChange={(e) => setHighlight(e.target.value)}>
            {HIGHLIGHTS.map((h) => (
              <option key={h}>{h}</option>
            ))}
          </select>
        </label>
      )}

      {error && <p className="error">{error}</p>}
      <button type="submit" disabled={score === null}>
        Submit
      </button>
    </form>
  );
}
