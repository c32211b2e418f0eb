import { useBooking } from "../BookingContext.jsx";

export default function ReviewStep({ onConfirm }) {
  const { booking, flight, total, setStep } = useBooking();
  return (
    <section>
      <h2>Check your booking</h2>
      <ul className="review">
        <li>
          {flight.name} on {booking.date}
        </li>
        <li>Passenger: {booking.passenger.name}</li>
        {booking.video && <li>In-flight video</li>}
      </ul>
      <p className="total">Total: €{total}</p>
      <button onClick={() => setStep(2)}>Back</button>
      <button onClick={onConfirm}>Confirm booking</button>
    </section>
  );
}
