import { useState } from "react";
import { COUNTRIES, US_STATES, checkAddress, countryByCode } from "./postcodes.js";

function read(form) {
  const data = new FormData(form);
  const get = (key) => String(data.get(key) || "").trim();
  return {
    name: get("name"),
    street: get("street"),
    city: get("city"),
    postcode: get("postcode"),
    state: get("state"),
    makeDefault: data.get("default") === "on",
  };
}

export default function ReturnAddress() {
  const [countryCode, setCountryCode] = useState("NL");
  const [errors, setErrors] = useState({});
  const [label, setLabel] = useState(null);
  const country = countryByCode(countryCode);

  function onSubmit(e) {
    e.preventDefault();
    const data = read(e.currentTarget);
    const result = checkAddress(data, country);
    setErrors(result.errors);
    if (Object.keys(result.errors).length > 0) {
      setLabel(null);
      return;
    }
    const place = country.needsState
      ? `${data.city}, ${data.state} ${result.postcode}`
      : `${result.postcode} ${data.city}`;
    setLabel({ text: `${data.name}, ${data.street}, ${place}, ${country.name}`, makeDefault: data.makeDefault });
  }

  return (
    <div className="return-address">
      <h2>Where should we pick up your return?</h2>
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor="ra-country">Country</label>
        <select id="ra-country" value={countryCode} onChange={(e) => setCountryCode(e.target.value)}>
          {COUNTRIES.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>

        <label htmlFor="ra-name">Full name</label>
        <input id="ra-name" name="name" defaultValue="" />
        {errors.name && <span className="error">{errors.name}</span>}

        <label htmlFor="ra-street">Street and number</label>
        <input id="ra-street" name="street" />
        {errors.street && <span className="error">{errors.street}</span>}

        <label htmlFor="ra-postcode">{country.postcodeLabel}</label>
        <input id="ra-postcode" name="postcode" />
        {errors.postcode && <span className="error">{errors.postcode}</span>}

        <label htmlFor="ra-city">City</label>
        <input id="ra-city" name="city" />
        {errors.city && <span className="error">{errors.city}</span>}

        {country.needsState && (
          <>
            <label htmlFor="ra-state">State</label>
            <select id="ra-state" name="state" defaultValue="">
              <option value="">- pick one -</option>
              {US_STATES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
            {errors.state && <span className="error">{errors.state}</span>}
          </>
        )}

        <div className="default-row">
          <input type="checkbox" name="default" />
          <span>Use as my default return address</span>
        </div>

        <button type="submit">Create return label</button>
      </form>

      {label && (
        <div className="label-preview">
          <p>Return label ready for: {label.text}</p>
          {label.makeDefault && <p>Saved as your default return address.</p>}
        </div>
      )}
    </div>
  );
}
