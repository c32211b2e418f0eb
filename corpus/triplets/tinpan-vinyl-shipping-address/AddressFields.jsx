import { COUNTRIES } from "./address.js";

const FIELDS = [
  ["name", "Name"],
  ["line1", "Address line 1"],
  ["line2", "Address line 2 (optional)"],
  ["town", "Town or city"],
  ["postcode", "Postcode / Eircode"],
];

export default function AddressFields({ idPrefix, legend, value, errors, onChange }) {
  return (
    <fieldset className="address">
      <legend>{legend}</legend>
      {FIELDS.map(([key, label]) => (
        <div className="row" key={key}>
          <label htmlFor={`${idPrefix}-${key}`}>{label}</label>
          <input
            id={`${idPrefix}-${key}`}
            value={value[key]}
            onChange={(e) => onChange({ ...value, [key]: e.target.value })}
          />
          {errors[key] && <span className="err">{errors[key]}</span>}
        </div>
      ))}
      <label htmlFor={`${idPrefix}-country`}>Country</label>
      <select
        id={`${idPrefix}-country`}
        value={value.country}
        onChange={(e) => onChange({ ...value, country: e.target.value })}
      >
        {COUNTRIES.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </fieldset>
  );
}
