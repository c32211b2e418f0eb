const FIELDS = {
  age: (w) => w.ageDays,
  weight: (w) => w.kg,
  name: (w) => w.name,
};

export function sortWheels(wheels, key, dir) {
  const pick = FIELDS[key];
  const sorted = [...wheels].sort((a, b) => {
    const x = pick(a);
    const y = pick(b);
    const cmp = typeof x === "string" ? x.localeCompare(y, "fr") : x - y;
    return dir === "desc" ? -cmp : cmp;
  });
  return sorted;
}

export function formatAge(days) {
  if (days < 60) return days + " days";
  return Math.round(days / 30) + " months";
}

export function formatKg(kg) {
  return kg.toFixed(1).replace(".", ",") + " kg";
}
