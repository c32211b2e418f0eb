export const STYLES = [
  { id: "fine", name: "Fine line", hourly: 350 },
  { id: "black", name: "Blackwork", hourly: 400 },
  { id: "colour", name: "Colour realism", hourly: 480 },
];

export const PLACEMENTS = [
  { id: "limb", name: "Arm / leg", surcharge: 0 },
  { id: "ribs", name: "Ribs / sternum (+20%)", surcharge: 0.2 },
  { id: "hand", name: "Hand / neck (+15%)", surcharge: 0.15 },
];

export const DEPOSIT_SHARE = 0.3;

export function sessionPrice(styleId, placementId, hours) {
  const style = STYLES.find((s) => s.id === styleId);
  const place = PLACEMENTS.find((p) => p.id === placementId);
  const price = Math.round(style.hourly * hours * (1 + place.surcharge) * 100) / 100;
  // deposit: 30%, rounded up to the next 10 zł
  const deposit = Math.ceil((price * DEPOSIT_SHARE) / 10) * 10;
  return { price, deposit };
}

export function zl(amount) {
  const [whole, frac] = amount.toFixed(2).split(".");
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ") + "," + frac + " zł";
}

export function hoursLabel(h) {
  return String(h).replace(".", ",") + " h";
}
