export const PERMITS = [
  { id: "annual", label: "Annual permit - £84", price: 84 },
  { id: "half", label: "6-month permit - £48", price: 48 },
  { id: "visitor", label: "Visitor book (10 days) - £12", price: 12 },
];

const ZONE_DISTRICTS = ["LF1", "LF2"];

export function validatePermit(d) {
  const errors = {};
  const reg = d.reg.toUpperCase();
  const compact = reg.replace(/\s/g, "");
  if (!compact) errors.reg = "Enter the vehicle registration";
  else if (!/^[A-Z0-9]+$/.test(compact) || compact.length > 7) errors.reg = "Registrations have up to 7 letters and numbers";

  if (!d.name.trim()) errors.name = "Enter the name of the permit holder";
  if (!d.street.trim()) errors.street = "Enter your street address";

  const postcode = d.postcode.trim().toUpperCase();
  const district = postcode.split(" ")[0];
  if (!postcode) errors.postcode = "Enter your postcode";
  else if (!ZONE_DISTRICTS.includes(district)) errors.postcode = "This address is outside the Lanternfield permit zones";

  if (!d.type) errors.type = "Choose a permit type";
  return errors;
}

export function amountDue(type, blueBadge) {
  const permit = PERMITS.find((p) => p.id === type);
  return blueBadge ? 0 : permit.price;
}
