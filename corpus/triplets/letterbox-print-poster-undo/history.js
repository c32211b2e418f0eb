// Undo/redo wrapper around a plain object "present".
export function createHistory(present) {
  return { past: [], present, future: [] };
}

export function historyReducer(state, action) {
  switch (action.type) {
    case "change": {
      const next = { ...state.present, ...action.patch };
      return { past: [...state.past, state.present], present: next, future: [] };
    }
    case "undo": {
      if (state.past.length === 0) return state;
      const previous = state.past[state.past.length - 1];
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future] };
    }
    case "redo": {
      if (state.future.length === 0) return state;
      const [next, ...rest] = state.future;
      return { past: [...state.past, state.present], present: next, future: rest };
    }
    default:
      return state;
  }
}
