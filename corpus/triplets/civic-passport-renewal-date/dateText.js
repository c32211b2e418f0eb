const pad = (n) => String(n).padStart(2, "0");

export function toDisplay(year, month, day) {
  return pad(day) + "/" + pad(month + 1) + "/" + year;
}

// "14/04/2026" -> { year, month (0-based), day }, or null when the text is not DD/MM/YYYY
export function parseDisplay(text) {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  return { day: Number(m[1]), month: Number(m[2]) - 1, year: Number(m[3]) };
}

export function isSunday(year, month, day) {
  return new Date(year, month, day).getDay() === 0;
}

export function checkDate({ year, month, day }, openYear, openMonth) {
  const last = new Date(openYear, openMonth + 1, 0).getDate();
  if (year !== openYear || month !== openMonth || day < 1 || day > last) {
    return "Only dates in April 2026 can be booked.";
  }
  if (isSunday(year, month, day)) return "Offices are closed on Sundays.";
  return "";
}
