import { createContext, useContext, useState } from "react";

export const ROUTES = [
  { id: "yk-ed", label: "York to Edinburgh", adultFare: 38.4 },
  { id: "yk-nc", label: "York to Newcastle", adultFare: 21.6 },
];
export const DATES = ["Fri 12 Sep", "Sat 13 Sep", "Sun 14 Sep"];

const TripContext = createContext(null);

export function TripProvider({ children }) {
  const [step, setStep] = useState(1);
  const [trip, setTrip] = useState({ route: "yk-ed", date: DATES[0], adults: 1, children: 0 });
  const patch = (p) => setTrip((t) => ({ ...t, ...p }));
  return <TripContext.Provider value={{ step, setStep, trip, patch }}>{children}</TripContext.Provider>;
}

export function useTrip() {
  return useContext(TripContext);
}

// GroupSave: 3 to 9 adults travelling together get a third off the adult fares.
export function fareFor(trip) {
  const route = ROUTES.find((r) => r.id === trip.route);
  const adults = route.adultFare * trip.adults;
  const kids = route.adultFare * 0.5 * trip.children;
  const groupSave = trip.adults >= 3 && trip.adults <= 9;
  const total = groupSave ? (adults * 2) / 3 + kids : adults + kids;
  return { groupSave, total: Math.round(total * 100) / 100 };
}
