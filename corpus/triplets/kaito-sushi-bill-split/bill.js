export const ORDER = [
  { dish: "Omakase nigiri set", price: 4800, qty: 2 },
  { dish: "Otoro (2 pcs)", price: 2200, qty: 1 },
  { dish: "Miso soup", price: 400, qty: 2 },
  { dish: "Sake (tokkuri)", price: 1200, qty: 1 },
  { dish: "Matcha ice cream", price: 650, qty: 1 },
];

export const SERVICE = 0.1;
export const TAX = 0.1;

export function yen(n) {
  return "¥" + n.toLocaleString("ja-JP");
}

export function settle(order, { privateRoom, people, roundTo100 }) {
  const food = order.reduce((s, o) => s + o.price * o.qty, 0);
  const service = privateRoom ? Math.floor(food * SERVICE) : 0;
  const tax = Math.floor((food + service) * TAX);
  const total = food + service + tax;
  let each = Math.ceil(total / people);
  if (roundTo100) each = Math.ceil(each / 100) * 100;
  return { food, service, tax, total, each, extra: each * people - total };
}
