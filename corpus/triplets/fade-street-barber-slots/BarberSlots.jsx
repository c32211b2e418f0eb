import { useState } from "react";
import { BookingContext } from "./bookingContext.js";
import SlotGrid from "./SlotGrid.jsx";
import { SERVICES, TIMES, BARBERS, barberFor } from "./shopData.js";

export default function BarberSlots({ day = "Saturday 17 May", shop = "Fade Street Barbers, Deansgate" }) {
  const [barber, setBarber] = useState("any");
  const [serviceId, setServiceId] = useState("fade");
  const [time, setTime] = useState(null);
  const [booked, setBooked] = useState(null);
  const [notes, setNotes] = useState("");

  const service = SERVICES.find((s) => s.id === serviceId);

  function chooseBarber(id) {
    setBarber(id);
    setTime(null);
  }

  function confirm() {
    const who = barberFor(barber, time);
    setBooked(service.name + " with " + who.name + " at " + time + ", £" + service.price);
    if (notes.trim()) setNotes(notes.trim());
  }

  if (booked) {
    return (
      <div className="barber done">
        <h1>See you {day}!</h1>
        <p className="booked">Booked: {booked}</p>
        {notes && <p className="notes">Your note: {notes}</p>}
        <p>Running late? Call the shop on 0161 496 0882.</p>
      </div>
    );
  }

  return (
    <BookingContext.Provider value={{ barber, time, setTime }}>
      <div className="barber">
        <h1>{shop}</h1>
        <p className="day">{day}</p>

        <label htmlFor="service">Service</label>
        <select id="service" value={serviceId} onChange={(e) => setServiceId(e.target.value)}>
          {SERVICES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} - {s.minutes} min - £{s.price}
            </option>
          ))}
        </select>

        <fieldset className="barbers">
          <legend>Barber</legend>
          {[{ id: "any", name: "Any barber" }, ...BARBERS].map((b) => (
            <label key={b.id}>
              <input type="radio" name="barber" checked={barber === b.id} onChange={() => chooseBarber(b.id)} />
              {b.name}
            </label>
          ))}
        </fieldset>

        <SlotGrid times={TIMES} />

        <p className="selection">{time ? "Selected: " + time : "No time selected"}</p>
        <textarea
          placeholder="Anything your barber should know? (e.g. grade 1 on the sides)"
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          rows={2}
        />
        <button disabled={!time} onClick={confirm}>
          Confirm booking
        </button>
      </div>
    </BookingContext.Provider>
  );
}
