import { SORTS, useSort } from "./SortContext.jsx";

function pounds(pence) {
  return "\u00a3" + (pence / 100).toFixed(2);
}

export default function SessionList({ sessions }) {
  const { sortKey } = useSort();
  const ordered = [...sessions].sort(SORTS[sortKey].compare);
  return (
    <ul className="sessions">
      {ordered.map((s) => (
        <li key={s.time} className="session">
          <time>{s.time}</time> <span className="session-name">{s.name}</span>
          <span className="level">{s.level}</span>
          <span className="price">{pounds(s.pence)}</span>
          {s.skateHire && <span className="hire">skate hire included</span>}
        </li>
      ))}
    </ul>
  );
}
