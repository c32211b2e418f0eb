import { useState } from "react";
import { dayPrice, julyDays, label, KIT_PER_GUEST } from "./charterPrices.js";

const BOAT = { name: "MV Curlew", skipper: "Skipper Morwenna Tregear", harbour: "Blakeney Quay", maxGuests: 8 };
const NO_SAILING = [8, 9, 23];

export default function CharterCalendar({ boat = BOAT, noSailing = NO_SAILING }) {
  const [day, setDay] = useState(null);
  const [guests, setGuests] = useState(4);
  const [kit, setKit] = useState(false);

  const days = julyDays();
  const lead = (days[0].getDay() + 6) % 7;
  const base = day ? dayPrice(days[day - 1]) : 0;
  const extras = kit ? guests * KIT_PER_GUEST : 0;

  return (
    <div className="charter">
      <h1>Charter {boat.name}</h1>
      <p>
        {boat.skipper} - departs {boat.harbour} - up to {boat.maxGuests} guests
      </p>

      <h2>July 2026</h2>
      <div className="charter-grid">
        {Array.from({ length: lead }, (_, i) => (
          <span key={"x" + i} className="gap" />
        ))}
        {days.map((date) => {
          const d = date.getDate();
          const blocked = noSailing.includes(d);
          return (
            <button
              key={d}
              className={d === day ? "day picked" : "day"}
              disabled={blocked}
              title={blocked ? "No sailing - neap tide" : undefined}
              onClick={() => setDay(d)}
            >
              <span className="num">{d}</span>
              <span className="price">{blocked ? "-" : "£" + dayPrice(date)}</span>
            </button>
          );
        })}
      </div>

      <label htmlFor="guests">Guests</label>
      <select id="guests" value={guests} onChange={(e) => setGuests(Number(e.target.value))}>
        {Array.from({ length: boat.maxGuests }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>

      <label className="kit">
        <input type="checkbox" checked={kit} onChange={(e) => setKit(e.target.checked)} />
        Fishing kit (£{KIT_PER_GUEST} per guest)
      </label>

      {day ? (
        <div className="booking-summary">
          <p className="picked-day">
            {label(days[day - 1])} - £{base}
          </p>
          <p className="charter-total">Total £{base + extras}</p>
        </div>
      ) : (
        <p className="picked-day">Pick a sailing day</p>
      )}
    </div>
  );
}
