import { createContext, useContext, useState } from "react";

export const FLIGHTS = [
  { id: "trial", name: "Trial flight", minutes: 20, price: 95 },
  { id: "soaring", name: "Extended soaring", minutes: 45, price: 160 },
  { id: "aero", name: "Aerobatic taster", minutes: 15, price: 140 },
];
export const DATES = ["Sat 14 June", "Sun 15 June", "Sat 21 June"];
export const VIDEO_PRICE = 25;

const BookingContext = createContext(null);

export function BookingProvider({ children }) {
  const [step, setStep] = useState(1);
  const [booking, setBooking] = useState({
    flightId: "trial",
    date: DATES[0],
    passenger: { name: "", weight: "" },
    video: false,
  });
  const update = (patch) => setBooking((b) => ({ ...b, ...patch }));
  return (
    <BookingContext.Provider value={{ step, setStep, booking, update }}>{children}</BookingContext.Provider>
  );
}

export function useBooking() {
  const value = useContext(BookingContext);
  const flight = FLIGHTS.find((f) => f.id === value.booking.flightId);
  const total = flight.price + (value.booking.video ? VIDEO_PRICE : 0);
  return { ...value, flight, total };
}
