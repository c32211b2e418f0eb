import { useState } from "react";
import { BOOKED, SEAT_COUNT, fareFor, isWindow, rupees } from "./fare.js";

const ROWS = Array.from({ length: SEAT_COUNT / 4 }, (_, r) => [1, 2, 3, 4].map((c) => r * 4 + c));

export default function BusSeats({ route = "Pune (Swargate) → Panaji", departs = "Fri 21:45" }) {
  const [passengers, setPassengers] = useState(2);
  const [seats, setSeats] = useState([]);
  const [done, setDone] = useState(false);

  function pick(n) {
    setDone(false);
    setSeats((current) => {
      if (current.includes(n)) return current.filter((s) => s !== n);
      const next = [...current, n];
      // more seats than passengers: give back the seat picked first
      return next.length > passengers ? next.slice(1) : next;
    });
  }

  function changePassengers(value) {
    setPassengers(value);
    setSeats((current) => current.slice(0, value));
    setDone(false);
  }

  const f = fareFor(seats);
  const missing = passengers - seats.length;

  return (
    <div className="bus-seats">
      <h1>Sahyadri Travels · AC Sleeper-Seater</h1>
      <p>
        {route} · departs {departs}
      </p>

      <label htmlFor="pax">Passengers</label>
      <select id="pax" value={passengers} onChange={(e) => changePassengers(Number(e.target.value))}>
        {[1, 2, 3, 4].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>

      <div className="deck">
        <div className="driver">Driver</div>
        {ROWS.map((row, i) => (
          <div className="bus-row" key={i}>
            {row.map((n, j) => (
              <span key={n} className={j === 1 ? "pair-end" : undefined}>
                <button
                  className={isWindow(n) ? "seat window" : "seat"}
                  disabled={BOOKED.includes(n)}
                  aria-pressed={seats.includes(n)}
                  onClick={() => pick(n)}
                >
                  {n}
                </button>
              </span>
            ))}
          </div>
        ))}
      </div>
      <p className="legend">Window seats +{rupees(100)} · grey seats are booked</p>

      <div className="fare-box">
        <p data-testid="chosen">{seats.length ? "Seats " + seats.join(", ") : "No seats chosen"}</p>
        <p data-testid="fare">Fare {rupees(f.fare)}</p>
        <p data-testid="gst">GST 5% {rupees(f.gst)}</p>
        <p data-testid="total">Total {rupees(f.total)}</p>
      </div>

      {missing > 0 && <p className="missing">Pick {missing} more {missing === 1 ? "seat" : "seats"}</p>}
      <button disabled={missing !== 0} onClick={() => setDone(true)}>
        Continue to passenger details
      </button>
      {done && <p role="status">Seats {seats.join(", ")} held for 10 minutes</p>}
    </div>
  );
}
