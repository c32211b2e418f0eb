export const MIN_KG = 0.1;
export const MAX_KG = 120;

export function parseKg(text) {
  const clean = String(text).trim().replace(",", ".");
  if (!/^\d+(\.\d)?$/.test(clean)) return null;
  const kg = Number(clean);
  if (kg < MIN_KG || kg > MAX_KG) return null;
  return kg;
}

export function step(text, by) {
  const kg = Number(String(text).replace(",", ".")) || 0;
  const next = Math.round((kg + by) * 10) / 10;
  return String(Math.max(MIN_KG, next).toFixed(1));
}

export function delta(now, before) {
  const d = Math.round((now - before) * 10) / 10;
  if (d === 0) return "no change since last visit";
  return (d > 0 ? "+" : "") + d.toFixed(1) + " kg since last visit";
}
