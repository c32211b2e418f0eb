import { useState } from "react";
import TinSpinner from "./TinSpinner.jsx";
import { litresNeeded, ringgit, tinPrice } from "./paintMath.js";

const COLOURS = ["Kapur White", "Pandan Green", "Teh Tarik Beige", "Monsoon Grey"];

export default function PaintCalculator({ product = "Dulang Silk Emulsion" }) {
  const [area, setArea] = useState("78");
  const [coats, setCoats] = useState(2);
  const [colour, setColour] = useState(COLOURS[0]);
  const [big, setBig] = useState(0);
  const [small, setSmall] = useState(0);

  const m2 = Number(area) || 0;
  const needed = litresNeeded(m2, coats);
  const selected = big * 5 + small;
  const enough = selected >= needed;

  return (
    <main className="paint-calc">
      <h1>Dulang Paints · how much do I need?</h1>
      <p>
        {product} · {colour}
      </p>

      <label htmlFor="area">Wall area (m²)</label>
      <input id="area" inputMode="decimal" value={area} onChange={(e) => setArea(e.target.value)} />

      <label htmlFor="coats">Coats</label>
      <select id="coats" value={coats} onChange={(e) => setCoats(Number(e.target.value))}>
        <option value={1}>1 coat</option>
        <option value={2}>2 coats</option>
        <option value={3}>3 coats</option>
      </select>

      <label htmlFor="colour">Colour</label>
      <select id="colour" value={colour} onChange={(e) => setColour(e.target.value)}>
        {COLOURS.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>

      <p className="needed">You need {needed.toFixed(1)} L</p>

      <p className="hint">Focus a counter and use ↑ / ↓ (PgUp / PgDn for 5, Home to reset).</p>
      <TinSpinner label="5 L tins" value={big} onChange={setBig} />
      <TinSpinner label="1 L tins" value={small} onChange={setSmall} />

      <p className="selected">
        Selected: {selected} L
      </p>
      {selected > 0 && (
        <p className={enough ? "ok" : "warning"}>
          {enough ? `Enough for ${coats} coats` : `Not enough paint for ${coats} coats`}
        </p>
      )}
      <p className="price">
        Price: <strong>{ringgit(tinPrice(big, small))}</strong>
      </p>
      <small>3 or more 5 L tins: 8% off the 5 L tins.</small>

      <section className="extras">
        <h2>You may also need</h2>
        <ul>
          <li>Roller set 9" with tray – RM 32.90</li>
          <li>Masking tape 48 mm – RM 8.50</li>
          <li>Drop sheet 4 × 5 m – RM 14.00</li>
        </ul>
        <p>Tins are tinted in store; please allow 10 minutes per tin.</p>
      </section>
    </main>
  );
}
