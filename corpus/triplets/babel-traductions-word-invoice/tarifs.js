export const PAIRS = {
  "fr-en": { label: "FR → EN", perWord: 12 }, // centimes
  "fr-de": { label: "FR → DE", perWord: 14 },
  "fr-ja": { label: "FR → JA", perWord: 21 },
};
export const LINE_MINIMUM = 4500;
export const URGENT = 0.25;
export const TVA = 0.2;

export function lineHT({ pair, words, urgent }) {
  const base = Math.max(LINE_MINIMUM, PAIRS[pair].perWord * words);
  return Math.round(base * (urgent ? 1 + URGENT : 1));
}

export function totals(lines) {
  const ht = lines.reduce((s, l) => s + lineHT(l), 0);
  const tva = Math.round(ht * TVA);
  return { ht, tva, ttc: ht + tva };
}

// 1 234,56 € (espace fine remplacée par une espace simple)
export function euros(cents) {
  const [ent, dec] = (cents / 100).toFixed(2).split(".");
  return ent.replace(/\B(?=(\d{3})+(?!\d))/g, " ") + "," + dec + " €";
}
