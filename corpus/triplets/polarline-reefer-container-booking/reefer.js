// Polarline reefer desk: cargo temperature windows and lane rates (USD per 40ft reefer).
export const COMMODITIES = [
  { id: "bananas", name: "Bananas", min: 13, max: 14.5 },
  { id: "fish", name: "Frozen fish", min: -25, max: -18 },
  { id: "pharma", name: "Pharmaceuticals", min: 2, max: 8, genset: true },
];

export const PORTS_FROM = ["Rotterdam", "Antwerp"];
export const PORTS_TO = ["Santos", "Durban"];

const RATES = {
  "Rotterdam-Santos": 4200,
  "Rotterdam-Durban": 3650,
  "Antwerp-Santos": 4350,
  "Antwerp-Durban": 3800,
};

export const GENSET = 350;

export function checkTemperature(commodity, raw) {
  const t = Number(raw);
  const window = `${commodity.name.toLowerCase()} ship between ${commodity.min} and ${commodity.max} °C`;
  if (raw.trim() === "" || Number.isNaN(t)) return `Set temperature: ${window}`;
  if (t < commodity.min || t > commodity.max) return `Out of range: ${window}`;
  return "";
}

export function quoteFor(commodity, route) {
  const lane = RATES[`${route.from}-${route.to}`] * route.containers;
  const genset = commodity.genset ? GENSET * route.containers : 0;
  return { lane, genset, total: lane + genset };
}

export function usd(n) {
  return "USD " + n.toLocaleString("en-US");
}
