export const PLANS = [
  { id: "monthly", name: "Monthly", price: 8900, note: "unlimited classes, cancel monthly" },
  { id: "tencard", name: "10-class card", price: 15000, note: "valid 6 months" },
  { id: "annual", name: "Annual", price: 89000, note: "paid upfront" },
];

export const PROMOS = {
  WELCOME10: { percent: 10, plans: ["monthly"], text: "10% off your first month" },
  FRIEND25: { amount: 2500, plans: ["monthly", "tencard", "annual"], text: "€ 25,00 off – bring-a-friend" },
  ANNUAL50: { amount: 5000, plans: ["annual"], text: "€ 50,00 off the annual plan" },
};

export function validate(code, planId) {
  const promo = PROMOS[code];
  if (!promo) return "Unknown code";
  if (!promo.plans.includes(planId)) return "Code not valid for this plan";
  return "";
}

export function discount(code, plan) {
  const promo = code ? PROMOS[code] : null;
  if (!promo) return 0;
  if (promo.percent) return Math.round((plan.price * promo.percent) / 100);
  return Math.min(promo.amount, plan.price);
}

// Austrian style: € 1.234,56
export function eur(cents) {
  const [i, d] = (cents / 100).toFixed(2).split(".");
  return "€ " + i.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + "," + d;
}
