export const TABLES = Array.from({ length: 12 }, (_, i) => {
  const n = i + 1;
  return { n, seats: n <= 4 ? 2 : n <= 8 ? 4 : 6, front: n <= 4 };
});
export const SOLD_TABLES = [2, 7, 11];
export const FRONT_PRICE = 380; // per person, 2 drinks included
export const PRICE = 280;
export const SERVICE = 0.1;

export function hkd(n) {
  return "HK$" + n.toLocaleString("en-HK", { maximumFractionDigits: 0 });
}

export function tableQuote(table, guests) {
  const perHead = table.front ? FRONT_PRICE : PRICE;
  const tickets = perHead * guests;
  const service = Math.round(tickets * SERVICE);
  return { perHead, tickets, service, total: tickets + service };
}

export function fits(table, guests) {
  return table.seats >= guests;
}
