import { QuoteProvider, useQuote } from "./quoteContext.jsx";
import HoursStepper from "./HoursStepper.jsx";
import { PLACEMENTS, STYLES, sessionPrice, zl } from "./pricing.js";

function StylePicker() {
  const { style, setStyle } = useQuote();
  return (
    <div className="field">
      <label htmlFor="style">Style</label>
      <select id="style" value={style} onChange={(e) => setStyle(e.target.value)}>
        {STYLES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} – {s.hourly} zł/h
          </option>
        ))}
      </select>
    </div>
  );
}

function PlacementPicker() {
  const { placement, setPlacement } = useQuote();
  return (
    <fieldset>
      <legend>Placement</legend>
      {PLACEMENTS.map((p) => (
        <label key={p.id}>
          <input
            type="radio"
            name="placement"
            checked={placement === p.id}
            onChange={() => setPlacement(p.id)}
          />
          {p.name}
        </label>
      ))}
    </fieldset>
  );
}

function Summary() {
  const { style, placement, hours } = useQuote();
  const { price, deposit } = sessionPrice(style, placement, hours);
  return (
    <div className="summary">
      <p>
        Session estimate: <b className="price">{zl(price)}</b>
      </p>
      <p>
        Deposit to book (30%, rounded up): <b className="deposit">{zl(deposit)}</b>
      </p>
      <p className="fine-print">The deposit is deducted from the final price. Non-refundable within 48 h.</p>
    </div>
  );
}

const ARTISTS = [
  { name: "Ola", speciality: "fine line and botanicals" },
  { name: "Marek", speciality: "blackwork and ornamental" },
  { name: "Zuza", speciality: "colour realism" },
];

function Artists() {
  return (
    <section className="artists">
      <h3>Our resident artists</h3>
      <ul>
        {ARTISTS.map((a) => (
          <li key={a.name}>
            {a.name} – {a.speciality}
          </li>
        ))}
      </ul>
      <p className="aftercare">Aftercare balm and film are included in every session.</p>
    </section>
  );
}

export default function TattooQuote({ studio = "Atrament Studio Kraków" }) {
  return (
    <QuoteProvider>
      <main className="tattoo-quote">
        <h1>{studio}</h1>
        <h2>Get a session estimate</h2>
        <StylePicker />
        <PlacementPicker />
        <HoursStepper />
        <Summary />
        <Artists />
      </main>
    </QuoteProvider>
  );
}
