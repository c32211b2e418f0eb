export const ADD_ONS = [
  { id: "nails", label: "Nail trim", price: 1500 },
  { id: "teeth", label: "Teeth brushing", price: 1200 },
  { id: "deshed", label: "De-shedding treatment", price: 2500 },
];
export const MATTED_FEE = 2000;
export const CURLY_FEE = 1500;
export const HST = 0.13;

export function sizeBand(kg) {
  if (kg < 10) return { size: "small", price: 5500 };
  if (kg < 25) return { size: "medium", price: 7000 };
  return { size: "large", price: 9000 };
}

export function cad(cents) {
  return "$" + (cents / 100).toFixed(2);
}

export function groomQuote({ kg, coat, addOns, matted }) {
  const band = sizeBand(kg);
  const coatFee = coat === "curly" ? CURLY_FEE : 0;
  const extras = ADD_ONS.filter((a) => addOns.includes(a.id)).reduce((s, a) => s + a.price, 0);
  const subtotal = band.price + coatFee + extras + (matted ? MATTED_FEE : 0);
  const hst = Math.round(subtotal * HST);
  return { size: band.size, subtotal, hst, total: subtotal + hst };
}
