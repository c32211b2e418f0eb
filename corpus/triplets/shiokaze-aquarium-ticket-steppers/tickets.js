export const TYPES = [
  { id: "adult", name: "Adult", price: 2800, guardian: true },
  { id: "student", name: "High-school student", price: 1800, guardian: true },
  { id: "child", name: "Child (6–12)", price: 1200, guardian: false },
  { id: "preschool", name: "Preschool (3–5)", price: 600, guardian: false },
];
export const MAX_TICKETS = 10;
export const GROUP_FROM = 8; // 8 or more tickets: group rate
export const GROUP_OFF = 0.1;

export function yen(n) {
  return "¥" + n.toLocaleString("en-US");
}

export function summarise(counts) {
  const tickets = TYPES.reduce((n, t) => n + counts[t.id], 0);
  const gross = TYPES.reduce((s, t) => s + t.price * counts[t.id], 0);
  const group = tickets >= GROUP_FROM ? Math.round(gross * GROUP_OFF) : 0;
  const guardians = TYPES.filter((t) => t.guardian).reduce((n, t) => n + counts[t.id], 0);
  const unaccompanied = tickets > 0 && guardians === 0;
  return { tickets, gross, group, total: gross - group, unaccompanied };
}
