export const MACHINES = [
  { id: "kx057", name: "Kubota KX057-5 mini excavator", price: 84500 },
  { id: "arx26", name: "Ammann ARX 26 roller", price: 42900 },
  { id: "mt625", name: "Manitou MT 625 telehandler", price: 61200 },
];
export const INTEREST = 4.9; // % p.a.
export const INSURANCE_MONTHLY = 0.0008; // of the machine price
export const MWST = 0.081;

const r2 = (x) => Math.round(x * 100) / 100;

export function leaseRate(price, residualPct, months) {
  const r = INTEREST / 100 / 12;
  const residual = (price * residualPct) / 100;
  const presentResidual = residual / Math.pow(1 + r, months);
  return r2(((price - presentResidual) * r) / (1 - Math.pow(1 + r, -months)));
}

export function monthly({ price, residualPct, months, insured }) {
  const rate = leaseRate(price, residualPct, months);
  const insurance = insured ? r2(price * INSURANCE_MONTHLY) : 0;
  const net = r2(rate + insurance);
  const vat = r2(net * MWST);
  return { rate, insurance, net, vat, total: r2(net + vat), residual: (price * residualPct) / 100 };
}

export function chf(x) {
  const [whole, cents] = x.toFixed(2).split(".");
  return "CHF " + whole.replace(/\B(?=(\d{3})+(?!\d))/g, "'") + "." + cents;
}
