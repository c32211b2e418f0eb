// Raw materials on the organ, price per 10 ml in euros.
export const NOTES = [
  { name: "Bergamot", family: "Citrus", origin: "Calabria", price: 14 },
  { name: "Blood orange", family: "Citrus", origin: "Sicily", price: 11 },
  { name: "Neroli", family: "Floral", origin: "Tunisia", price: 96 },
  { name: "Orris butter", family: "Floral", origin: "Tuscany", price: 240 },
  { name: "Jasmine sambac", family: "Floral", origin: "Tamil Nadu", price: 88 },
  { name: "Orange blossom absolute", family: "Floral", origin: "Morocco", price: 72 },
  { name: "Vetiver", family: "Woody", origin: "Haiti", price: 31 },
  { name: "Sandalwood", family: "Woody", origin: "Western Australia", price: 64 },
  { name: "Cedarwood Atlas", family: "Woody", origin: "Morocco", price: 9 },
  { name: "Tonka bean", family: "Gourmand", origin: "Venezuela", price: 18 },
  { name: "Labdanum", family: "Resinous", origin: "Andalusia", price: 27 },
  { name: "Benzoin", family: "Resinous", origin: "Laos", price: 16 },
];

export const FAMILIES = ["Citrus", "Floral", "Woody", "Gourmand", "Resinous"];

export function euros(amount) {
  return "\u20ac" + amount.toFixed(2);
}
