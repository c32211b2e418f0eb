import { useState } from "react";
import { formatPhone, formatVat } from "./format.js";

const INITIAL = {
  company: "Ashcombe Joinery Ltd",
  contact: "Priya Raman",
  phone: "01632 960 123",
  vat: "GB 294 1187 03",
  yardNotes: "Gate 2, forklift on site",
};

export default function TradeAccount({ creditLimit = "£7,500", accountNo = "MY-20418" }) {
  const [saved, setSaved] = useState(INITIAL);
  const [formKey, setFormKey] = useState(0);
  const [errors, setErrors] = useState({});
  const [message, setMessage] = useState("");

  function onSubmit(e) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const next = {
      company: String(f.get("company")).trim(),
      contact: String(f.get("contact")).trim(),
      phone: formatPhone(String(f.get("phone"))),
      vat: formatVat(String(f.get("vat"))),
      yardNotes: String(f.get("yardNotes")).trim(),
    };
    const problems = {};
    if (!next.company) problems.company = "Company name is required";
    if (!next.phone) problems.phone = "Phone needs 11 digits, e.g. 01632 960 123";
    if (!next.vat) problems.vat = "VAT number is GB followed by 9 digits";
    setErrors(problems);
    if (Object.keys(problems).length) {
      setMessage("");
      return;
    }
    setSaved(next);
    setFormKey((k) => k + 1);
    setMessage("Account details saved");
  }

  function reset() {
    setErrors({});
    setMessage("");
    setFormKey((k) => k + 1);
  }

  return (
    <div className="trade-account">
      <h1>Mapleyard Timber - trade account {accountNo}</h1>
      <aside className="current">
        <p>On file: {saved.company}</p>
        <p>Phone on file: {saved.phone}</p>
        <p>VAT on file: {saved.vat}</p>
        <p>Credit limit: {creditLimit} (call your branch to change it)</p>
      </aside>

      <form key={formKey} onSubmit={onSubmit} noValidate>
        <input name="company" placeholder="Company name" defaultValue={saved.company} />
        {errors.company && <em className="err">{errors.company}</em>}
        <input name="contact" placeholder="Account contact" defaultValue={saved.contact} />
        <input name="phone" placeholder="Phone" defaultValue={saved.phone} />
        {errors.phone && <em className="err">{errors.phone}</em>}
        <input name="vat" placeholder="VAT number" defaultValue={saved.vat} />
        {errors.vat && <em className="err">{errors.vat}</em>}
        <textarea name="yardNotes" placeholder="Delivery notes for the yard" defaultValue={saved.yardNotes} />
        <div className="buttons">
          <button type="submit">Save details</button>
          <button type="button" onClick={reset}>
            Reset form
          </button>
        </div>
      </form>
      {message && <p className="saved">{message}</p>}
    </div>
  );
}
