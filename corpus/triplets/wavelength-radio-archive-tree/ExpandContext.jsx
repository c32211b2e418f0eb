import { createContext, useContext, useState } from "react";

const ExpandContext = createContext(null);

// Only one broadcaster is open at a time; decades inside it open independently.
export function ExpandProvider({ topLevelIds, children }) {
  const [open, setOpen] = useState([]);

  function toggle(id) {
    setOpen((current) => {
      if (current.includes(id)) return current.filter((x) => x !== id);
      const rest = topLevelIds.includes(id) ? current.filter((x) => !topLevelIds.includes(x)) : current;
      return [...rest, id];
    });
  }

  return <ExpandContext.Provider value={{ isOpen: (id) => open.includes(id), toggle }}>{children}</ExpandContext.Provider>;
}

export function useExpand() {
  return useContext(ExpandContext);
}
