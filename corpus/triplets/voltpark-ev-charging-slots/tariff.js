const RAPID_FROM_KW = 50;
const RAPID_PER_KWH = 0.69;
const FAST_PER_KWH = 0.45;

// One hour of charging: the car never draws more than it can take.
export function estimate(bayKw, carKw) {
  const kw = Math.min(bayKw, carKw);
  const price = bayKw >= RAPID_FROM_KW ? RAPID_PER_KWH : FAST_PER_KWH;
  return kw * price;
}

export function formatGBP(amount) {
  return "£" + amount.toFixed(2);
}
