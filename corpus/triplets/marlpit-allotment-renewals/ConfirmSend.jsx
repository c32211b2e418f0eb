export default function ConfirmSend({ count, onConfirm, onCancel }) {
  return (
    <div className="confirm" role="dialog" aria-label="Confirm invoices">
      <p>Send {count} renewal invoices?</p>
      <button type="button" onClick={onConfirm}>
        Send invoices
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
