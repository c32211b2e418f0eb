import { useState } from "react";

// Keeps one pending question; the action runs only when the user confirms.
export default function useConfirm() {
  const [pending, setPending] = useState(null);

  function ask(question) {
    setPending(question);
  }

  function confirm() {
    const action = pending && pending.action;
    setPending(null);
    if (action) action();
  }

  function cancel() {
    setPending(null);
  }

  return { pending, ask, confirm, cancel };
}
