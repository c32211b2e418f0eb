import { useState } from "react";
import WagonDialog from "./WagonDialog.jsx";
import { WAGON_TYPES } from "./wagons.js";

const CONSIST = [
  { number: "600 214", type: "HTA hopper", tonnes: 74 },
  { number: "600 230", type: "HTA hopper", tonnes: 72 },
  { number: "640 087", type: "FEA flat", tonnes: 24 },
];

export default function ConsistBuilder({ train = "6M41 Tunstead - Wellingborough", initial = CONSIST }) {
  const [wagons, setWagons] = useState(initial);
  const [adding, setAdding] = useState(false);
  const tonnes = wagons.reduce((sum, w) => sum + w.tonnes, 0);

  function addWagon(wagon) {
    setWagons((list) => [...list, wagon]);
    setAdding(false);
  }

  function removeLast() {
    setWagons((list) => list.slice(0, -1));
  }

  return (
    <main className="consist">
      <h1>Redfern Rail Freight - consist for {train}</h1>
      <p className="consist-total">
        {wagons.length} wagons, {tonnes} t
      </p>
      <ol className="wagons">
        {wagons.map((w) => (
          <li key={w.number}>
            <span className="num">{w.number}</span> <span className="type">{w.type}</span>{" "}
            <span className="load">{w.tonnes} t</span>
          </li>
        ))}
      </ol>
      <div className="buttons">
        <button type="button" onClick={() => setAdding(true)}>
          Add wagon
        </button>
        <button type="button" onClick={removeLast} disabled={wagons.length === 0}>
          Remove last wagon
        </button>
      </div>
      <section className="limits">
        <h2>Maximum load per wagon type</h2>
        <ul>
          {WAGON_TYPES.map((t) => (
            <li key={t.code}>
              {t.name}: {t.maxTonnes} t
            </li>
          ))}
        </ul>
      </section>
      {adding && <WagonDialog onAdd={addWagon} onClose={() => setAdding(false)} />}
      <p className="footnote">Trailing load limit for this path: 1,600 t. Brake test after every change.</p>
    </main>
  );
}
