import { useState } from "react";
import { useRating } from "./useRating.js";
import HoverStars from "./HoverStars.jsx";

const VISIT = {
  treatment: "Hot stone massage, 60 min",
  therapist: "Anouk",
  room: "Tidepool suite",
  date: "Friday 21 February",
};

const LABELS = { 0: "Tap a star", 1: "Disappointing", 2: "Below par", 3: "Okay", 4: "Lovely", 5: "Blissful" };

export default function TreatmentFeedback({ visit = VISIT }) {
  const therapist = useRating();
  const ambience = useRating();
  const [sent, setSent] = useState(false);
  const [again, setAgain] = useState("");

  if (sent) {
    return (
      <div className="feedback sent">
        <h1>Thank you</h1>
        <p data-testid="sent-summary">
          {visit.therapist}: {therapist.value}/5, {visit.room}: {ambience.value}/5
        </p>
        {again === "yes" && <p>We will offer you {visit.therapist} first next time.</p>}
      </div>
    );
  }

  return (
    <div className="feedback">
      <h1>How was your {visit.treatment.toLowerCase()}?</h1>
      <p className="visit">
        {visit.date} - {visit.room}
      </p>

      <section data-testid="therapist-block">
        <h2>Your therapist, {visit.therapist}</h2>
        <HoverStars rating={therapist} />
        <span data-testid="therapist-label">{LABELS[therapist.shown]}</span>
        {therapist.value > 0 && (
          <button type="button" onClick={therapist.clear}>
            Clear rating
          </button>
        )}
      </section>

      <section data-testid="ambience-block">
        <h2>The {visit.room}</h2>
        <HoverStars rating={ambience} />
        <span data-testid="ambience-label">{LABELS[ambience.shown]}</span>
        {ambience.value > 0 && (
          <button type="button" onClick={ambience.clear}>
            Clear rating
          </button>
        )}
      </section>

      <fieldset className="again">
        <legend>Would you book {visit.therapist} again?</legend>
        <label>
          <input type="radio" name="again" checked={again === "yes"} onChange={() => setAgain("yes")} />
          Yes please
        </label>
        <label>
          <input type="radio" name="again" checked={again === "no"} onChange={() => setAgain("no")} />
          Maybe someone else
        </label>
      </fieldset>

      <button type="button" disabled={therapist.value === 0 || ambience.value === 0} onClick={() => setSent(true)}>
        Send feedback
      </button>
    </div>
  );
}
