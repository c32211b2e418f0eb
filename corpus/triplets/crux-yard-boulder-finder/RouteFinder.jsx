import { useState } from "react";
import { BOULDERS, GRADES, WALLS } from "./routes.js";

const ALL = { min: 0, max: GRADES.length - 1, wall: "All" };

function GradeSelect({ name, label, defaultValue }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={defaultValue}>
        {GRADES.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function RouteFinder({ boulders = BOULDERS }) {
  const [applied, setApplied] = useState(ALL);
  const [error, setError] = useState("");

  function apply(event) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const min = GRADES.indexOf(data.get("min"));
    const max = GRADES.indexOf(data.get("max"));
    if (min > max) {
      setError("Min grade cannot be above max grade");
      return;
    }
    setError("");
    setApplied({ min, max, wall: data.get("wall") });
  }

  function clear(event) {
    event.currentTarget.form.reset();
    setError("");
    setApplied(ALL);
  }

  const shown = boulders.filter(
    (b) => b.grade >= applied.min && b.grade <= applied.max && (applied.wall === "All" || b.wall === applied.wall)
  );

  return (
    <div className="crux">
      <h1>Crux Yard - current boulders</h1>
      <p>Reset on Tuesdays: the Cave gets new problems this week.</p>

      <form onSubmit={apply} className="route-filters">
        <GradeSelect name="min" label="Min grade" defaultValue="V0" />
        <GradeSelect name="max" label="Max grade" defaultValue="V10" />
        <label>
          Wall
          <select name="wall" defaultValue="All">
            <option value="All">All walls</option>
            {WALLS.map((w) => (
              <option key={w}>{w}</option>
            ))}
          </select>
        </label>
        <button type="submit">Apply filters</button>
        <button type="button" onClick={clear}>
          Clear
        </button>
        {error && <span className="error">{error}</span>}
      </form>

      <h2>Routes ({shown.length})</h2>
      <ul className="boulders">
        {shown.map((b) => (
          <li key={b.name}>
            <span className="boulder-name">{b.name}</span> <b>{GRADES[b.grade]}</b> - {b.wall}, {b.colour} holds, set by{" "}
            {b.setter}
          </li>
        ))}
      </ul>
    </div>
  );
}
