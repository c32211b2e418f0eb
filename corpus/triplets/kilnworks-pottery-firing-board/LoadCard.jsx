export default function LoadCard({ load, first, last, onShift }) {
  return (
    <article className="load-card">
      <h3>{load.name}</h3>
      <p>
        {load.potter} · cone {load.cone}
      </p>
      <div className="card-actions">
        {!first && (
          <button type="button" aria-label={"Send back " + load.name} onClick={() => onShift(load.id, -1)}>
            ←
          </button>
        )}
        {!last && (
          <button type="button" aria-label={"Advance " + load.name} onClick={() => onShift(load.id, 1)}>
            →
          </button>
        )}
      </div>
    </article>
  );
}
