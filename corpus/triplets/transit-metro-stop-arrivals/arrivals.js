export function sortByMinutes(arrivals) {
  return [...arrivals].sort((a, b) => a.minutes - b.minutes);
}

export function dueLabel(minutes) {
  if (minutes <= 0) return "Due";
  return minutes === 1 ? "1 min" : minutes + " min";
}
