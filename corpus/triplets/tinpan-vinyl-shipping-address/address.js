export const COUNTRIES = ["United Kingdom", "Ireland"];

export const EMPTY = { name: "", line1: "", line2: "", town: "", postcode: "", country: "United Kingdom" };

const UK = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;
const EIRCODE = /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/;

export function cleanPostcode(raw) {
  return raw.trim().toUpperCase();
}

export function addressErrors(a) {
  const errors = {};
  if (!a.name.trim()) errors.name = "Enter the name for the parcel";
  if (!a.line1.trim()) errors.line1 = "Enter the first line of the address";
  if (!a.town.trim()) errors.town = "Enter a town or city";
  const pc = cleanPostcode(a.postcode);
  if (a.country === "United Kingdom") {
    if (!pc) errors.postcode = "Enter a postcode";
    else if (!UK.test(pc)) errors.postcode = "That doesn't look like a UK postcode";
  } else if (pc && !EIRCODE.test(pc)) {
    errors.postcode = "Eircode looks like D02 X285";
  }
  return errors;
}

export function oneLine(a) {
  const parts = [a.name.trim(), a.line1.trim()];
  if (a.line2.trim()) parts.push(a.line2.trim());
  const pc = cleanPostcode(a.postcode);
  parts.push(pc ? `${a.town.trim()} ${pc}` : a.town.trim());
  parts.push(a.country);
  return parts.join(", ");
}
