export const COVERAGE = 12; // m² per litre per coat
export const TIN_5L = 18900; // sen
export const TIN_1L = 4590;
export const BUNDLE_FROM = 3; // 3 or more 5 L tins: 8% off those tins
export const BUNDLE_OFF = 0.08;

export function litresNeeded(area, coats) {
  return Math.round(((area * coats) / COVERAGE) * 10) / 10;
}

export function tinPrice(big, small) {
  let bigCost = big * TIN_5L;
  if (big >= BUNDLE_FROM) bigCost = Math.round(bigCost * (1 - BUNDLE_OFF));
  return bigCost + small * TIN_1L;
}

export function ringgit(sen) {
  return "RM " + (sen / 100).toLocaleString("en-MY", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
