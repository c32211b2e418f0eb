import { useState } from "react";

const REASONS = ["Wrong shade", "Duplicate order", "Patient cancelled", "Impression unusable"];

export default function VoidDialog({ order, onVoid, onClose }) {
  const [reason, setReason] = useState("");

  return (
    <div className="modal-shade">
      <div role="dialog" aria-modal="true" aria-labelledby="void-heading" className="modal">
        <button type="button" className="icon-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
        <h2 id="void-heading">Void order {order.id}?</h2>
        <p>
          {order.item} for {order.dentist}. The lab stops work and the case box is returned.
        </p>
        <label htmlFor="void-reason">Reason</label>
        <select id="void-reason" value={reason} onChange={(e) => setReason(e.target.value)}>
          <option value="">Choose a reason</option>
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <div className="modal-actions">
          <button type="button" disabled={!reason} onClick={() => onVoid(reason)}>
            Void order
          </button>
        </div>
      </div>
    </div>
  );
}
