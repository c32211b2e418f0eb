import QuoteTable from "./QuoteTable.jsx";
import useWeddingQuote from "./useWeddingQuote.js";

const INCLUDED = [
  "Exclusive use of the barn and walled garden from 11:00 to midnight",
  "Ceremony room licensed for up to 150 guests",
  "Tables, chairs, linen and fairy-light canopy",
  "Dedicated wedding coordinator on the day",
];

const DAYS = [
  { id: "saturday", label: "Saturday (peak)" },
  { id: "friSun", label: "Friday or Sunday" },
  { id: "weekday", label: "Monday – Thursday" },
];

export default function WeddingQuote({ venue = "Hawthorn Barn" }) {
  const q = useWeddingQuote();

  return (
    <main className="wedding-quote">
      <h1>{venue} · wedding package estimate</h1>
      <p>All prices include VAT. Service charge applies to food only.</p>

      <fieldset>
        <legend>Day of the week</legend>
        {DAYS.map((d) => (
          <label key={d.id}>
            <input type="radio" name="day" checked={q.day === d.id} onChange={() => q.setDay(d.id)} />
            {d.label}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor="day-guests">Day guests</label>
        <input
          id="day-guests"
          type="number"
          min="0"
          value={q.dayGuests}
          onChange={(e) => q.setDayGuests(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="evening-guests">Evening-only guests</label>
        <input
          id="evening-guests"
          type="number"
          min="0"
          value={q.eveningGuests}
          onChange={(e) => q.setEveningGuests(e.target.value)}
        />
      </div>

      {q.error ? (
        <p role="alert" className="error">
          {q.error}
        </p>
      ) : (
        <QuoteTable quote={q.quote} />
      )}

      <section className="included">
        <h2>Every package includes</h2>
        <ul>
          {INCLUDED.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <p className="small-print">
        Estimate only – our events team confirms every quote within two working days.
      </p>
      <p className="contact">
        Open viewing evenings every first Thursday · events@hawthornbarn.example · 01632 960 412
      </p>
    </main>
  );
}
