import { useState } from "react";
import QuoteResult from "./QuoteResult.jsx";
import { flyerQuote, volumeDiscount } from "./tarief.js";

const QUANTITIES = [100, 250, 500, 1000];
const LEVERING = [
  "Standaard: binnen 3 werkdagen bezorgd",
  "Spoed: vandaag vóór 12:00 besteld, morgen in huis",
  "Afhalen kan aan de Havenstraat 12 in Harlingen",
];

export default function FlyerQuote({ shop = "Drukkerij De Walvis" }) {
  const [result, setResult] = useState(null);

  function handleSubmit(event) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      format: data.get("format"),
      qty: Number(data.get("qty")),
      paper: data.get("paper"),
      doubleSided: data.get("double") === "on",
      rush: data.get("rush") === "on",
    };
    setResult({ input, quote: flyerQuote(input) });
  }

  return (
    <main>
      <h1>{shop} · flyers bestellen</h1>
      <form onSubmit={handleSubmit}>
        <label htmlFor="format">Formaat</label>
        <select id="format" name="format" defaultValue="A5">
          <option value="A6">A6</option>
          <option value="A5">A5</option>
          <option value="A4">A4</option>
        </select>

        <label htmlFor="qty">Oplage</label>
        <select id="qty" name="qty" defaultValue="250">
          {QUANTITIES.map((q) => (
            <option key={q} value={q}>
              {q} stuks{volumeDiscount(q) > 0 ? ` (−${Math.round(volumeDiscount(q) * 100)}%)` : ""}
            </option>
          ))}
        </select>

        <fieldset>
          <legend>Papier</legend>
          <label>
            <input type="radio" name="paper" value="135" defaultChecked /> 135 g/m² silk
          </label>
          <label>
            <input type="radio" name="paper" value="250" /> 250 g/m² silk
          </label>
        </fieldset>

        <label>
          <input type="checkbox" name="double" /> Dubbelzijdig bedrukt
        </label>
        <label>
          <input type="checkbox" name="rush" /> Spoedlevering (+ € 15,00)
        </label>

        <button type="submit">Prijs berekenen</button>
      </form>

      {result ? (
        <QuoteResult quote={result.quote} qty={result.input.qty} format={result.input.format} />
      ) : (
        <p className="hint">Kies uw opties en klik op Prijs berekenen.</p>
      )}

      <section className="levering">
        <h2>Levering</h2>
        <ul>
          {LEVERING.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
        <p className="klein">Alle prijzen in euro. Drukproef per e-mail binnen twee uur na bestelling.</p>
      </section>
    </main>
  );
}
