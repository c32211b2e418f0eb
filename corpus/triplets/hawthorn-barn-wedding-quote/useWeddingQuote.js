import { useMemo, useState } from "react";
import { MIN_DAY_GUESTS, weddingQuote } from "./quoteRules.js";

export default function useWeddingQuote() {
  const [day, setDay] = useState("saturday");
  const [dayGuests, setDayGuests] = useState("80");
  const [eveningGuests, setEveningGuests] = useState("0");

  const parsed = { day, dayGuests: parseInt(dayGuests, 10) || 0, eveningGuests: parseInt(eveningGuests, 10) || 0 };
  const error = parsed.dayGuests < MIN_DAY_GUESTS ? `Minimum of ${MIN_DAY_GUESTS} day guests` : "";
  const quote = useMemo(() => (error ? null : weddingQuote(parsed)), [day, dayGuests, eveningGuests, error]);

  return { day, setDay, dayGuests, setDayGuests, eveningGuests, setEveningGuests, error, quote };
}
