export const URGENCY = ["Concert this week", "Urgent", "Standard", "When possible"];

export const JOBS = [
  { ticket: 301, instrument: "Violin, Mirecourt c.1890", owner: "L. Andersson", job: "Soundpost adjustment", urgency: "Standard", quote: 45, promised: "2024-10-14" },
  { ticket: 302, instrument: "Cello, Neuner & Hornsteiner", owner: "R. Baptiste", job: "Crack repair (top)", urgency: "Urgent", quote: 620, promised: "2024-10-09" },
  { ticket: 303, instrument: "Viola 16.5 in", owner: "M. Takeda", job: "New bridge", urgency: "Concert this week", quote: 180, promised: "2024-10-04" },
  { ticket: 304, instrument: "Violin, student 3/4", owner: "Elm Park School", job: "Strings and pegs", urgency: "When possible", quote: 70, promised: "2024-10-30" },
  { ticket: 305, instrument: "Double bass, laminated", owner: "J. Osei", job: "Fingerboard planing", urgency: "Standard", quote: 240, promised: "2024-10-18" },
  { ticket: 306, instrument: "Violin bow, Hill", owner: "K. Mahler", job: "Bow rehair", urgency: "Concert this week", quote: 85, promised: "2024-10-03" },
  { ticket: 307, instrument: "Cello 7/8", owner: "A. Silva", job: "Seam reglue", urgency: "Urgent", quote: 150, promised: "2024-10-11" },
];

const ORDER = {
  urgency: (a, b) => URGENCY.indexOf(a.urgency) - URGENCY.indexOf(b.urgency),
  quote: (a, b) => a.quote - b.quote,
  promised: (a, b) => a.promised.localeCompare(b.promised),
  owner: (a, b) => a.owner.localeCompare(b.owner),
};

export function sortJobs(jobs, { column, ascending }) {
  const cmp = ORDER[column];
  const out = [...jobs].sort(cmp);
  return ascending ? out : out.reverse();
}

export function euros(n) {
  return "\u20ac" + n.toFixed(0);
}
