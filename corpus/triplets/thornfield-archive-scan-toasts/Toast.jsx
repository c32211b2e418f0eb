export default function Toast({ toast, onDismiss, onAction }) {
  return (
    <div className={"toast toast-" + toast.tone} role={toast.tone === "error" ? "alert" : "status"}>
      <p className="toast-msg">{toast.text}</p>
      {toast.action && (
        <button type="button" className="toast-action" onClick={() => onAction(toast)}>
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" aria-label="Dismiss message" onClick={() => onDismiss(toast.id)}>
        ✕
      </button>
    </div>
  );
}
