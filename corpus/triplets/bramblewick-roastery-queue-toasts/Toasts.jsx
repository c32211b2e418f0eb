import { createContext, useCallback, useContext, useRef, useState } from "react";

const ToastContext = createContext(null);
const MAX_VISIBLE = 3;

export function ToastProvider({ children }) {
  const [toasts, setToasts] = useState([]);
  const nextId = useRef(1);

  const push = useCallback((text, tone = "info") => {
    const id = nextId.current++;
    setToasts((list) => [...list, { id, text, tone }].slice(-MAX_VISIBLE));
  }, []);

  const dismiss = useCallback((id) => {
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);

  return (
    <ToastContext.Provider value={{ push }}>
      {children}
      <div className="toast-stack" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={"toast toast-" + t.tone} role={t.tone === "error" ? "alert" : "status"}>
            <span>{t.text}</span>
            <button type="button" onClick={() => dismiss(t.id)}>
              Dismiss
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToasts() {
  return useContext(ToastContext);
}
