export const VENUE_HIRE = { saturday: 450000, friSun: 320000, weekday: 210000 }; // pence
export const EVENING_HEAD = 1800;
export const SERVICE_CHARGE = 0.125;
export const DEPOSIT = 0.25;
export const MIN_DAY_GUESTS = 30;

export function perHead(guests) {
  if (guests <= 60) return 8500;
  if (guests <= 120) return 7800;
  return 7200;
}

export function pounds(pence) {
  return "£" + (pence / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function weddingQuote({ day, dayGuests, eveningGuests }) {
  const venue = VENUE_HIRE[day];
  const head = perHead(dayGuests);
  const catering = head * dayGuests;
  const evening = EVENING_HEAD * eveningGuests;
  const service = Math.round((catering + evening) * SERVICE_CHARGE);
  const total = venue + catering + evening + service;
  return { venue, head, catering, evening, service, total, deposit: Math.round(total * DEPOSIT) };
}
