export const ROWS = ["A", "B", "C", "D", "E", "F"];
export const SEATS_PER_ROW = 10;
export const SOLD = ["A4", "A5", "B5", "C1", "C2", "D9", "E5", "E6", "F10"];
export const MAX_SEATS = 4;
export const BOOKING_FEE = 2000; // per ticket

export const ZONES = [
  { name: "VIP", rows: ["A", "B"], price: 150000 },
  { name: "R", rows: ["C", "D"], price: 110000 },
  { name: "S", rows: ["E", "F"], price: 70000 },
];

export function zoneOf(seat) {
  return ZONES.find((z) => z.rows.includes(seat[0]));
}

export function won(n) {
  return "₩" + n.toLocaleString("ko-KR");
}

export function seatTotals(selected) {
  const tickets = selected.reduce((s, seat) => s + zoneOf(seat).price, 0);
  const fees = selected.length * BOOKING_FEE;
  return { tickets, fees, total: tickets + fees };
}
