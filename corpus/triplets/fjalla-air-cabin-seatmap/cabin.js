export const ROWS = 12;
export const LETTERS = ["A", "B", "C", "D", "E", "F"];
export const EXIT_ROW = 6;
export const OCCUPIED = ["1A", "1B", "3F", "6A", "10C", "11D"];

export function seatClass(seat) {
  const row = parseInt(seat, 10);
  if (row === EXIT_ROW) return { name: "Exit row", fee: 6900 };
  if (row <= 3) return { name: "Front", fee: 3500 };
  return { name: "Standard", fee: 1900 };
}

// Icelandic krónur: 10.400 kr.
export function isk(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".") + " kr.";
}
