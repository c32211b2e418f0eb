// UK mobile numbers: accept spaces and +44, store as "07700 900123".
export function normalizeMobile(text) {
  let digits = text.replace(/\s+/g, "");
  if (digits.startsWith("+44")) digits = "0" + digits.slice(3);
  if (!/^07\d{9}$/.test(digits)) return null;
  return digits.slice(0, 5) + " " + digits.slice(5);
}

export const PHONE_HINT = "Enter a UK mobile, e.g. 07700 900000";
