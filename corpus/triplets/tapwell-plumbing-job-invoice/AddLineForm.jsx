import { useState } from "react";
import { useInvoice } from "./invoiceContext.jsx";
import { LABOR_RATE } from "./invoiceMath.js";

export default function AddLineForm() {
  const { addLine } = useInvoice();
  const [error, setError] = useState("");

  function submit(e) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const kind = data.get("kind");
    const text = String(data.get("text")).trim();
    const qty = Number(data.get("qty"));
    const unit = kind === "labor" ? LABOR_RATE : Math.round(Number(data.get("unit")) * 100);
    if (!text) return setError("Description is required");
    if (!(qty > 0)) return setError("Quantity must be more than 0");
    if (!(unit > 0)) return setError("Enter a unit price");
    setError("");
    addLine({ kind, text, qty, unit });
    form.reset();
  }

  return (
    <form className="add-line" onSubmit={submit}>
      <h3>Add a line</h3>
      <label>
        Type
        <select name="kind" defaultValue="part">
          <option value="part">Part</option>
          <option value="labor">Labor (hours at $95.00)</option>
        </select>
      </label>
      <label>
        Description
        <input name="text" />
      </label>
      <label>
        Qty / hours
        <input name="qty" defaultValue="1" />
      </label>
      <label>
        Unit price ($)
        <input name="unit" />
      </label>
      <button type="submit">Add to invoice</button>
      {error && <span className="error">{error}</span>}
    </form>
  );
}
