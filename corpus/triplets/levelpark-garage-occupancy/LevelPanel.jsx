export default function LevelPanel({ level, closed, onIn, onOut }) {
  const free = level.capacity - level.occupied;
  return (
    <section className="level" aria-label={level.name}>
      <h2>{level.name}</h2>
      {closed ? (
        <p className="level-state">Closed</p>
      ) : (
        <p className="level-state">
          <span className="level-free">{free}</span> free of {level.capacity}
          {free === 0 && <strong className="full-badge"> FULL</strong>}
        </p>
      )}
      <button onClick={onIn} disabled={closed || free === 0}>
        Car in
      </button>
      <button onClick={onOut} disabled={level.occupied === 0}>
        Car out
      </button>
    </section>
  );
}
