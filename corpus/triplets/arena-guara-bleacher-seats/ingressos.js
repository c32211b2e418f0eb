export const ROWS = ["A", "B", "C", "D", "E"];
export const SEATS = 14;
export const SOLD = ["B7", "B8", "C5", "D11", "E1"];
export const MAX_PER_CPF = 6;
export const FEE = 0.1; // taxa de conveniência, on what the ticket really costs

export function seatPrice(seat) {
  return "AB".includes(seat[0]) ? 18000 : 12000;
}

export function ticketPrice(seat, type) {
  const full = seatPrice(seat);
  return type === "meia" ? full / 2 : full;
}

export function reais(cents) {
  const [i, d] = (cents / 100).toFixed(2).split(".");
  return "R$ " + i.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + "," + d;
}

export function orderTotals(selection) {
  const subtotal = selection.reduce((s, t) => s + ticketPrice(t.seat, t.type), 0);
  const fee = Math.round(subtotal * FEE);
  return { subtotal, fee, total: subtotal + fee };
}
