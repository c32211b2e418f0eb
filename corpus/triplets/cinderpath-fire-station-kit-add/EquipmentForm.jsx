import { useState } from "react";

const CATEGORIES = ["Breathing apparatus", "Rescue", "Hose and pumps", "Medical"];
const SERIAL = /^CP-\d{4}$/;

export default function EquipmentForm({ onSave, onCancel }) {
  const [item, setItem] = useState("");
  const [serial, setSerial] = useState("");
  const [category, setCategory] = useState(CATEGORIES[0]);
  const [dueNow, setDueNow] = useState(false);
  const [error, setError] = useState("");

  function save(e) {
    e.preventDefault();
    if (!item.trim()) return setError("Item name is required");
    if (!SERIAL.test(serial.trim())) return setError("Serial must look like CP-1234");
    onSave({ item: item.trim(), serial: serial.trim(), category, status: dueNow ? "Service due" : "In service" });
  }

  return (
    <form role="dialog" aria-label="New equipment item" className="modal" onSubmit={save}>
      <h2>New equipment item</h2>
      <input placeholder="Item name" value={item} onChange={(e) => setItem(e.target.value)} />
      <input placeholder="Serial number" value={serial} onChange={(e) => setSerial(e.target.value)} />
      <label>
        Category
        <select value={category} onChange={(e) => setCategory(e.target.value)}>
          {CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={dueNow} onChange={(e) => setDueNow(e.target.checked)} />
        Needs service now
      </label>
      {error && (
        <p className="form-error" data-testid="form-error">
          {error}
        </p>
      )}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit">Save item</button>
    </form>
  );
}
