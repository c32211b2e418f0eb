export const REAGENTS = [
  { sku: "HX-TAQ500", name: "Taq DNA polymerase (500 U)", price: 18900, cold: true, min: 1, step: 1, max: 10 },
  { sku: "HX-DNTP10", name: "dNTP mix 10 mM (1 mL)", price: 6450, cold: true, min: 1, step: 1, max: 20 },
  { sku: "HX-AGR100", name: "Agarose, molecular grade (100 g)", price: 11200, cold: false, min: 1, step: 1, max: 10 },
  { sku: "HX-TIP200", name: "Pipette tips 200 µL (rack of 96)", price: 980, cold: false, min: 10, step: 5, max: 100 },
  { sku: "HX-ETBR10", name: "Ethidium bromide 10 mg/mL", price: 5800, cold: false, min: 1, step: 1, max: 2, hazmat: true },
];
export const COLD_CHAIN_FEE = 4500;
export const GST = 0.09;

export function sgd(cents) {
  return "S$" + (cents / 100).toLocaleString("en-SG", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function orderTotals(rows) {
  const subtotal = rows.reduce((s, r) => s + r.item.price * r.qty, 0);
  const coldChain = rows.some((r) => r.qty > 0 && r.item.cold) ? COLD_CHAIN_FEE : 0;
  const gst = Math.round((subtotal + coldChain) * GST);
  return { subtotal, coldChain, gst, total: subtotal + coldChain + gst };
}
