import { useState } from "react";
import { PERMITS, amountDue, validatePermit } from "./permitRules.js";

function Err({ children }) {
  return children ? <small className="err">{children}</small> : null;
}

export default function ParkingPermit() {
  const [errors, setErrors] = useState({});
  const [receipt, setReceipt] = useState("");

  function onSubmit(e) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const data = {
      reg: String(form.get("reg") || "").trim(),
      name: String(form.get("name") || ""),
      street: String(form.get("street") || ""),
      postcode: String(form.get("postcode") || ""),
      type: String(form.get("type") || ""),
      blueBadge: form.get("badge") === "yes",
    };
    const found = validatePermit(data);
    setErrors(found);
    if (Object.keys(found).length) {
      setReceipt("");
      return;
    }
    const due = amountDue(data.type, data.blueBadge);
    setReceipt(
      `Application received for ${data.reg.toUpperCase()}. Amount due: £${due.toFixed(2)}` +
        (due === 0 ? " (Blue Badge - no charge)" : "")
    );
  }

  return (
    <div className="permit">
      <h1>Lanternfield Council - resident parking permit</h1>
      <p>Zones A-D cover the LF1 and LF2 postcode districts. Permits start the day after approval.</p>
      <form onSubmit={onSubmit} noValidate>
        <input name="reg" placeholder="Vehicle registration" />
        <Err>{errors.reg}</Err>

        <input name="name" placeholder="Full name of permit holder" />
        <Err>{errors.name}</Err>

        <input name="street" placeholder="House number and street" />
        <Err>{errors.street}</Err>

        <input name="postcode" placeholder="Postcode" />
        <Err>{errors.postcode}</Err>

        <fieldset>
          <legend>Permit type</legend>
          {PERMITS.map((p) => (
            <label key={p.id}>
              <input type="radio" name="type" value={p.id} />
              {p.label}
            </label>
          ))}
          <Err>{errors.type}</Err>
        </fieldset>

        <label className="badge">
          <input type="checkbox" name="badge" value="yes" />I hold a Blue Badge
        </label>

        <button type="submit">Apply for permit</button>
      </form>
      {receipt && <p className="receipt">{receipt}</p>}
    </div>
  );
}
