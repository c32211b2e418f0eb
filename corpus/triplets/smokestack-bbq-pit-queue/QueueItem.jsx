export default function QueueItem({ item, position, ready, isFirst, isLast, onUp, onDown }) {
  return (
    <li className="queue-item">
      <span className="position">{position}</span>
      <div className="what">
        <strong>{item.name}</strong>
        <small>
          {item.weight} · {item.hours} h · {item.wood}
        </small>
      </div>
      <span className="ready">ready {ready}</span>
      <div className="move">
        <button type="button" aria-label={"Move " + item.name + " up"} disabled={isFirst} onClick={onUp}>
          ▲
        </button>
        <button type="button" aria-label={"Move " + item.name + " down"} disabled={isLast} onClick={onDown}>
          ▼
        </button>
      </div>
    </li>
  );
}
