export const CONDITIONS = [
  { id: "dry", label: "Dry" },
  { id: "muddy", label: "Muddy" },
  { id: "snow", label: "Snow / ice" },
  { id: "closed", label: "Closed section" },
];

export function conditionLabel(id) {
  const found = CONDITIONS.find((c) => c.id === id);
  return found ? found.label : "no reports";
}
