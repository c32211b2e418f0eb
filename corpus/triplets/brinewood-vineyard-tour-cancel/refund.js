// Refund policy for Brinewood Estate tours, shown in the cancel dialog.
export const TODAY = "2025-06-02";

function toDayNumber(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
}

export function daysUntil(iso, today = TODAY) {
  return toDayNumber(iso) - toDayNumber(today);
}

export function refundShare(days) {
  if (days >= 7) return 100;
  if (days >= 3) return 50;
  return 0;
}

export function euros(cents) {
  return "\u20ac" + (cents / 100).toFixed(2);
}

export function refundFor(booking, today = TODAY) {
  const share = refundShare(daysUntil(booking.date, today));
  return { share, cents: Math.round((booking.paidCents * share) / 100) };
}
