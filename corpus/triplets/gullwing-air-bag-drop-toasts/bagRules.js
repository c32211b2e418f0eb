export const FREE_KG = 23;
export const MAX_KG = 32;
export const MAX_BAGS = 2;
export const EXCESS_FEE = 6000;

export function eur(cents) {
  return "€" + (cents / 100).toFixed(2);
}

// Returns { ok, fee, message, tone } for the next bag.
export function checkBag(kg, bagsSoFar) {
  if (bagsSoFar >= MAX_BAGS) {
    return { ok: false, tone: "error", message: `Only ${MAX_BAGS} bags allowed on this ticket` };
  }
  if (!(kg > 0)) return { ok: false, tone: "error", message: "Enter the bag weight" };
  if (kg > MAX_KG) return { ok: false, tone: "error", message: `Bags over ${MAX_KG} kg cannot be checked in` };
  const n = bagsSoFar + 1;
  if (kg > FREE_KG) {
    return { ok: true, fee: EXCESS_FEE, tone: "warning", message: `Bag ${n} is ${kg.toFixed(1)} kg: ${eur(EXCESS_FEE)} excess fee added` };
  }
  return { ok: true, fee: 0, tone: "info", message: `Bag ${n} tagged - ${kg.toFixed(1)} kg` };
}
