export const PROVINCES = [
  { code: "BC", name: "British Columbia" },
  { code: "ON", name: "Ontario" },
  { code: "QC", name: "Quebec" },
  { code: "NS", name: "Nova Scotia" },
];

export default function CountryFields({ country, province, postal, onChange }) {
  if (country === "AU") {
    return (
      <p className="biosecurity">
        Australia needs an import permit for seeds - we can't post there yet.
      </p>
    );
  }
  return (
    <div className="country-fields">
      {country === "CA" && (
        <select aria-label="Province" value={province} onChange={(e) => onChange({ province: e.target.value })}>
          <option value="">Province...</option>
          {PROVINCES.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      )}
      <input
        placeholder={country === "CA" ? "Postal code" : "Postcode"}
        value={postal}
        onChange={(e) => onChange({ postal: e.target.value })}
      />
    </div>
  );
}
