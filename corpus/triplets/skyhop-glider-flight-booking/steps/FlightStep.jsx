import { DATES, FLIGHTS, useBooking } from "../BookingContext.jsx";

export default function FlightStep() {
  const { booking, update, setStep } = useBooking();
  return (
    <fieldset>
      <legend>Choose your flight</legend>
      {FLIGHTS.map((f) => (
        <label key={f.id} className="flight-option">
          <input
            type="radio"
            name="flight"
            checked={booking.flightId === f.id}
            onChange={() => update({ flightId: f.id })}
          />
          {f.name} ({f.minutes} min) - €{f.price}
        </label>
      ))}
      <label>
        Date
        <select value={booking.date} onChange={(e) => update({ date: e.target.value })}>
          {DATES.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </label>
      <button onClick={() => setStep(2)}>Next</button>
    </fieldset>
  );
}
