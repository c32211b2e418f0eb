export const MEDICAL = [
  { id: "asthma", text: "Do you have asthma?" },
  { id: "ears", text: "Have you had ear or sinus surgery?" },
  { id: "meds", text: "Do you take regular prescription medication?" },
  { id: "pregnant", text: "Are you pregnant, or could you be?" },
];

export function needsDoctor(answers) {
  return MEDICAL.some((q) => answers[q.id] === "yes");
}

export default function MedicalStep({ answers, onAnswer, onBack, onNext }) {
  const complete = MEDICAL.every((q) => answers[q.id]);
  return (
    <div className="medical">
      <p>Answer honestly - this is the RSTC diver medical, it stays with our instructors.</p>
      {MEDICAL.map((q) => (
        <fieldset key={q.id}>
          <legend>{q.text}</legend>
          {["yes", "no"].map((v) => (
            <label key={v}>
              <input type="radio" name={q.id} checked={answers[q.id] === v} onChange={() => onAnswer(q.id, v)} />
              {v === "yes" ? "Yes" : "No"}
            </label>
          ))}
        </fieldset>
      ))}
      {needsDoctor(answers) && (
        <p className="doctor-note">A doctor must sign the medical form before your first pool session.</p>
      )}
      <button onClick={onBack}>Back</button>
      <button onClick={onNext} disabled={!complete}>
        Continue
      </button>
    </div>
  );
}
