import { createContext, useContext, useState } from "react";

const SelectionContext = createContext(null);

export function SelectionProvider({ children }) {
  const [ids, setIds] = useState([]);
  const api = {
    ids,
    isSelected: (id) => ids.includes(id),
    toggle: (id) => setIds((cur) => (cur.includes(id) ? cur.filter((x) => x !== id) : [...cur, id])),
    setAll: (list) => setIds(list),
    clear: () => setIds([]),
  };
  return <SelectionContext.Provider value={api}>{children}</SelectionContext.Provider>;
}

export function useSelection() {
  return useContext(SelectionContext);
}
