import { useState } from "react";

export default function useDismissed() {
  const [hidden, setHidden] = useState([]);

  return {
    hidden,
    isHidden: (key) => hidden.includes(key),
    hide: (key) => setHidden((list) => (list.includes(key) ? list : [...list, key])),
    restoreAll: () => setHidden([]),
  };
}
