export const GRADES = ["5a", "5b", "5c", "6a", "6a+", "6b", "6b+", "6c", "7a", "7a+"];

export default function GradePicker({ value, onPick }) {
  return (
    <div className="grade-grid">
      {GRADES.map((g, i) => (
        <button
          key={g}
          type="button"
          className={g === value ? "grade picked" : "grade"}
          aria-pressed={g === value}
          onClick={() => onPick(GRADES[i])}
        >
          {g}
        </button>
      ))}
    </div>
  );
}
