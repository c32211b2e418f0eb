export function toSeconds(mmss) {
  const [m, s] = mmss.split(":").map(Number);
  return m * 60 + s;
}

export function clock(totalSeconds) {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return [h, m, s].map((n) => String(n).padStart(2, "0")).join(":");
}

// On-air time of each segment when the hour starts at `startHour`.
export function onAirTimes(segments, startHour) {
  let t = startHour * 3600;
  return segments.map((seg) => {
    const at = clock(t);
    t += toSeconds(seg.length);
    return at;
  });
}
