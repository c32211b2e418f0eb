export const ITEMS = [
  { id: "canapes", name: "Canapé selection (per guest)", price: 950, food: true },
  { id: "dinner", name: "Three-course dinner (per guest)", price: 4200, food: true },
  { id: "staff", name: "Waiting staff (per hour)", price: 1850, food: false },
  { id: "glass", name: "Glassware hire (per 10)", price: 600, food: false },
];

export const SERVICE_ON_FOOD = 0.1;
export const VAT = 0.2;

export function gbp(pence) {
  const s = (Math.abs(pence) / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (pence < 0 ? "-£" : "£") + s;
}

export function eventTotals(lines, depositPaid) {
  let food = 0;
  let other = 0;
  for (const l of lines) {
    const item = ITEMS.find((i) => i.id === l.id);
    if (item.food) food += item.price * l.qty;
    else other += item.price * l.qty;
  }
  const service = Math.round(food * SERVICE_ON_FOOD);
  const net = food + other + service;
  const vat = Math.round(net * VAT);
  const total = net + vat;
  return { service, net, vat, total, balance: total - depositPaid };
}
