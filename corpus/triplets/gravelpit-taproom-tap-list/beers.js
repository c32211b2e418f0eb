export const TAPS = [
  { tap: 1, name: "Quarry Haze", style: "IPA", abv: 6.2, glutenFree: false, price: 6.4 },
  { tap: 2, name: "Slag Heap Stout", style: "Stout", abv: 7.5, glutenFree: false, price: 6.9 },
  { tap: 3, name: "Pit Pony Lager", style: "Lager", abv: 4.4, glutenFree: true, price: 5.2 },
  { tap: 4, name: "Tailings Sour", style: "Sour", abv: 3.8, glutenFree: false, price: 5.8 },
  { tap: 5, name: "Flint Saison", style: "Saison", abv: 5.9, glutenFree: true, price: 6.1 },
  { tap: 6, name: "Deep Seam DIPA", style: "IPA", abv: 8.1, glutenFree: false, price: 7.6 },
  { tap: 7, name: "Gravel Rash Pale", style: "Pale ale", abv: 4.8, glutenFree: false, price: 5.5 },
  { tap: 8, name: "Cherry Tailings", style: "Sour", abv: 5.0, glutenFree: true, price: 6.6 },
  { tap: 9, name: "Night Shift Porter", style: "Stout", abv: 5.5, glutenFree: false, price: 6.0 },
  { tap: 10, name: "Open Cast Helles", style: "Lager", abv: 5.0, glutenFree: false, price: 5.4 },
];

export const STYLES = ["IPA", "Pale ale", "Stout", "Sour", "Lager", "Saison"];

export function pint(price) {
  return "\u00a3" + price.toFixed(2);
}
