import { useState } from "react";
import StarRow from "./StarRow.jsx";
import { average, WORDS } from "./scores.js";

const SESSION = {
  telescope: "1.2 m Ritchey-Chrétien",
  night: "3 Oct 2025, 23:00-02:00",
  pi: "Dr. Ximena Quispe",
  programme: "CA-2025B-041",
};

const CRITERIA = [
  { id: "seeing", label: "Seeing" },
  { id: "tracking", label: "Tracking accuracy" },
  { id: "operator", label: "Night operator support" },
];

export default function NightRating({ session = SESSION }) {
  const [scores, setScores] = useState({ seeing: 0, tracking: 0, operator: 0 });
  const [notes, setNotes] = useState("");
  const [error, setError] = useState("");
  const [sent, setSent] = useState(null);

  function setScore(id, value) {
    setScores({ ...scores, [id]: value });
    setError("");
  }

  function submit() {
    const values = CRITERIA.map((c) => scores[c.id]);
    if (values.some((v) => v === 0)) {
      setError("Rate all three items before submitting.");
      return;
    }
    setSent(average(values));
  }

  if (sent !== null) {
    return (
      <div className="night-rating done">
        <h1>Thanks, {session.pi}!</h1>
        <p className="overall">Overall {sent.toFixed(1)} / 5</p>
        <p>Programme {session.programme} - feedback recorded.</p>
      </div>
    );
  }

  return (
    <div className="night-rating">
      <h1>Rate your night at Cerro Alto</h1>
      <dl className="session">
        <dt>Telescope</dt>
        <dd>{session.telescope}</dd>
        <dt>Night</dt>
        <dd>{session.night}</dd>
        <dt>Programme</dt>
        <dd>{session.programme}</dd>
      </dl>

      {CRITERIA.map((c) => (
        <fieldset key={c.id} className="criterion">
          <legend>{c.label}</legend>
          <StarRow value={scores[c.id]} onChange={(v) => setScore(c.id, v)} />
          <span className="verdict">{scores[c.id] ? scores[c.id] + "/5 - " + WORDS[scores[c.id]] : "Not rated"}</span>
        </fieldset>
      ))}

      <label htmlFor="notes">Anything the night team should know?</label>
      <textarea id="notes" value={notes} onChange={(e) => setNotes(e.target.value)} />

      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button onClick={submit}>Submit feedback</button>
      <p className="hint">Tip: use the arrow keys on a focused star to change the rating.</p>
    </div>
  );
}
