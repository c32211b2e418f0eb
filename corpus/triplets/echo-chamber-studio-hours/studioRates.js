export const HOURS = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
export const ENGINEER_PER_HOUR = 20;
const EVENING_FROM = 18;

export function rateFor(hour) {
  return hour >= EVENING_FROM ? 60 : 45;
}

export function label(hour) {
  return String(hour).padStart(2, "0") + ":00";
}
