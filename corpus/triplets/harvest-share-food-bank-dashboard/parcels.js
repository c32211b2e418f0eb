export const NEXT_STEP = {
  requested: { action: "Pack parcel", to: "packed", done: "packed" },
  packed: { action: "Hand over", to: "collected", done: "handed over" },
};

export function tally(parcels) {
  const out = { requested: 0, packed: 0, collected: 0, peopleFed: 0 };
  for (const p of parcels) {
    out[p.status] += 1;
    if (p.status === "collected") out.peopleFed += p.people;
  }
  return out;
}
