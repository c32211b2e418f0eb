export const PANEL_WATTS = 410;
export const PRICE_PER_WATT = 2.85;
export const BATTERY_PRICE = 9800;
export const TAX_CREDIT = 0.3;
export const RATE_PER_KWH = 0.16;
export const YIELD = { south: 1350, eastwest: 1150, north: 900 }; // kWh per kW per year

export function estimate({ panels, roof, battery }) {
  const watts = panels * PANEL_WATTS;
  const panelCost = Math.round(watts * PRICE_PER_WATT * 100) / 100;
  const gross = panelCost + (battery ? BATTERY_PRICE : 0);
  const credit = Math.round(gross * TAX_CREDIT * 100) / 100;
  const net = gross - credit;
  const kwh = Math.round((watts / 1000) * YIELD[roof]);
  const savings = Math.round(kwh * RATE_PER_KWH * 100) / 100;
  return { kw: watts / 1000, gross, credit, net, kwh, savings, payback: net / savings };
}

export function dollars(n) {
  return "$" + n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
