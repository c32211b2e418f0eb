import { useReducer } from "react";
import FilterDrawer from "./FilterDrawer.jsx";
import { SENSORS, ZONES, activeCount, applyFilters } from "./sensors.js";

const DEFAULT_FILTERS = { zones: ZONES, level: "all" };

function reducer(state, action) {
  switch (action.type) {
    case "open":
      return { ...state, open: true };
    case "toggle-zone": {
      const has = state.draft.zones.includes(action.zone);
      const zones = has ? state.draft.zones.filter((z) => z !== action.zone) : [...state.draft.zones, action.zone];
      return { ...state, draft: { ...state.draft, zones } };
    }
    case "level":
      return { ...state, draft: { ...state.draft, level: action.level } };
    case "apply":
      return { ...state, open: false, applied: state.draft };
    case "reset":
      return { ...state, applied: DEFAULT_FILTERS, draft: DEFAULT_FILTERS };
    case "cancel":
      return { ...state, open: false, draft: state.applied };
    default:
      return state;
  }
}

export default function SensorList({ sensors = SENSORS }) {
  const [state, dispatch] = useReducer(reducer, {
    open: false,
    applied: DEFAULT_FILTERS,
    draft: DEFAULT_FILTERS,
  });
  const shown = applyFilters(sensors, state.applied);
  const active = activeCount(state.applied);

  return (
    <div className="coldstore">
      <header>
        <h1>Fernhollow Cold Store - sensors</h1>
        <button type="button" onClick={() => dispatch({ type: "open" })}>
          {active ? `Filters (${active})` : "Filters"}
        </button>
      </header>
      <p className="showing">
        Showing {shown.length} of {sensors.length} sensors
      </p>
      {active > 0 && (
        <button type="button" className="link" onClick={() => dispatch({ type: "reset" })}>
          Reset filters
        </button>
      )}
      <ul>
        {shown.map((s) => (
          <li key={s.id} className={"level-" + s.level}>
            <b>{s.id}</b> {s.zone} - {s.reading}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p>No sensor matches these filters.</p>}
      {state.open && <FilterDrawer draft={state.draft} dispatch={dispatch} />}
    </div>
  );
}
