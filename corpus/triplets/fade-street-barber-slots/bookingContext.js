import { createContext } from "react";

// barber: "any" or a barber id; time: "HH:MM" or null; setTime(time)
export const BookingContext = createContext({ barber: "any", time: null, setTime: () => {} });
