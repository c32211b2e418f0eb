import { useState } from "react";
import RecentSearches from "./RecentSearches.jsx";
import { MAX_RECENT, STATIONS, findStations, formatLevel } from "./stations.js";

const ARROWS = { rising: "\u2191", falling: "\u2193", steady: "\u2192" };

export default function GaugeStationFinder({ stations = STATIONS }) {
  const [text, setText] = useState("");
  const [recent, setRecent] = useState([]);
  const shown = findStations(stations, text);

  function remember(raw) {
    const term = raw.trim().toLowerCase();
    if (!term) return;
    setRecent((prev) => [term, ...prev.filter((t) => t !== term)].slice(0, MAX_RECENT));
  }

  function onKeyDown(e) {
    if (e.key === "Enter") {
      e.preventDefault();
      remember(text);
    }
  }

  return (
    <section className="gauges">
      <h1>Coastwatch - tide gauges</h1>

      <input
        className="station-search"
        placeholder="Station name or code"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="help">Press Enter to keep a search in the recent list.</p>

      <h2>Recent</h2>
      <RecentSearches terms={recent} onPick={setText} />

      <h2>Stations</h2>
      <span className="station-count">{shown.length} stations</span>
      <ol className="stations">
        {shown.map((s) => (
          <li key={s.code}>
            <span className="station-name">{s.name}</span> <code>{s.code}</code>{" "}
            <span className="level">
              {formatLevel(s.level)} {ARROWS[s.trend]}
            </span>
          </li>
        ))}
      </ol>
      {shown.length === 0 && <p>No gauge by that name. Offshore buoys are listed on the buoy page.</p>}

      <dl className="legend">
        <dt>{ARROWS.rising}</dt>
        <dd>rising tide</dd>
        <dt>{ARROWS.falling}</dt>
        <dd>falling tide</dd>
      </dl>

      <footer>
        <small>Readings every 15 minutes, chart datum. Surge warnings come from the Met desk.</small>
      </footer>
    </section>
  );
}
