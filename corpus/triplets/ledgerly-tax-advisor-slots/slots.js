export const STEP = 30;

export function toMinutes(clock) {
  const [h, m] = clock.split(":").map(Number);
  return h * 60 + m;
}

export function toClock(minutes) {
  const h = String(Math.floor(minutes / 60)).padStart(2, "0");
  const m = String(minutes % 60).padStart(2, "0");
  return h + ":" + m;
}

// Every half hour at which a meeting of `length` minutes fits completely inside a free window.
export function startTimes(windows, length) {
  const out = [];
  for (const [from, to] of windows) {
    const end = toMinutes(to);
    for (let t = toMinutes(from); t + length <= end; t += STEP) out.push(toClock(t));
  }
  return out;
}
