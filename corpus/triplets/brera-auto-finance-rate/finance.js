export const TAN = 6.9; // tasso annuo nominale, %
export const SPESE_ISTRUTTORIA = 250;
export const MIN_ANTICIPO = 0.1;

export function rataMensile(capitale, tan, mesi) {
  const r = tan / 100 / 12;
  const rata = (capitale * r) / (1 - Math.pow(1 + r, -mesi));
  return Math.round(rata * 100) / 100;
}

export function piano({ prezzo, anticipo, mesi }) {
  const finanziato = prezzo - anticipo + SPESE_ISTRUTTORIA;
  const rata = rataMensile(finanziato, TAN, mesi);
  const totale = Math.round(rata * mesi * 100) / 100;
  return { finanziato, rata, totale, interessi: Math.round((totale - finanziato) * 100) / 100 };
}

export function anticipoMinimo(prezzo) {
  return Math.round(prezzo * MIN_ANTICIPO * 100) / 100;
}

// 1.234,56 €
export function euro(valore) {
  const [intero, decimali] = valore.toFixed(2).split(".");
  return intero.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + "," + decimali + " €";
}
