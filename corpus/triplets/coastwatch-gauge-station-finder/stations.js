// Latest reading per gauge, metres above chart datum.
export const STATIONS = [
  { code: "ABD", name: "Aberdeen", level: 2.84, trend: "rising" },
  { code: "DOV", name: "Dover", level: 4.12, trend: "falling" },
  { code: "HOL", name: "Holyhead", level: 3.37, trend: "rising" },
  { code: "ILF", name: "Ilfracombe", level: 6.05, trend: "falling" },
  { code: "LER", name: "Lerwick", level: 1.21, trend: "steady" },
  { code: "LOW", name: "Lowestoft", level: 1.68, trend: "rising" },
  { code: "NEW", name: "Newlyn", level: 3.9, trend: "falling" },
  { code: "NSH", name: "North Shields", level: 3.02, trend: "rising" },
  { code: "PTR", name: "Portrush", level: 1.45, trend: "steady" },
  { code: "SHE", name: "Sheerness", level: 4.76, trend: "falling" },
  { code: "WHI", name: "Whitby", level: 2.58, trend: "rising" },
];

export const MAX_RECENT = 3;

export function findStations(stations, text) {
  const q = text.trim().toLowerCase();
  if (!q) return stations;
  return stations.filter((s) => s.name.toLowerCase().includes(q) || s.code.toLowerCase() === q);
}

export function formatLevel(m) {
  return (m >= 0 ? "+" : "") + m.toFixed(2) + " m";
}
