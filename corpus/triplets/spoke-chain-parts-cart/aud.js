export function aud(cents) {
  return "$" + (cents / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// Prices include GST (10%), so the GST share of a total is 1/11 of it.
export function gstIncluded(totalCents) {
  return Math.round(totalCents / 11);
}

export const FREE_SHIPPING_FROM = 30000;

export function shippingFor(postcode, subtotal) {
  if (!postcode) return null;
  const pc = Number(postcode);
  const zone = pc >= 3000 && pc <= 3207 ? "metro" : "regional";
  const fee = subtotal >= FREE_SHIPPING_FROM ? 0 : zone === "metro" ? 995 : 1495;
  return { zone, fee };
}
