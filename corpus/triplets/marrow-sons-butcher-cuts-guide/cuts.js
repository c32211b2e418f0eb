export const ANIMALS = [
  {
    name: "Beef",
    cuts: [
      { name: "Rib-eye", perKg: 3200, how: "Pan-fry 3 min a side, rest 5 min" },
      { name: "Brisket", perKg: 1450, how: "Slow cook 5 h at 140°C" },
      { name: "Feather blade", perKg: 1600, how: "Braise 3 h, or flash-grill thin slices" },
    ],
  },
  {
    name: "Lamb",
    cuts: [
      { name: "Shoulder", perKg: 1700, how: "Roast 4 h at 150°C" },
      { name: "Rack", perKg: 3800, how: "Roast 20 min at 200°C" },
    ],
  },
  {
    name: "Pork",
    cuts: [
      { name: "Belly", perKg: 1100, how: "Score, then roast 2.5 h; blast at the end" },
      { name: "Collar", perKg: 950, how: "Barbecue low and slow, 6 h" },
    ],
  },
];

export function priceFor(perKg, grams) {
  return Math.round((perKg * grams) / 1000);
}

export function pounds(pence) {
  return "£" + (pence / 100).toFixed(2);
}
