const eur = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });

export function euro(cents) {
  return eur.format(cents / 100);
}

export const PRODUCTS = [
  { id: "roggen", name: "Roggenbrot 750 g", price: 420 },
  { id: "croissant", name: "Buttercroissant", price: 125 },
  { id: "bienenstich", name: "Bienenstich (Stück)", price: 290 },
  { id: "brezel", name: "Laugenbrezel", price: 95 },
];

export const DELIVERY_FEE = 350;
export const FREE_DELIVERY_FROM = 2500;

export function deliveryFee(subtotal, mode) {
  if (mode !== "lieferung" || subtotal === 0) return 0;
  return subtotal >= FREE_DELIVERY_FROM ? 0 : DELIVERY_FEE;
}
