export function fToC(f) {
  return ((f - 32) * 5) / 9;
}

export function cToF(c) {
  return (c * 9) / 5 + 32;
}

// ranges in °C, inclusive
export const STAGES = [
  { name: "Protein rest", from: 45, to: 55 },
  { name: "Beta amylase (dry beer)", from: 60, to: 65.9 },
  { name: "Alpha amylase (full body)", from: 66, to: 72 },
  { name: "Mash out", from: 75, to: 78 },
];

export function stageFor(c) {
  const t = Math.round(c * 10) / 10;
  if (t >= 100) return "Boil";
  const s = STAGES.find((st) => t >= st.from && t <= st.to);
  return s ? s.name : "Between rests";
}
