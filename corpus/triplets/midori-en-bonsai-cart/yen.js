export function yen(amount) {
  return "¥" + Math.trunc(amount).toLocaleString("en-US");
}

export const TAX_RATE = 0.1;
export const SHIPPING = 800;
export const FREE_SHIPPING_FROM = 10000;

// Consumption tax is computed once on the whole order and rounded down.
export function orderTotals(lines) {
  const subtotal = lines.reduce((sum, l) => sum + l.item.price * l.qty, 0);
  const tax = Math.floor(subtotal * TAX_RATE);
  const shipping = subtotal === 0 || subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING;
  return { subtotal, tax, shipping, total: subtotal + tax + shipping };
}
