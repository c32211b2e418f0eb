// Vinaterra 100-point scale: 50 base points plus weighted stars.
export const ASPECTS = [
  { id: "aroma", label: "Aroma", weight: 4 },
  { id: "palate", label: "Palate", weight: 4 },
  { id: "finish", label: "Finish", weight: 2 },
];

export function points(scores) {
  return ASPECTS.reduce((sum, a) => sum + scores[a.id] * a.weight, 50);
}

export function medalFor(total) {
  if (total >= 92) return "Gold";
  if (total >= 86) return "Silver";
  if (total >= 80) return "Bronze";
  return "No medal";
}
