import { useState } from "react";
import { useUndoable } from "./useUndoable.js";

const CROPS = ["Wheat", "Barley", "Oilseed rape", "Beans", "Fallow"];
const LAST_YEAR = ["Wheat", "Barley", "Beans", "Oilseed rape", "Wheat", "Fallow"];
const START = ["Barley", "Wheat", "Wheat", "Wheat", "Beans", "Barley"];

function rotationWarnings(plan) {
  return plan
    .map((crop, i) => (crop !== "Fallow" && crop === LAST_YEAR[i] ? "Field " + (i + 1) + " had " + crop + " last year" : null))
    .filter(Boolean);
}

export default function RotationPlanner({ farm = "Tiller Farm, Long Meadow block", season = "Harvest 2026" }) {
  const plan = useUndoable(START);
  const [brush, setBrush] = useState("Wheat");
  const warnings = rotationWarnings(plan.value);
  const totals = CROPS.map((c) => ({ c, n: plan.value.filter((x) => x === c).length })).filter((t) => t.n > 0);

  function paint(index) {
    if (plan.value[index] === brush) return;
    plan.set(plan.value.map((crop, i) => (i === index ? brush : crop)));
  }

  return (
    <section className="rotation">
      <h1>Crop rotation</h1>
      <p>
        {farm} · {season}
      </p>

      <fieldset className="brush">
        <legend>Crop to plant</legend>
        {CROPS.map((c) => (
          <label key={c}>
            <input type="radio" name="brush" checked={brush === c} onChange={() => setBrush(c)} />
            {c}
          </label>
        ))}
      </fieldset>

      <div className="fields">
        {plan.value.map((crop, i) => (
          <button key={i} type="button" className={"field crop-" + crop.toLowerCase().replace(/\s/g, "-")} onClick={() => paint(i)}>
            {crop}
          </button>
        ))}
      </div>

      <div className="history-buttons">
        <button type="button" onClick={plan.undo} disabled={!plan.canUndo}>
          Undo
        </button>
        <button type="button" onClick={plan.redo} disabled={!plan.canRedo}>
          Redo
        </button>
      </div>

      <p className="totals">{totals.map((t) => t.c + " " + t.n).join(" · ")}</p>
      {warnings.length > 0 && (
        <ul className="warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
