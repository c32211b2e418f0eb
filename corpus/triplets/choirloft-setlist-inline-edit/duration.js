const PATTERN = /^\d{1,2}:[0-5]\d$/;

export function isDuration(text) {
  return PATTERN.test(text.trim());
}

export function toSeconds(text) {
  const [m, s] = text.split(":").map(Number);
  return m * 60 + s;
}

export function formatSeconds(total) {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m + ":" + String(s).padStart(2, "0");
}
