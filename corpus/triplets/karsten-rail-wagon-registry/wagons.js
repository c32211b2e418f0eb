// The registry export is too big to paste, so the demo builds it from the fleet plan:
// wagons are numbered in steps of 7 and the types, depots and tare weights repeat.
const TYPES = ["Habbins van", "Sgns flat", "Tadns hopper", "Zacns tank", "Eanos gondola"];
const DEPOTS = ["Duisburg", "Mannheim", "Linz"];

export const WAGONS = Array.from({ length: 47 }, (_, i) => ({
  number: "KR " + String(4100 + i * 7),
  type: TYPES[i % TYPES.length],
  depot: DEPOTS[i % DEPOTS.length],
  tare: 20 + ((i * 13) % 40),
  inService: i % 9 !== 4,
}));

export const PER_PAGE = 10;

export function pageCountFor(total, perPage) {
  return Math.ceil(total / perPage);
}
