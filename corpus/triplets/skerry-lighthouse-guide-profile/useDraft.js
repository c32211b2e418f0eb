import { useState } from "react";

// Keeps a saved copy next to the edited one so the screen can show "Unsaved changes".
export default function useDraft(initial) {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const dirty = JSON.stringify(saved) !== JSON.stringify(draft);
  return {
    draft,
    dirty,
    update: (patch) => setDraft((d) => ({ ...d, ...patch })),
    commit: () => setSaved(draft),
    discard: () => setDraft(saved),
  };
}
