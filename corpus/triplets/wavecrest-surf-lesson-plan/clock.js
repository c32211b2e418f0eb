export function addMinutes(hhmm, minutes) {
  const [h, m] = hhmm.split(":").map(Number);
  const total = h * 60 + m + minutes;
  return String(Math.floor(total / 60)).padStart(2, "0") + ":" + String(total % 60).padStart(2, "0");
}

// Start time of every drill, one after the other.
export function startTimes(drills, first) {
  const out = [];
  let elapsed = 0;
  for (const d of drills) {
    out.push(addMinutes(first, elapsed));
    elapsed += d.minutes;
  }
  return out;
}
