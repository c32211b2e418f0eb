import { LEVELS, ZONES } from "./sensors.js";

export default function FilterDrawer({ draft, dispatch }) {
  return (
    <div className="filter-drawer" role="dialog" aria-labelledby="filters-title">
      <h2 id="filters-title">Sensor filters</h2>
      <fieldset>
        <legend>Zones</legend>
        {ZONES.map((zone) => (
          <label key={zone}>
            <input
              type="checkbox"
              checked={draft.zones.includes(zone)}
              onChange={() => dispatch({ type: "toggle-zone", zone })}
            />
            {zone}
          </label>
        ))}
      </fieldset>
      <label htmlFor="level">Status</label>
      <select id="level" value={draft.level} onChange={(e) => dispatch({ type: "level", level: e.target.value })}>
        {LEVELS.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </select>
      <div className="drawer-foot">
        <button type="button" onClick={() => dispatch({ type: "cancel" })}>
          Cancel
        </button>
        <button type="button" onClick={() => dispatch({ type: "apply" })}>
          Apply filters
        </button>
      </div>
    </div>
  );
}
