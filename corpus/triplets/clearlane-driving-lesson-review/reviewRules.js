export const MIN_COMMENT = 20;

// Low ratings must say what went wrong, so the school can follow up.
export function reviewProblem(rating, comment) {
  if (!rating) return "Choose a star rating.";
  if (rating < 3 && comment.trim().length < MIN_COMMENT) {
    return "Please tell us what went wrong (at least " + MIN_COMMENT + " characters).";
  }
  return "";
}
