import { useState } from "react";
import { FeedbackProvider, useFeedback } from "./FeedbackContext.jsx";
import { ChoiceQuestion, WaitQuestion } from "./Questions.jsx";

function Survey({ clinic }) {
  const { answers } = useFeedback();
  const [anonymous, setAnonymous] = useState(true);
  const [name, setName] = useState("");
  const [error, setError] = useState("");
  const [done, setDone] = useState("");
  const count = Object.keys(answers).length;

  function send() {
    if (count === 0) return setError("Answer at least one question");
    if (!anonymous && !name.trim()) return setError("Add your name, or tick 'Stay anonymous'");
    setError("");
    setDone(`Feedback recorded for the ${clinic}: ${count} answers${anonymous ? ", anonymous" : ` from ${name.trim()}`}.`);
  }

  if (done) return <p className="done">{done}</p>;

  return (
    <div className="survey">
      <WaitQuestion />
      <ChoiceQuestion
        id="clarity"
        text="Was your treatment explained clearly?"
        options={["Very clearly", "Mostly", "Not really"]}
      />
      <ChoiceQuestion id="recommend" text="Would you recommend this clinic?" options={["Definitely", "Probably", "No"]} />
      <label>
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        Stay anonymous
      </label>
      {!anonymous && (
        <label>
          Your name
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
      )}
      <span className="answered">{count} answered</span>
      {error && <p className="error">{error}</p>}
      <button onClick={send}>Send feedback</button>
    </div>
  );
}

export default function ClinicFeedback({ clinic = "Fracture Clinic", hospital = "Marlow General Hospital" }) {
  return (
    <FeedbackProvider>
      <main className="clinic-feedback">
        <h1>{hospital}</h1>
        <h2>Outpatient feedback - {clinic}</h2>
        <p>Three short questions. Your answers go to the clinic manager, not to your medical record.</p>
        <Survey clinic={clinic} />
        <footer>
          <small>Want to raise a concern in person? The Patient Advice desk is next to the main lifts, open 9-5.</small>
        </footer>
      </main>
    </FeedbackProvider>
  );
}
