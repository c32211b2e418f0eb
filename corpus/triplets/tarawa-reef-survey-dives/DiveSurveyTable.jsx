import { useRef, useState } from "react";
import { DIVES, DIVES_PER_PAGE } from "./dives.js";

export default function DiveSurveyTable({ dives = DIVES }) {
  const [page, setPage] = useState(1);
  const [error, setError] = useState("");
  const jumpRef = useRef(null);
  const pages = Math.ceil(dives.length / DIVES_PER_PAGE);
  const rows = dives.slice((page - 1) * DIVES_PER_PAGE, page * DIVES_PER_PAGE);

  function onJumpKey(e) {
    if (e.key !== "Enter") return;
    const n = Number(e.currentTarget.value);
    if (!Number.isInteger(n) || n < 1 || n > pages) {
      setError(`There is no page ${e.currentTarget.value}. Pick 1 to ${pages}.`);
      return;
    }
    setError("");
    setPage(n);
    jumpRef.current.value = "";
  }

  function move(delta) {
    setError("");
    setPage((p) => p + delta);
  }

  return (
    <div className="survey">
      <h1>Tarawa lagoon reef survey 2024</h1>
      <p>Point-intercept transects, 50 m, one diver per transect.</p>

      <table>
        <thead>
          <tr>
            <th>Dive</th>
            <th>Site</th>
            <th>Depth</th>
            <th>Hard coral</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <td>{d.id}</td>
              <td>{d.site}</td>
              <td>{d.depth} m</td>
              <td>{d.cover}%</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="pager">
        <button type="button" onClick={() => move(-1)} disabled={page === 1}>
          Prev
        </button>
        <span>
          {page} / {pages}
        </span>
        <button type="button" onClick={() => move(1)} disabled={page === pages}>
          Next
        </button>
        <input ref={jumpRef} type="text" placeholder="Go to page" defaultValue="" onKeyDown={onJumpKey} size={4} />
      </div>
      {error && <p className="error">{error}</p>}
    </div>
  );
}
