// ParcelPoint returns: postcode rules per destination country of the return label.
export const COUNTRIES = [
  {
    code: "NL",
    name: "Netherlands",
    postcodeLabel: "Postcode",
    pattern: /^(\d{4})\s?([a-zA-Z]{2})$/,
    hint: "Dutch postcodes look like 1011 AB",
    format: (m) => `${m[1]} ${m[2].toUpperCase()}`,
  },
  {
    code: "DE",
    name: "Germany",
    postcodeLabel: "Postcode",
    pattern: /^(\d{5})$/,
    hint: "German postcodes have 5 digits, e.g. 10115",
    format: (m) => m[1],
  },
  {
    code: "US",
    name: "United States",
    postcodeLabel: "ZIP code",
    pattern: /^(\d{5}(-\d{4})?)$/,
    hint: "ZIP codes have 5 digits, e.g. 94107",
    format: (m) => m[1],
    needsState: true,
  },
];

export const US_STATES = ["California", "New York", "Oregon", "Texas", "Washington"];

export function countryByCode(code) {
  return COUNTRIES.find((c) => c.code === code);
}

export function checkAddress(data, country) {
  const errors = {};
  if (!data.name) errors.name = "Full name is required";
  if (!data.street) errors.street = "Street and number is required";
  if (!data.city) errors.city = "City is required";
  const match = data.postcode.match(country.pattern);
  if (!data.postcode) errors.postcode = `${country.postcodeLabel} is required`;
  else if (!match) errors.postcode = country.hint;
  if (country.needsState && !data.state) errors.state = "Choose a state";
  return { errors, postcode: match ? country.format(match) : "" };
}
