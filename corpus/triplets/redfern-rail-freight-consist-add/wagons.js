export const WAGON_TYPES = [
  { code: "HTA", name: "HTA hopper", maxTonnes: 75 },
  { code: "IIA", name: "IIA tank", maxTonnes: 62 },
  { code: "FEA", name: "FEA flat", maxTonnes: 70 },
];

export function checkLoad(typeName, tonnes) {
  const type = WAGON_TYPES.find((t) => t.name === typeName);
  if (!Number.isFinite(tonnes) || tonnes < 0) return "Enter the load in tonnes";
  if (tonnes > type.maxTonnes) return `${type.name} max load is ${type.maxTonnes} t`;
  return null;
}
