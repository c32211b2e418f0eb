export const PER_WINDOW = { 1: 600, 2: 750, 3: 900 }; // cents, outside only
export const INSIDE_FACTOR = 1.8;
export const GUTTERS = 6500;
export const MINIMUM = 9500;
export const GST = 0.15;
export const FREQUENCY = {
  once: { label: "One-off clean", discount: 0 },
  eight: { label: "Every 8 weeks (save 15%)", discount: 0.15 },
  four: { label: "Every 4 weeks (save 20%)", discount: 0.2 },
};

export function nzd(cents) {
  return "NZ$" + (cents / 100).toFixed(2);
}

export function cleaningPrice({ storeys, windows, inside, frequency, gutters }) {
  const windowsCost = windows * PER_WINDOW[storeys] * (inside ? INSIDE_FACTOR : 1);
  const discounted = Math.round(windowsCost * (1 - FREQUENCY[frequency].discount));
  const beforeMinimum = discounted + (gutters ? GUTTERS : 0);
  const net = Math.max(MINIMUM, beforeMinimum);
  const gst = Math.round(net * GST);
  return { net, gst, total: net + gst, minimumApplied: net > beforeMinimum };
}
