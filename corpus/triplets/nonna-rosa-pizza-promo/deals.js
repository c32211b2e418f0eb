export const DELIVERY_FEE = 499;
export const FOOD_TAX = 0.08; // delivery fee is not taxed

export const ORDER = [
  { name: "Large Margherita", price: 1450, large: true },
  { name: "Large Diavola", price: 1690, large: true },
  { name: "Garlic knots (6)", price: 525, large: false },
];

export function usd(c) {
  return "$" + (c / 100).toFixed(2);
}

function minutes(hhmm) {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

// returns { deal } or { error }
export function redeem(raw, { order, time }) {
  const code = raw.trim().toUpperCase();
  const subtotal = order.reduce((s, i) => s + i.price, 0);
  switch (code) {
    case "":
      return { error: "Type a promo code first" };
    case "FREEDELIVERY":
      if (subtotal < 2000) return { error: "FREEDELIVERY needs an order of $20.00 or more" };
      return { deal: { code, label: "Free delivery", off: 0, freeDelivery: true } };
    case "2LARGE":
      if (order.filter((i) => i.large).length < 2) return { error: "2LARGE needs 2 large pizzas" };
      return { deal: { code, label: "$8 off two large pizzas", off: 800, freeDelivery: false } };
    case "LUNCH": {
      const t = minutes(time);
      if (t < minutes("11:00") || t >= minutes("14:00")) return { error: "LUNCH is valid 11:00–14:00 only" };
      return { deal: { code, label: "Lunch 20% off", off: Math.round(subtotal * 0.2), freeDelivery: false } };
    }
    default:
      return { error: `Sorry, ${code} is not a valid code` };
  }
}

export function bill(order, deal) {
  const subtotal = order.reduce((s, i) => s + i.price, 0);
  const off = deal ? deal.off : 0;
  const delivery = deal && deal.freeDelivery ? 0 : DELIVERY_FEE;
  const tax = Math.round((subtotal - off) * FOOD_TAX);
  return { subtotal, off, delivery, tax, total: subtotal - off + delivery + tax };
}
