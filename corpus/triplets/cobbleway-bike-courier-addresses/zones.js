const ZONES = { LS1: "centre", LS2: "centre", LS6: "north", LS7: "north", LS9: "east", LS10: "east" };

const PRICES = {
  "centre-centre": 6.5,
  "east-east": 6.5,
  "north-north": 6.5,
  "centre-east": 9.8,
  "centre-north": 9.8,
  "east-north": 14.2,
};

export function districtOf(postcode) {
  return postcode.trim().toUpperCase().split(" ")[0];
}

export function zoneOf(postcode) {
  return ZONES[districtOf(postcode)] || null;
}

export function priceBetween(a, b) {
  const key = [zoneOf(a), zoneOf(b)].sort().join("-");
  return PRICES[key];
}

export function sameAddress(a, b) {
  const norm = (x) => `${x.street}|${x.postcode}`.toLowerCase().replace(/\s+/g, " ").trim();
  return norm(a) === norm(b);
}
