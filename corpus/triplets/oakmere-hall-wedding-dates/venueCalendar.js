const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function daysOf(year, month) {
  const count = new Date(year, month + 1, 0).getDate();
  return Array.from({ length: count }, (_, i) => new Date(year, month, i + 1));
}

function iso(date) {
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return date.getFullYear() + "-" + m + "-" + d;
}

export function isBooked(booked, date) {
  return booked.includes(iso(date));
}

export function priceFor(date) {
  const d = date.getDay();
  if (d === 6) return 6800;
  if (d === 5 || d === 0) return 5400;
  return 4200;
}

export function pounds(n) {
  return "£" + n.toLocaleString("en-GB");
}

export function longDate(date) {
  return DAY_NAMES[date.getDay()] + " " + date.getDate() + " " + MONTHS[date.getMonth()] + " " + date.getFullYear();
}
