export const SCENTS = ["Fig & cedar", "Sea salt", "Smoked vanilla", "Wild mint", "Bonfire night", "Rhubarb"];
export const MAX_SCENTS = 3;
export const FREQUENCIES = [
  { id: "monthly", label: "Every month", price: 24 },
  { id: "bimonthly", label: "Every 2 months", price: 26 },
  { id: "quarterly", label: "Every 3 months", price: 28 },
];
export const GIFT_WRAP = 3.5;

export function perBox(frequencyId, wrap) {
  const f = FREQUENCIES.find((x) => x.id === frequencyId);
  return f.price + (wrap ? GIFT_WRAP : 0);
}

// Launch offer: the first box is half price, rounded to the penny.
export function firstBox(price) {
  return Math.round(price * 50) / 100;
}

export function gbp(n) {
  return "£" + n.toFixed(2);
}
