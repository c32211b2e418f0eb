export const PLANS = [
  { id: "monthly", tab: "Monthly", pence: 4200, per: "month", perks: ["Pool 6:00-21:00", "2 guest passes a year"] },
  { id: "annual", tab: "Annual", pence: 42000, per: "year", perks: ["Pool 6:00-21:00", "6 guest passes a year", "Free locker"] },
  { id: "offpeak", tab: "Off-peak", pence: 2950, per: "month", perks: ["Pool 10:00-16:00 weekdays", "Weekends after 17:00"] },
];

export const SAUNA_MONTHLY = 800;
export const CONCESSION = 0.25;

export function gbp(pence) {
  return "£" + (pence / 100).toFixed(2);
}

export function price(plan, { sauna, concession }) {
  const extra = sauna ? (plan.per === "year" ? SAUNA_MONTHLY * 10 : SAUNA_MONTHLY) : 0;
  const full = plan.pence + extra;
  return Math.round(concession ? full * (1 - CONCESSION) : full);
}

export function annualSaving() {
  const monthly = PLANS.find((p) => p.id === "monthly");
  const annual = PLANS.find((p) => p.id === "annual");
  return monthly.pence * 12 - annual.pence;
}
