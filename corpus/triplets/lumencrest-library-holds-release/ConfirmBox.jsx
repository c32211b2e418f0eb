export default function ConfirmBox({ question, onConfirm, onCancel }) {
  if (!question) return null;
  return (
    <div className="confirm-layer">
      <div role="dialog" aria-modal="true" aria-label={question.title}>
        <h2>{question.title}</h2>
        <p>{question.message}</p>
        <footer>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={onConfirm}>
            {question.confirmLabel}
          </button>
        </footer>
      </div>
    </div>
  );
}
