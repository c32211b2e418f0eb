import { useState } from "react";
import { BookingProvider, useBooking } from "./BookingContext.jsx";
import FlightStep from "./steps/FlightStep.jsx";
import PassengerStep from "./steps/PassengerStep.jsx";
import ReviewStep from "./steps/ReviewStep.jsx";

const TITLES = { 1: "Flight", 2: "Passenger", 3: "Review" };
const CHECKLIST = ["Photo ID", "Flat shoes", "Sunglasses", "A warm jacket"];

function Wizard() {
  const { step, booking, flight, total } = useBooking();
  const [confirmed, setConfirmed] = useState(false);

  if (confirmed) {
    return (
      <div className="confirmed">
        <h2>See you at the airfield!</h2>
        <p>
          Booked! {flight.name} on {booking.date} for {booking.passenger.name}. Total €{total}
        </p>
      </div>
    );
  }

  return (
    <div className="wizard">
      <header>
        <span className="step-count">
          Step {step} of 3
        </span>
        <span className="step-title">{TITLES[step]}</span>
      </header>
      <ol className="progress">
        {[1, 2, 3].map((n) => (
          <li key={n} aria-current={n === step ? "step" : undefined} className={n < step ? "done" : ""}>
            {TITLES[n]}
          </li>
        ))}
      </ol>
      {step === 1 && <FlightStep />}
      {step === 2 && <PassengerStep />}
      {step === 3 && <ReviewStep onConfirm={() => setConfirmed(true)} />}
    </div>
  );
}

export default function GliderBooking() {
  return (
    <main>
      <h1>SkyHop Gliding Club - book a passenger flight</h1>
      <p className="intro">
        Flights leave from Hangar 2 at Wexcombe airfield. Bring flat shoes and a jacket; the cockpit is cooler
        than it looks from the ground.
      </p>
      <BookingProvider>
        <Wizard />
      </BookingProvider>
      <aside className="bring">
        <h3>What to bring</h3>
        <ul>
          {CHECKLIST.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </aside>
      <footer>
        <small>Weather permitting. Cancelled flights are moved free of charge.</small>
      </footer>
    </main>
  );
}
