// all conversions go through square feet
export const SQFT = {
  acre: 43560,
  hectare: 107639.1,
  guntha: 1089,
  sqm: 10.7639,
};

// one bigha is not the same everywhere
export const BIGHA_SQFT = {
  Rajasthan: 27225,
  Gujarat: 17424,
  "West Bengal": 14400,
};

export const UNIT_LABELS = { acre: "acre", hectare: "hectare", guntha: "guntha", sqm: "m²", bigha: "bigha" };

export function toSqft(value, unit, state) {
  return unit === "bigha" ? value * BIGHA_SQFT[state] : value * SQFT[unit];
}

export function fromSqft(sqft, state) {
  return {
    acre: (sqft / SQFT.acre).toFixed(4),
    hectare: (sqft / SQFT.hectare).toFixed(4),
    guntha: (sqft / SQFT.guntha).toFixed(2),
    sqm: Math.round(sqft / SQFT.sqm).toLocaleString("en-IN"),
    bigha: (sqft / BIGHA_SQFT[state]).toFixed(2),
  };
}
