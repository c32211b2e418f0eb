import { useState } from "react";
import LoadCard from "./LoadCard.jsx";
import { STAGES, shift } from "./board.js";

const LOADS = [
  { id: "L1", name: "Stoneware mugs ×24", potter: "Iris", cone: 6, stage: "Queued" },
  { id: "L2", name: "Raku bowls ×6", potter: "Tomasz", cone: "06", stage: "Firing" },
  { id: "L3", name: "Bisque tiles ×40", potter: "Evening class", cone: "04", stage: "Cooling" },
  { id: "L4", name: "Porcelain vases ×3", potter: "Iris", cone: 10, stage: "Queued" },
  { id: "L5", name: "Planters ×8", potter: "Dee", cone: 6, stage: "Done" },
];

function Column({ stage, loads, onShift }) {
  const here = loads.filter((l) => l.stage === stage);
  return (
    <section className="column" aria-labelledby={"col-" + stage}>
      <h2 id={"col-" + stage}>
        {stage} ({here.length})
      </h2>
      {here.length === 0 && <p className="empty">Nothing here</p>}
      {here.map((l) => (
        <LoadCard key={l.id} load={l} first={stage === STAGES[0]} last={stage === STAGES[STAGES.length - 1]} onShift={onShift} />
      ))}
    </section>
  );
}

export default function FiringBoard({ studio = "Kilnworks Studio", kiln = "Kiln 2 (electric, 7 cu ft)" }) {
  const [loads, setLoads] = useState(LOADS);
  const [error, setError] = useState("");

  function onShift(id, step) {
    const result = shift(loads, id, step);
    setLoads(result.loads);
    setError(result.error);
  }

  const done = loads.filter((l) => l.stage === "Done").length;

  return (
    <main className="firing-board">
      <header>
        <h1>Firing board</h1>
        <p>
          {studio} · {kiln}
        </p>
        <p className="progress">
          {done} of {loads.length} loads finished
        </p>
      </header>
      {error && (
        <p role="alert" className="board-error">
          {error}
        </p>
      )}
      <div className="columns">
        {STAGES.map((s) => (
          <Column key={s} stage={s} loads={loads} onShift={onShift} />
        ))}
      </div>
    </main>
  );
}
