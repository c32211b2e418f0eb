import { useState } from "react";
import useBellSearch from "./useBellSearch.js";
import { BELLS, formatWeight } from "./bells.js";

const STATUS_COLOURS = {
  Moulding: "#b36b00",
  Cooling: "#1d5fa8",
  Tuned: "#2c7a3f",
  Despatched: "#666",
};

function StatusBadge({ status }) {
  return (
    <span className="status" style={{ color: STATUS_COLOURS[status] }}>
      {status}
    </span>
  );
}

export default function BellOrderSearch({ bells = BELLS }) {
  const { query, setQuery, results, clear } = useBellSearch(bells);
  const [openId, setOpenId] = useState(null);

  function onKeyDown(e) {
    if (e.key === "Escape") clear();
  }

  return (
    <main className="foundry">
      <header>
        <h1>Whitmore Bell Foundry</h1>
        <p className="sub">Casting book - orders in progress</p>
      </header>

      <div className="search-row">
        <input
          type="text"
          value={query}
          placeholder="Search bells, churches or inscriptions"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        {query && (
          <button type="button" aria-label="Clear search" onClick={clear}>
            x
          </button>
        )}
      </div>

      <span className="counter">
        Showing {results.length} of {bells.length} bells
      </span>

      {results.length === 0 ? (
        <p className="empty">No bells match "{query.trim()}".</p>
      ) : (
        <ul className="bell-list">
          {results.map((bell) => (
            <li key={bell.id}>
              <button type="button" className="bell-name" onClick={() => setOpenId(openId === bell.id ? null : bell.id)}>
                {bell.name}
              </button>
              <span className="church">{bell.church}</span>
              <span className="weight">{formatWeight(bell.weight)}</span>
              <StatusBadge status={bell.status} />
              {openId === bell.id && (
                <blockquote className="inscription">
                  {bell.id}: "{bell.inscription}"
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      )}

      <footer>
        <small>Weights are as cast, before tuning.</small>
      </footer>
    </main>
  );
}
