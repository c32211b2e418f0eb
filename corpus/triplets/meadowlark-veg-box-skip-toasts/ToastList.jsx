export default function ToastList({ items, onUndo, onDismiss }) {
  if (items.length === 0) return null;
  return (
    <ul className="toasts" aria-label="Notifications">
      {items.map((t) => (
        <li key={t.id} className="toast">
          <span className="toast-text">{t.message}</span>
          {t.undo && (
            <button type="button" className="toast-undo" onClick={() => onUndo(t.id)}>
              Undo
            </button>
          )}
          <button type="button" className="toast-x" aria-label="Dismiss" onClick={() => onDismiss(t.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
