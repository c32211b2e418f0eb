// "9:15" -> 555 minutes after midnight
export function toMinutes(hhmm) {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

export const COMPARATORS = {
  start: (a, b) => toMinutes(a.start) - toMinutes(b.start),
  duration: (a, b) => a.minutes - b.minutes,
  seats: (a, b) => b.seatsLeft - a.seatsLeft,
};
