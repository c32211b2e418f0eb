import { useState } from "react";
import { VIDEO_PRICE, useBooking } from "../BookingContext.jsx";

export default function PassengerStep() {
  const { booking, update, setStep } = useBooking();
  const [name, setName] = useState(booking.passenger.name);
  const [weight, setWeight] = useState(booking.passenger.weight);
  const [error, setError] = useState("");

  function next() {
    const kg = Number(weight);
    if (!name.trim()) {
      setError("Tell us who is flying");
      return;
    }
    if (!weight || kg < 40 || kg > 110) {
      setError("Passengers must weigh between 40 and 110 kg for the glider's balance");
      return;
    }
    update({ passenger: { name: name.trim(), weight } });
    setStep(3);
  }

  return (
    <fieldset>
      <legend>Who is flying?</legend>
      <label>
        Passenger name
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Body weight (kg)
        <input type="number" value={weight} onChange={(e) => setWeight(e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={booking.video} onChange={(e) => update({ video: e.target.checked })} />
        Add in-flight video (+€{VIDEO_PRICE})
      </label>
      {error && <p className="step-error">{error}</p>}
      <button onClick={() => setStep(1)}>Back</button>
      <button onClick={next}>Next</button>
    </fieldset>
  );
}
