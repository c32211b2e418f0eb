const COMMON = ["password1", "walkies123", "doggo2024", "letmein99"];

export function strengthOf(password) {
  if (password.length < 8) return "weak";
  let points = 0;
  if (password.length >= 12) points += 1;
  if (/[a-z]/.test(password) && /[A-Z]/.test(password)) points += 1;
  if (/\d/.test(password)) points += 1;
  if (/[^A-Za-z0-9]/.test(password)) points += 1;
  if (points >= 4) return "strong";
  if (points >= 2) return "fair";
  return "weak";
}

export function isCommon(password) {
  return COMMON.includes(password.toLowerCase());
}
