export const ZONES = ["Chiller A", "Freezer hall", "Loading dock"];

export const SENSORS = [
  { id: "S-101", zone: "Chiller A", reading: "Temperature 3.1 °C", level: "ok" },
  { id: "S-102", zone: "Chiller A", reading: "Humidity 88%", level: "ok" },
  { id: "S-205", zone: "Freezer hall", reading: "Temperature -16.0 °C", level: "warning" },
  { id: "S-206", zone: "Freezer hall", reading: "Door open 2 min", level: "ok" },
  { id: "S-207", zone: "Freezer hall", reading: "Temperature -9.5 °C", level: "alert" },
  { id: "S-310", zone: "Loading dock", reading: "Temperature 11.2 °C", level: "warning" },
  { id: "S-311", zone: "Loading dock", reading: "Door open 14 min", level: "alert" },
  { id: "S-312", zone: "Loading dock", reading: "Humidity 71%", level: "ok" },
];

const RANK = { ok: 0, warning: 1, alert: 2 };
export const LEVELS = [
  { value: "all", label: "All readings", min: 0 },
  { value: "warning", label: "Warning and above", min: 1 },
  { value: "alert", label: "Alert only", min: 2 },
];

export function applyFilters(sensors, filters) {
  const min = LEVELS.find((l) => l.value === filters.level).min;
  return sensors.filter((s) => filters.zones.includes(s.zone) && RANK[s.level] >= min);
}

export function activeCount(filters) {
  return (filters.zones.length < ZONES.length ? 1 : 0) + (filters.level !== "all" ? 1 : 0);
}
