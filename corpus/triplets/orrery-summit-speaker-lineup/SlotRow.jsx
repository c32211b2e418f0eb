export default function SlotRow({ talk, time, keynote, first, last, onMove }) {
  return (
    <li className="slot">
      <span className="time">{time}</span>
      <div className="talk">
        <strong>{talk.speaker}</strong>
        {keynote && <em className="badge">Keynote</em>}
        <div className="title">{talk.title}</div>
      </div>
      <div className="slot-buttons">
        <button type="button" aria-label={"Move " + talk.speaker + " to top"} disabled={first} onClick={() => onMove(talk.id, "top")}>
          ⤒
        </button>
        <button type="button" aria-label={"Move " + talk.speaker + " up"} disabled={first} onClick={() => onMove(talk.id, "up")}>
          ↑
        </button>
        <button type="button" aria-label={"Move " + talk.speaker + " down"} disabled={last} onClick={() => onMove(talk.id, "down")}>
          ↓
        </button>
        <button type="button" aria-label={"Move " + talk.speaker + " to bottom"} disabled={last} onClick={() => onMove(talk.id, "bottom")}>
          ⤓
        </button>
      </div>
    </li>
  );
}
