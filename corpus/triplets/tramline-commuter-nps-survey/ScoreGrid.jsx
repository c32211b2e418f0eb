const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export default function ScoreGrid({ value, onPick }) {
  return (
    <div className="score-grid">
      {SCORES.map((n) => (
        <button key={n} type="button" aria-pressed={value === n} onClick={() => onPick(n)}>
          {n}
        </button>
      ))}
      <div className="ends">
        <span>Not at all likely</span>
        <span>Extremely likely</span>
      </div>
    </div>
  );
}
