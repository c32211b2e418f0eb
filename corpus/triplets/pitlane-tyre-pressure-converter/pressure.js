export const BAR_PER_PSI = 0.0689476;
export const LOW_BAR = 1.8;
export const HIGH_BAR = 3.5;

export function toBar(value, unit) {
  if (unit === "psi") return value * BAR_PER_PSI;
  if (unit === "kpa") return value / 100;
  return value;
}

export function allUnits(bar) {
  return {
    psi: (bar / BAR_PER_PSI).toFixed(1) + " psi",
    bar: bar.toFixed(2) + " bar",
    kpa: Math.round(bar * 100) + " kPa",
  };
}

export function warningFor(bar) {
  const b = Math.round(bar * 100) / 100;
  if (b < LOW_BAR) return "Too low for most passenger cars";
  if (b > HIGH_BAR) return "Above 3.5 bar – check the maximum on the tyre sidewall";
  return "";
}
