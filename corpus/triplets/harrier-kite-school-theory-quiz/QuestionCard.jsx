export default function QuestionCard({ question, number, selected, checked, onSelect }) {
  return (
    <fieldset className="question-card">
      <legend>
        {number}. {question.text}
      </legend>
      {question.options.map((o) => (
        <label key={o}>
          <input
            type="radio"
            name={`q${number}`}
            checked={selected === o}
            disabled={checked}
            onChange={() => onSelect(o)}
          />
          {o}
        </label>
      ))}
      {checked && (
        <p className="feedback">{selected === question.correct ? "Right!" : `Not quite: ${question.correct}`}</p>
      )}
    </fieldset>
  );
}
