export default function ResultBar({ label, votes, percent, mine }) {
  return (
    <div className={mine ? "result mine" : "result"}>
      <span className="label">{label}</span>
      <div className="bar" style={{ width: percent + "%" }} />
      <span className="pct">{percent}%</span>
      <span className="votes"> ({votes})</span>
    </div>
  );
}
