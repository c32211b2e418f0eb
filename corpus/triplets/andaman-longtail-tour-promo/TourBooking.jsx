import { useState } from "react";
import Counter from "./Counter.jsx";
import { DATES, TOURS, baht, parkFee, promo, tourPrice } from "./tourRules.js";

export default function TourBooking({ today = "2025-11-20" }) {
  const [tourId, setTourId] = useState("islands");
  const [date, setDate] = useState(DATES[0]);
  const [adults, setAdults] = useState(2);
  const [children, setChildren] = useState(1);
  const [input, setInput] = useState("");
  const [code, setCode] = useState("");
  const [error, setError] = useState("");

  const tour = TOURS[tourId];
  const ctx = { tour, adults, children, today, date };
  const price = tourPrice(tour, adults, children);
  const result = code ? promo(code, ctx) : { off: 0 };
  const off = result.off || 0;

  function apply() {
    const c = input.trim().toUpperCase();
    const r = promo(c, ctx);
    if (r.error) {
      setError(r.error);
      setCode("");
    } else {
      setError("");
      setCode(c);
    }
  }

  return (
    <div className="tour-booking">
      <h1>Andaman Longtail Tours · Ao Nang</h1>

      <label htmlFor="tour">Tour</label>
      <select id="tour" value={tourId} onChange={(e) => setTourId(e.target.value)}>
        {Object.entries(TOURS).map(([id, t]) => (
          <option key={id} value={id}>
            {t.name}
          </option>
        ))}
      </select>

      <label htmlFor="date">Date</label>
      <select id="date" value={date} onChange={(e) => setDate(e.target.value)}>
        {DATES.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>

      <Counter label="Adults" value={adults} min={1} onChange={setAdults} />
      <Counter label="Children" value={children} min={0} onChange={setChildren} />

      <div className="promo">
        <label htmlFor="promo">Promo code</label>
        <input id="promo" value={input} onChange={(e) => setInput(e.target.value)} />
        <button onClick={apply}>Apply</button>
        {error && <p className="error">{error}</p>}
      </div>

      <table className="price">
        <tbody>
          <tr>
            <td>Tour price</td>
            <td id="tour-price">{baht(price)}</td>
          </tr>
          {off > 0 && (
            <tr>
              <td>Promo {code}</td>
              <td id="promo-off">-{baht(off)}</td>
            </tr>
          )}
          <tr>
            <td>Pay now</td>
            <td id="pay-now">{baht(price - off)}</td>
          </tr>
          <tr>
            <td>National park fee (cash on the boat)</td>
            <td id="park-fee">{baht(parkFee(adults, children))}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
