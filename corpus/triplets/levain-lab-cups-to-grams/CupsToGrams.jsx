import { useState } from "react";
import { INGREDIENTS, UNITS, formatGrams, parseAmount, toGrams } from "./density.js";

export default function CupsToGrams({ school = "Levain Lab baking school" }) {
  const [history, setHistory] = useState([]);
  const [error, setError] = useState("");

  function convert(e) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const raw = String(data.get("amount"));
    const amount = parseAmount(raw);
    if (!Number.isFinite(amount) || amount <= 0) {
      setError("Use numbers like 1, 0.5 or 2 1/2");
      return;
    }
    const ingredient = INGREDIENTS.find((i) => i.id === data.get("ingredient"));
    const unit = String(data.get("unit"));
    const grams = toGrams(amount, unit, ingredient);
    setError("");
    setHistory((h) => [`${raw.trim()} ${UNITS[unit].label} ${ingredient.name} = ${formatGrams(grams)}`, ...h].slice(0, 5));
  }

  return (
    <main className="cups-to-grams">
      <h1>{school}</h1>
      <h2>US cups → grams</h2>
      <p>Our recipes are written in grams. Paste the amounts from an American recipe here.</p>

      <form onSubmit={convert}>
        <label htmlFor="amount">Amount</label>
        <input id="amount" name="amount" defaultValue="1" />

        <label htmlFor="unit">Unit</label>
        <select id="unit" name="unit" defaultValue="cup">
          {Object.entries(UNITS).map(([id, u]) => (
            <option key={id} value={id}>
              {u.label}
            </option>
          ))}
        </select>

        <label htmlFor="ingredient">Ingredient</label>
        <select id="ingredient" name="ingredient" defaultValue="bread-flour">
          {INGREDIENTS.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>

        <button type="submit">Convert</button>
      </form>

      {error && <p className="error">{error}</p>}

      <ol className="history" aria-label="Conversions">
        {history.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
      {history.length === 0 && <p className="empty">No conversions yet</p>}
      <p className="tip">Tip: weigh salt and yeast, a teaspoon is never the same twice.</p>

      <table className="equivalents">
        <caption>Handy equivalents</caption>
        <tbody>
          <tr>
            <td>1 stick of butter</td>
            <td>113 g</td>
          </tr>
          <tr>
            <td>1 large egg (without shell)</td>
            <td>50 g</td>
          </tr>
          <tr>
            <td>1 packet of instant yeast</td>
            <td>7 g</td>
          </tr>
        </tbody>
      </table>
    </main>
  );
}
