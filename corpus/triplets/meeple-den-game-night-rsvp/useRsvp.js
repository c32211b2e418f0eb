import { useState } from "react";

export function useRsvp(initialCounts, capacity) {
  const [answer, setAnswer] = useState(null);
  const [guest, setGuestState] = useState(false);

  const counts = { ...initialCounts };
  if (answer) counts[answer] += 1;
  const guestSeat = guest && answer === "yes" ? 1 : 0;
  const seatsLeft = Math.max(0, capacity - counts.yes - guestSeat);

  function choose(key) {
    setAnswer(key);
    if (key !== "yes") setGuestState(false);
  }

  return { counts, answer, guest, seatsLeft, choose, setGuest: setGuestState };
}
