import { createContext, useContext, useState } from "react";

const FridgeFilterContext = createContext(null);

export function FridgeFilterProvider({ children }) {
  const [fridge, setFridge] = useState("All");
  const [tags, setTags] = useState([]);

  function toggleTag(tag) {
    setTags((t) => (t.includes(tag) ? t.filter((x) => x !== tag) : [...t, tag]));
  }

  function reset() {
    setFridge("All");
    setTags([]);
  }

  return (
    <FridgeFilterContext.Provider value={{ fridge, setFridge, tags, toggleTag, reset }}>
      {children}
    </FridgeFilterContext.Provider>
  );
}

export function useFridgeFilters() {
  return useContext(FridgeFilterContext);
}
