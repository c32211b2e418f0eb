// Identical messages are merged into one toast with a repeat count.
export function toastReducer(toasts, action) {
  switch (action.type) {
    case "push": {
      const same = toasts.find((t) => t.text === action.text);
      if (same) return toasts.map((t) => (t === same ? { ...t, times: t.times + 1 } : t));
      return [...toasts, { key: action.key, text: action.text, times: 1 }];
    }
    case "close":
      return toasts.filter((t) => t.key !== action.key);
    case "clear":
      return [];
    default:
      return toasts;
  }
}
