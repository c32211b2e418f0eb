import { useState } from "react";

// Shows text; double-click turns it into an input. Enter saves, Escape cancels.
export default function EditableCell({ value, label, validate, onSave }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState("");

  function start() {
    setDraft(value);
    setError("");
    setEditing(true);
  }

  function commit() {
    const problem = validate ? validate(draft) : "";
    if (problem) {
      setError(problem);
      return;
    }
    onSave(draft.trim());
    setEditing(false);
  }

  function onKeyDown(e) {
    if (e.key === "Enter") commit();
    if (e.key === "Escape") {
      setEditing(false);
      setError("");
    }
  }

  if (!editing) {
    return (
      <span className="cell-text" onDoubleClick={start} title="Double-click to edit">
        {value}
      </span>
    );
  }
  return (
    <span className="cell-edit">
      <input aria-label={label} value={draft} autoFocus onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} />
      {error && <small className="error">{error}</small>}
    </span>
  );
}
