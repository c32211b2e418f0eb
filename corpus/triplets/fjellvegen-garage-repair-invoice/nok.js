// Norwegian format: kr 1 234,50
export function nok(ore) {
  const neg = ore < 0;
  const abs = Math.abs(Math.round(ore));
  const kroner = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return (neg ? "- " : "") + "kr " + kroner + "," + String(abs % 100).padStart(2, "0");
}

export const ENV_FEE = 9500;
export const MVA = 0.25;
export const REGULAR_DISCOUNT = 0.1; // parts only

export function lineTotal(line) {
  return Math.round(line.qty * line.unit);
}

export function repairTotals(lines, regular) {
  const approved = lines.filter((l) => l.approved);
  const labour = approved.filter((l) => l.type === "labour").reduce((s, l) => s + lineTotal(l), 0);
  const parts = approved.filter((l) => l.type === "part").reduce((s, l) => s + lineTotal(l), 0);
  const discount = regular ? Math.round(parts * REGULAR_DISCOUNT) : 0;
  const net = labour + parts - discount + ENV_FEE;
  const mva = Math.round(net * MVA);
  return { labour, parts, discount, net, mva, total: net + mva };
}
