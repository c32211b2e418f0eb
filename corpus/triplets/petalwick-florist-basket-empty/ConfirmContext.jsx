import { createContext, useCallback, useContext, useState } from "react";

const ConfirmContext = createContext(null);

export function ConfirmProvider({ children }) {
  const [request, setRequest] = useState(null);

  const confirm = useCallback(
    (options) => new Promise((resolve) => setRequest({ ...options, resolve })),
    []
  );

  function answer(value) {
    request.resolve(value);
    setRequest(null);
  }

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {request && (
        <div className="confirm-backdrop">
          <div role="dialog" aria-modal="true" aria-labelledby="petal-confirm">
            <h2 id="petal-confirm">{request.title}</h2>
            {request.detail && <p>{request.detail}</p>}
            <button type="button" onClick={() => answer(false)}>
              {request.noLabel}
            </button>
            <button type="button" onClick={() => answer(true)}>
              {request.yesLabel}
            </button>
          </div>
        </div>
      )}
    </ConfirmContext.Provider>
  );
}

export function useConfirm() {
  return useContext(ConfirmContext);
}
