import { useState } from "react";
import CountryFields, { PROVINCES } from "./CountryFields.jsx";

const COUNTRIES = [
  { code: "CA", name: "Canada" },
  { code: "NZ", name: "New Zealand" },
  { code: "AU", name: "Australia" },
];

function checkPostal(country, raw) {
  const value = raw.trim().toUpperCase();
  if (country === "CA") {
    const m = value.match(/^([A-Z]\d[A-Z]) ?(\d[A-Z]\d)$/);
    return m ? { ok: true, value: `${m[1]} ${m[2]}` } : { ok: false, error: "Canadian postal codes look like H2Y 1H4" };
  }
  return /^\d{4}$/.test(value) ? { ok: true, value } : { ok: false, error: "New Zealand postcodes have 4 digits" };
}

export default function OverseasAddress() {
  const [a, setA] = useState({ name: "", street: "", city: "", country: "CA", province: "", postal: "" });
  const [errors, setErrors] = useState([]);
  const [label, setLabel] = useState("");
  const update = (patch) => {
    setA((prev) => ({ ...prev, ...patch }));
    setLabel("");
  };

  function preview() {
    const problems = [];
    if (!a.name.trim()) problems.push("Recipient name is missing");
    if (!a.street.trim()) problems.push("Street address is missing");
    if (!a.city.trim()) problems.push("City is missing");
    if (a.country === "CA" && !a.province) problems.push("Pick a province");
    const postal = checkPostal(a.country, a.postal);
    if (!postal.ok) problems.push(postal.error);
    setErrors(problems);
    if (problems.length) return;
    const country = COUNTRIES.find((c) => c.code === a.country);
    const region = a.country === "CA" ? ` ${PROVINCES.find((p) => p.code === a.province).code}` : "";
    setLabel(`${a.name.trim()}, ${a.street.trim()}, ${a.city.trim()}${region} ${postal.value}, ${country.name}`);
  }

  return (
    <section className="overseas">
      <h1>Ostara Seed Library - overseas seed swap</h1>
      <p>Heritage seed packets go out by airmail every second Monday. Customs form CN22 is added for you.</p>
      <select aria-label="Country" value={a.country} onChange={(e) => update({ country: e.target.value, province: "" })}>
        {COUNTRIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
      <input placeholder="Recipient name" value={a.name} onChange={(e) => update({ name: e.target.value })} />
      <input placeholder="Street address" value={a.street} onChange={(e) => update({ street: e.target.value })} />
      <input placeholder="City" value={a.city} onChange={(e) => update({ city: e.target.value })} />
      <CountryFields country={a.country} province={a.province} postal={a.postal} onChange={update} />

      {a.country !== "AU" && <button onClick={preview}>Preview airmail label</button>}
      {errors.length > 0 && (
        <ul className="problems">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {label && <p className="label">Ship seeds to: {label}</p>}
    </section>
  );
}
