export const QUORUM = 16;

export function statusOf(tally, cast) {
  if (cast < QUORUM) return "No quorum yet (" + cast + " of " + QUORUM + ")";
  return tally.for > tally.against ? "Passing" : "Failing";
}
