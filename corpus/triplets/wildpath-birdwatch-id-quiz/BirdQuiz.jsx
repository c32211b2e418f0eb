import { Component } from "react";

const QUESTIONS = [
  {
    id: "q1",
    clue: "Small brown bird, tail cocked up, a loud trill from the hedge",
    options: ["Eurasian wren", "House sparrow", "Dunnock"],
    answer: "Eurasian wren",
    article: "a",
  },
  {
    id: "q2",
    clue: "Black-and-white wader with a long upturned bill",
    options: ["Oystercatcher", "Avocet", "Lapwing"],
    answer: "Avocet",
    article: "an",
  },
  {
    id: "q3",
    clue: "Hovers over the motorway verge, then drops into the grass",
    options: ["Buzzard", "Red kite", "Kestrel"],
    answer: "Kestrel",
    article: "a",
  },
];

function verdict(score, total) {
  if (score === total) return "Field-guide ready!";
  if (score === 0) return "Time for a guided walk.";
  return "Nearly there.";
}

export default class BirdQuiz extends Component {
  state = { answers: {}, submitted: false };

  pick(questionId, option) {
    if (this.state.submitted) return;
    this.setState((s) => ({ answers: { ...s.answers, [questionId]: option } }));
  }

  submit = () => this.setState({ submitted: true });

  retake = () => this.setState({ answers: {}, submitted: false });

  render() {
    const { answers, submitted } = this.state;
    const answered = Object.keys(answers).length;
    const score = QUESTIONS.filter((q) => answers[q.id] === q.answer).length;

    return (
      <div className="bird-quiz">
        <h1>Wildpath Trust - who's that bird?</h1>
        <span className="progress">
          Answered {answered} of {QUESTIONS.length}
        </span>
        {QUESTIONS.map((q, i) => (
          <fieldset key={q.id}>
            <legend>
              {i + 1}. {q.clue}
            </legend>
            {q.options.map((opt) => (
              <label key={opt}>
                <input
                  type="radio"
                  name={q.id}
                  checked={answers[q.id] === opt}
                  onChange={() => this.pick(q.id, opt)}
                />
                {opt}
              </label>
            ))}
            {submitted && (
              <p className="feedback">
                {answers[q.id] === q.answer ? "Correct" : `Not quite - it was ${q.article} ${q.answer}`}
              </p>
            )}
          </fieldset>
        ))}
        {!submitted ? (
          <button onClick={this.submit} disabled={answered < QUESTIONS.length}>
            Submit answers
          </button>
        ) : (
          <div className="result">
            <p>
              You scored {score} / {QUESTIONS.length} - {verdict(score, QUESTIONS.length)}
            </p>
            <button onClick={this.retake}>Retake quiz</button>
          </div>
        )}
      </div>
    );
  }
}
