export const LOTS = [
  { lot: 101, title: "Penny Black, plate 6, four margins", estimate: 850, closes: "2025-03-14T18:00:00Z" },
  { lot: 102, title: "Two Penny Blue, used pair", estimate: 420, closes: "2025-03-12T20:00:00Z" },
  { lot: 9, title: "Machin first day covers", estimate: 40, closes: "2025-03-14T09:00:00Z" },
  { lot: 115, title: "Mauritius Post Office facsimile", estimate: 35, closes: "2025-03-15T12:30:00Z" },
  { lot: 118, title: "Inverted Jenny reprint sheet", estimate: 60, closes: "2025-03-12T19:15:00Z" },
  { lot: 120, title: "Seahorses high values set", estimate: 1150, closes: "2025-03-13T18:00:00Z" },
  { lot: 123, title: "Basutoland 1933 definitives", estimate: 95, closes: "2025-03-16T10:00:00Z" },
  { lot: 130, title: "Zeppelin covers, album of 12", estimate: 2400, closes: "2025-03-13T21:45:00Z" },
];

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// Auction times are published in UK time; March is GMT, so UTC getters are right.
export function formatCloses(iso) {
  const d = new Date(iso);
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}, ${hh}:${mm}`;
}

export function formatEstimate(pounds) {
  return "\u00a3" + pounds.toLocaleString("en-GB");
}

export const SORTS = {
  lot: (a, b) => a.lot - b.lot,
  estimate: (a, b) => a.estimate - b.estimate,
  closes: (a, b) => a.closes.localeCompare(b.closes),
};
