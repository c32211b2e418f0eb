export const KIT_PER_GUEST = 12;
const PEAK_FROM = 20; // school holidays start Monday 20 July
const SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function julyDays() {
  return Array.from({ length: 31 }, (_, i) => new Date(2026, 6, i + 1));
}

export function dayPrice(date) {
  const weekend = date.getDay() === 0 || date.getDay() === 6;
  const base = weekend ? 520 : 380;
  return date.getDate() >= PEAK_FROM ? base + 60 : base;
}

export function label(date) {
  return SHORT[date.getDay()] + " " + date.getDate() + " July 2026";
}
