export const BOARDS = [
  { species: "Oak", lengthM: 4.8, mm: 50, perMetre: 18.4, dried: "Kiln" },
  { species: "Ash", lengthM: 3.0, mm: 32, perMetre: 11.9, dried: "Kiln" },
  { species: "Douglas fir", lengthM: 6.0, mm: 75, perMetre: 9.6, dried: "Air" },
  { species: "Larch", lengthM: 4.8, mm: 25, perMetre: 6.2, dried: "Air" },
  { species: "Cherry", lengthM: 2.4, mm: 32, perMetre: 21.0, dried: "Kiln" },
  { species: "Sweet chestnut", lengthM: 3.6, mm: 50, perMetre: 12.75, dried: "Air" },
  { species: "Beech", lengthM: 4.8, mm: 38, perMetre: 10.1, dried: "Kiln" },
  { species: "Walnut", lengthM: 2.4, mm: 27, perMetre: 34.5, dried: "Kiln" },
  { species: "Western red cedar", lengthM: 6.0, mm: 25, perMetre: 14.3, dried: "Air" },
];

const BY = {
  species: () => 0,
  length: (a, b) => b.lengthM - a.lengthM,
  thickness: (a, b) => a.mm - b.mm,
  price: (a, b) => a.perMetre - b.perMetre,
};

// Equal values fall back to species A-Z so the list never jumps around.
export function sortBoards(boards, by) {
  return [...boards].sort((a, b) => BY[by](a, b) || a.species.localeCompare(b.species));
}

export function perMetre(p) {
  return "\u00a3" + p.toFixed(2) + "/m";
}
