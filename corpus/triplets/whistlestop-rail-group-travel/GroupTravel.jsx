import { useState } from "react";
import GroupStep from "./GroupStep.jsx";
import { DATES, ROUTES, TripProvider, fareFor, useTrip } from "./TripContext.jsx";

const LABELS = ["Journey", "Group", "Review"];

function JourneyStep() {
  const { trip, patch, setStep } = useTrip();
  return (
    <div className="step">
      <label htmlFor="ws-route">Route</label>
      <select id="ws-route" value={trip.route} onChange={(e) => patch({ route: e.target.value })}>
        {ROUTES.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
      <label htmlFor="ws-date">Travel date</label>
      <select id="ws-date" value={trip.date} onChange={(e) => patch({ date: e.target.value })}>
        {DATES.map((d) => (
          <option key={d}>{d}</option>
        ))}
      </select>
      <button onClick={() => setStep(2)}>Continue</button>
    </div>
  );
}

function Review() {
  const { trip, setStep } = useTrip();
  const [booked, setBooked] = useState(false);
  const route = ROUTES.find((r) => r.id === trip.route);
  const fare = fareFor(trip);
  if (booked) return <p className="booked">Tickets held for 30 minutes - pay at the next screen.</p>;
  return (
    <div className="step review">
      <p>
        {route.label}, {trip.date}
      </p>
      <p>
        {trip.adults} adults, {trip.children} children
      </p>
      {fare.groupSave && <p className="groupsave">GroupSave: a third off adult fares</p>}
      <p className="total">Total £{fare.total.toFixed(2)}</p>
      <button onClick={() => setStep(2)}>Back</button>
      <button onClick={() => setBooked(true)}>Hold tickets</button>
    </div>
  );
}

function Steps() {
  const { step } = useTrip();
  return (
    <>
      <p className="progress">
        Step {step} of 3: {LABELS[step - 1]}
      </p>
      {step === 1 && <JourneyStep />}
      {step === 2 && <GroupStep />}
      {step === 3 && <Review />}
    </>
  );
}

export default function GroupTravel() {
  return (
    <TripProvider>
      <main className="group-travel">
        <h1>Whistlestop Rail - group tickets</h1>
        <p>Travelling with friends or family? Three or more adults save a third with GroupSave.</p>
        <Steps />
      </main>
    </TripProvider>
  );
}
