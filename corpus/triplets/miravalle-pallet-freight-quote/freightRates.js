export const CITIES = ["Madrid", "Valencia", "Barcelona", "Sevilla", "Bilbao"];

const KM = {
  "Madrid-Valencia": 355,
  "Madrid-Barcelona": 620,
  "Madrid-Sevilla": 530,
  "Madrid-Bilbao": 400,
  "Valencia-Barcelona": 350,
  "Valencia-Sevilla": 655,
  "Valencia-Bilbao": 610,
  "Barcelona-Bilbao": 610,
  "Barcelona-Sevilla": 1000,
  "Sevilla-Bilbao": 860,
};

export const BASE_PER_PALLET = 3000; // cents
export const PER_KM = 12; // cents per km and pallet
export const HEAVY_KG = 800;
export const HEAVY_FACTOR = 1.25;
export const FUEL = 0.125;
export const TAIL_LIFT = 3500;
export const IVA = 0.21;

export function distance(from, to) {
  return KM[from + "-" + to] ?? KM[to + "-" + from];
}

export function palletQuote({ from, to, pallets, kg, tailLift }) {
  let perPallet = BASE_PER_PALLET + PER_KM * distance(from, to);
  if (kg > HEAVY_KG) perPallet = perPallet * HEAVY_FACTOR;
  const freight = Math.round(perPallet * pallets);
  const fuel = Math.round(freight * FUEL);
  const net = freight + fuel + (tailLift ? TAIL_LIFT : 0);
  const iva = Math.round(net * IVA);
  return { km: distance(from, to), freight, fuel, net, iva, total: net + iva };
}

// Spanish notation: 1.234,56 €
export function eur(cents) {
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return whole + "," + String(cents % 100).padStart(2, "0") + " €";
}
