export const BASKET = [
  { isbn: "9780000000011", title: "The Salt Road", format: "paperback", price: 1899 },
  { isbn: "9780000000028", title: "Winter Orchard", format: "paperback", price: 1650 },
  { isbn: "9780000000035", title: "A Map of Small Hours", format: "paperback", price: 2100 },
  { isbn: "9780000000042", title: "Tidal Atlas", format: "hardcover", price: 3200 },
];

export const SHIPPING = 695;
export const FREE_SHIPPING_FROM = 7500;

// gift vouchers on file (balance in cents)
export const VOUCHERS = { "MB-4821-XK": 5000, "MB-1177-QP": 10000 };
export const VOUCHER_FORMAT = /^MB-\d{4}-[A-Z]{2}$/;

export function cad(c) {
  return "CA$" + (c / 100).toFixed(2);
}

// READMORE: 3 for 2 on paperbacks, the cheapest of each three is free
export function threeForTwo(items) {
  const prices = items
    .filter((i) => i.format === "paperback")
    .map((i) => i.price)
    .sort((a, b) => a - b);
  const free = Math.floor(prices.length / 3);
  return prices.slice(0, free).reduce((s, p) => s + p, 0);
}

export function checkoutTotals(items, promo, voucherBalance) {
  const subtotal = items.reduce((s, i) => s + i.price, 0);
  const discount = promo ? threeForTwo(items) : 0;
  const afterDiscount = subtotal - discount;
  const shipping = afterDiscount >= FREE_SHIPPING_FROM ? 0 : SHIPPING;
  const total = afterDiscount + shipping;
  const voucherUsed = Math.min(voucherBalance, total);
  return { subtotal, discount, shipping, total, voucherUsed, toPay: total - voucherUsed, remains: voucherBalance - voucherUsed };
}
