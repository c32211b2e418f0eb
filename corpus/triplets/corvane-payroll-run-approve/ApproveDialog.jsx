import { useEffect, useState } from "react";

export default function ApproveDialog({ label, count, net, payDate, onApprove, onBack }) {
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    function onKeyDown(event) {
      if (event.key === "Escape") onBack();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [onBack]);

  return (
    <div className="dim">
      <div role="dialog" aria-modal="true" aria-labelledby="approve-title">
        <h2 id="approve-title">Approve {label} payroll?</h2>
        <p>
          {count} employees - net pay {net} GBP will be sent to the bank on {payDate}.
        </p>
        <input id="checked-totals" type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
        <label htmlFor="checked-totals">I have checked the totals</label>
        <div className="row">
          <button type="button" onClick={onBack}>
            Go back
          </button>
          <button type="button" disabled={!checked} onClick={onApprove}>
            Approve and send
          </button>
        </div>
      </div>
    </div>
  );
}
