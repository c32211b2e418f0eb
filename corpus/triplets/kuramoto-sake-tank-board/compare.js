export const COLUMNS = [
  { key: "tank", title: "Tank", field: "tank" },
  { key: "style", title: "Style", field: "style" },
  { key: "rice", title: "Rice", field: "rice" },
  { key: "polish", title: "Polishing", field: "polish" },
  { key: "day", title: "Day", field: "day" },
  { key: "temp", title: "Temp", field: "temp" },
];

export function fieldOf(key) {
  return COLUMNS.find((c) => c.key === key).field;
}

export function sortRows(rows, { key, dir }) {
  const field = fieldOf(key);
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[field];
    const y = b[field];
    const cmp = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
    return sign * cmp;
  });
}

export function nextSort(current, key) {
  if (current.key === key) return { key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { key, dir: "asc" };
}
