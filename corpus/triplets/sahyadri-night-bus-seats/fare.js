export const SEAT_COUNT = 24;
export const BOOKED = [2, 7, 8, 13, 22];
export const BASE_FARE = 899;
export const WINDOW_EXTRA = 100;
export const GST = 0.05;

// 2 + 2 layout: the first and last seat of each row of four are at the window
export function isWindow(n) {
  return n % 4 === 1 || n % 4 === 0;
}

export function fareFor(seats) {
  const fare = seats.reduce((s, n) => s + BASE_FARE + (isWindow(n) ? WINDOW_EXTRA : 0), 0);
  const gst = Math.round(fare * GST);
  return { fare, gst, total: fare + gst };
}

export function rupees(n) {
  return "₹" + n.toLocaleString("en-IN");
}
