import { useRef } from "react";

export default function BinRow({ bin, editing, error, onStart, onSave, onCancel }) {
  const inputRef = useRef(null);

  function onKeyDown(e) {
    if (e.key === "Enter") onSave(bin.code, inputRef.current.value);
    else if (e.key === "Escape") onCancel();
  }

  return (
    <tr>
      <td>
        {editing ? (
          <>
            <input
              ref={inputRef}
              aria-label={"New code for " + bin.code}
              defaultValue={bin.code}
              autoFocus
              onKeyDown={onKeyDown}
            />
            {error && <div className="error">{error}</div>}
          </>
        ) : (
          <span className="code">{bin.code}</span>
        )}
      </td>
      <td>{bin.sku}</td>
      <td>{bin.qty}</td>
      <td>
        {!editing && (
          <button type="button" aria-label={"Rename bin " + bin.code} onClick={() => onStart(bin.code)}>
            ✎
          </button>
        )}
      </td>
    </tr>
  );
}
