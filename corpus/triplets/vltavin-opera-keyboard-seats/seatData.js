export const ROWS = 4;
export const COLS = 8;
export const SOLD = ["1-4", "1-5", "2-1", "3-8", "4-2"];

export function seatPrice(row) {
  return row <= 2 ? 1890 : 1290;
}

export function czk(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ") + " Kč";
}

export function seatName(row, col) {
  return `Row ${row}, seat ${col}`;
}

// next focus position for a key, no wrapping at the edges
export function move(key, row, col) {
  switch (key) {
    case "ArrowRight":
      return [row, Math.min(COLS, col + 1)];
    case "ArrowLeft":
      return [row, Math.max(1, col - 1)];
    case "ArrowDown":
      return [Math.min(ROWS, row + 1), col];
    case "ArrowUp":
      return [Math.max(1, row - 1), col];
    case "Home":
      return [row, 1];
    case "End":
      return [row, COLS];
    default:
      return null;
  }
}
