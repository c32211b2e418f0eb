export const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

// A rental is charged per 24 h: pick-up on the 10th, return on the 13th = 3 days.
export function rentalDays(start, end) {
  return end - start;
}

export function rentalPrice(days, daily) {
  const base = days * daily;
  return days >= 7 ? Math.round(base * 85) / 100 : base;
}

export function shortDate(year, month, day) {
  const wd = WEEKDAYS[new Date(year, month, day).getDay()];
  return wd + " " + day + " " + MONTH_NAMES[month];
}
