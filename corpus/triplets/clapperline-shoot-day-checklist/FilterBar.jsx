import { FILTERS } from "./useChecklist.js";

export default function FilterBar({ current, counts, onPick }) {
  return (
    <div className="filter-bar" role="group" aria-label="Show">
      {FILTERS.map((f) => (
        <button key={f} type="button" aria-pressed={current === f} onClick={() => onPick(f)}>
          {f} ({counts[f]})
        </button>
      ))}
    </div>
  );
}
