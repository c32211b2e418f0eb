import { useState } from "react";
import QuestionCard from "./QuestionCard.jsx";
import { QUESTIONS, scoreOf, verdict } from "./scoring.js";

const REMINDERS = ["Check the forecast and the tide table", "Never ride alone", "Know your quick release"];

export default function TheoryQuiz({ student = "Noor" }) {
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState([]);
  const [selected, setSelected] = useState(null);
  const [checked, setChecked] = useState(false);
  const finished = answers.length === QUESTIONS.length;

  function check() {
    setChecked(true);
    setAnswers([...answers, selected]);
  }

  function next() {
    setIndex(index + 1);
    setSelected(null);
    setChecked(false);
  }

  function restart() {
    setIndex(0);
    setAnswers([]);
    setSelected(null);
    setChecked(false);
  }

  return (
    <main className="theory-quiz">
      <h1>Harrier Kite School - safety theory</h1>
      <p>Hi {student}, answer all four before your first lesson on the water.</p>
      <span className="progress">
        Question {index + 1} of {QUESTIONS.length}
      </span>
      <QuestionCard
        question={QUESTIONS[index]}
        number={index + 1}
        selected={selected}
        checked={checked}
        onSelect={setSelected}
      />
      {!checked && (
        <button onClick={check} disabled={selected === null}>
          Check answer
        </button>
      )}
      {checked && !finished && <button onClick={next}>Next question</button>}
      {finished && (
        <div className="final">
          <p className="verdict">{verdict(scoreOf(answers))}</p>
          <button onClick={restart}>Start again</button>
        </div>
      )}
      <aside className="reminders">
        <h2>Before every session</h2>
        <ul>
          {REMINDERS.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </aside>
    </main>
  );
}
