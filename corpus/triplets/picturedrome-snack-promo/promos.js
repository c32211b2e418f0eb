export const SNACKS = [
  { id: "popcorn", name: "Large popcorn", price: 650, qty: 2, food: true },
  { id: "nachos", name: "Nachos with cheese", price: 575, qty: 1, food: true },
  { id: "cola", name: "Cola (large)", price: 420, qty: 2, food: false },
];

// today is fixed by the screen (box office date), codes are case-insensitive
export const CODES = {
  POPCORN2: { kind: "bogof", item: "popcorn", label: "Second large popcorn free", expires: "2025-12-31" },
  STUDENT15: { kind: "percent", rate: 0.15, foodOnly: true, label: "Student 15% off food", expires: "2025-12-31" },
  SUMMER24: { kind: "percent", rate: 0.2, foodOnly: false, label: "Summer 20%", expires: "2024-08-31" },
};

export function normalise(code) {
  return code.trim().toUpperCase();
}

export function checkCode(raw, today) {
  const code = normalise(raw);
  if (!code) return { error: "Enter a promo code" };
  const promo = CODES[code];
  if (!promo) return { error: "We don't recognise that code" };
  if (promo.expires < today) return { error: `This code expired on ${promo.expires}` };
  return { code, promo };
}

export function discountFor(promo, snacks) {
  if (!promo) return 0;
  if (promo.kind === "bogof") {
    const s = snacks.find((x) => x.id === promo.item);
    return Math.floor(s.qty / 2) * s.price;
  }
  const base = snacks.filter((s) => !promo.foodOnly || s.food).reduce((sum, s) => sum + s.price * s.qty, 0);
  return Math.round(base * promo.rate);
}

export function pounds(p) {
  return "£" + (p / 100).toFixed(2);
}
