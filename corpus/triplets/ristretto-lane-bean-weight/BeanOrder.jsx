import { useState } from "react";
import { BULK_FROM, GRINDS, MAX_GRAMS, MIN_GRAMS, ORIGINS, STEP, aud, beanPrice, weightLabel } from "./beans.js";

function WeightStepper({ grams, onChange }) {
  return (
    <div className="weight">
      <button aria-label="Less coffee" disabled={grams <= MIN_GRAMS} onClick={() => onChange(Math.max(MIN_GRAMS, grams - STEP))}>
        −
      </button>
      <span className="grams">{weightLabel(grams)}</span>
      <button aria-label="More coffee" disabled={grams >= MAX_GRAMS} onClick={() => onChange(Math.min(MAX_GRAMS, grams + STEP))}>
        +
      </button>
    </div>
  );
}

const RATIOS = [
  { method: "Espresso", ratio: "1 : 2" },
  { method: "Pour over", ratio: "1 : 16" },
  { method: "Cold brew", ratio: "1 : 8" },
];

export default function BeanOrder({ roaster = "Ristretto Lane Roasters" }) {
  const [originId, setOriginId] = useState("huila");
  const [grams, setGrams] = useState(MIN_GRAMS);
  const [grind, setGrind] = useState(GRINDS[0]);
  const [added, setAdded] = useState(null);

  const origin = ORIGINS.find((o) => o.id === originId);
  const price = beanPrice(origin, grams);

  return (
    <main className="bean-order">
      <h1>{roaster}</h1>
      <p>Roasted on Mondays in Collingwood. Bags ship within two days of roasting.</p>

      <fieldset>
        <legend>Single origin</legend>
        {ORIGINS.map((o) => (
          <label key={o.id}>
            <input type="radio" name="origin" checked={o.id === originId} onChange={() => setOriginId(o.id)} />
            {o.name}
            <small> – {o.notes}</small>
          </label>
        ))}
      </fieldset>

      <p>Bag size</p>
      <WeightStepper grams={grams} onChange={setGrams} />
      {grams >= BULK_FROM ? (
        <p className="bulk">Bulk price: 10% off from 1 kg</p>
      ) : (
        <p className="bulk-hint">Order 1 kg or more and save 10%</p>
      )}

      <label htmlFor="grind">Grind</label>
      <select id="grind" value={grind} onChange={(e) => setGrind(e.target.value)}>
        {GRINDS.map((g) => (
          <option key={g}>{g}</option>
        ))}
      </select>

      <p className="price">
        Price: <strong>{aud(price)}</strong>
      </p>
      <button onClick={() => setAdded({ name: origin.name, weight: weightLabel(grams), grind, price })}>Add to bag</button>
      <section className="ratios">
        <h2>Brew ratios we like</h2>
        <ul>
          {RATIOS.map((r) => (
            <li key={r.method}>
              {r.method}: {r.ratio}
            </li>
          ))}
        </ul>
      </section>
      {added && (
        <p role="status">
          Added {added.weight} {added.name} ({added.grind}) – {aud(added.price)}
        </p>
      )}
    </main>
  );
}
