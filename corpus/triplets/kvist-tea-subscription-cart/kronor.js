// Swedish format: 1 234,50 kr
export function kr(ore) {
  const neg = ore < 0;
  const abs = Math.abs(ore);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  const frac = String(abs % 100).padStart(2, "0");
  return (neg ? "-" : "") + whole + "," + frac + " kr";
}

export const GIFT_WRAP = 2900;
export const SUBSCRIBER_RATE = 0.15;

export function teaTotals(lines, subscribed) {
  const subtotal = lines.reduce((s, l) => s + l.price * l.qty, 0);
  const wrap = lines.filter((l) => l.wrap).length * GIFT_WRAP;
  const discount = subscribed ? Math.round(subtotal * SUBSCRIBER_RATE) : 0;
  return { subtotal, wrap, discount, total: subtotal + wrap - discount };
}
