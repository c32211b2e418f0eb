import { createContext, useContext, useState } from "react";

const TripContext = createContext(null);

export function TripProvider({ children }) {
  const [trip, setTrip] = useState({ from: null, to: null });
  const value = {
    ...trip,
    setFrom: (dock) => setTrip((t) => ({ ...t, from: dock })),
    setTo: (dock) => setTrip((t) => ({ ...t, to: dock })),
  };
  return <TripContext.Provider value={value}>{children}</TripContext.Provider>;
}

export const useTrip = () => useContext(TripContext);
