export const CATALOGUE = [
  {
    name: "Rope & rigging",
    groups: [
      { name: "Mooring lines", items: ["Polyester mooring line 14 mm", "Nylon snubber 16 mm"] },
      { name: "Shackles", items: ["Bow shackle 8 mm", "D shackle 10 mm"] },
    ],
  },
  {
    name: "Safety",
    groups: [
      { name: "Lifejackets", items: ["Auto lifejacket 150N", "Child lifejacket 100N"] },
      { name: "Flares", items: ["Red hand flare", "Orange smoke canister"] },
    ],
  },
  {
    name: "Engine",
    groups: [
      { name: "Filters", items: ["Fuel filter element", "Oil filter Volvo D1"] },
      { name: "Impellers", items: ["Impeller Jabsco 1210"] },
    ],
  },
];

// Keeps only items containing the text, and the groups/categories above them.
export function prune(catalogue, text) {
  const q = text.toLowerCase();
  return catalogue
    .map((cat) => ({
      ...cat,
      groups: cat.groups
        .map((g) => ({ ...g, items: g.items.filter((item) => item.toLowerCase().includes(q)) }))
        .filter((g) => g.items.length > 0),
    }))
    .filter((cat) => cat.groups.length > 0);
}

export function countItems(catalogue) {
  return catalogue.reduce((n, cat) => n + cat.groups.reduce((m, g) => m + g.items.length, 0), 0);
}
