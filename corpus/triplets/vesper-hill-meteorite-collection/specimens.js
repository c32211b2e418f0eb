export const SPECIMENS = [
  { name: "Allende", type: "Carbonaceous chondrite CV3", grams: 1240, year: 1969, country: "Mexico" },
  { name: "Campo del Cielo", type: "Iron IAB", grams: 18500, year: 1576, country: "Argentina" },
  { name: "Sikhote-Alin", type: "Iron IIAB", grams: 3320, year: 1947, country: "Russia" },
  { name: "Murchison", type: "Carbonaceous chondrite CM2", grams: 86, year: 1969, country: "Australia" },
  { name: "NWA 869", type: "Ordinary chondrite L4-6", grams: 412, year: 2000, country: "Morocco" },
  { name: "Gibeon", type: "Iron IVA", grams: 9050, year: 1836, country: "Namibia" },
  { name: "Chelyabinsk", type: "Ordinary chondrite LL5", grams: 57, year: 2013, country: "Russia" },
  { name: "Esquel", type: "Pallasite", grams: 205, year: 1951, country: "Argentina" },
];

export function grams(g) {
  return g.toLocaleString("en-GB") + " g";
}

export const SORTABLE = {
  name: { title: "Name", value: (m) => m.name },
  grams: { title: "Mass", value: (m) => m.grams },
  year: { title: "Found", value: (m) => m.year },
};

export function compare(x, y) {
  return x < y ? -1 : x > y ? 1 : 0;
}
