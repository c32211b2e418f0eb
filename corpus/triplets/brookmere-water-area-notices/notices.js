export const NOTICES = [
  {
    id: "out-bm42",
    postcode: "BM4 2",
    level: "planned",
    text: "Planned work: no water in BM4 2 on 3 June, 09:00-13:00.",
  },
  {
    id: "boil-bm71",
    postcode: "BM7 1",
    level: "urgent",
    text: "Boil water notice for BM7 1 until further notice.",
  },
  {
    id: "press-bm71",
    postcode: "BM7 1",
    level: "info",
    text: "Low pressure possible in BM7 1 while we flush the mains.",
  },
];

export function normalisePostcode(raw) {
  return raw.trim().toUpperCase().replace(/\s+/g, " ");
}

export function noticesFor(postcode) {
  return NOTICES.filter((n) => postcode.startsWith(n.postcode));
}
