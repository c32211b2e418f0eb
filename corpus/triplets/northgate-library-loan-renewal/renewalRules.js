export const MAX_EXTENSION = 14;
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function addDays(date, n) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + n);
}

// A new due date must be after the current one, at most MAX_EXTENSION days later, and not a Sunday.
export function allowed(due, date) {
  const last = addDays(due, MAX_EXTENSION);
  return date > due && date <= last && date.getDay() !== 0;
}

export function fmt(date) {
  return DAYS[date.getDay()] + " " + date.getDate() + " " + MONTHS[date.getMonth()] + " " + date.getFullYear();
}

export function novemberCells() {
  const offset = (new Date(2025, 10, 1).getDay() + 6) % 7;
  const days = Array.from({ length: 30 }, (_, i) => new Date(2025, 10, i + 1));
  return [...Array(offset).fill(null), ...days];
}
