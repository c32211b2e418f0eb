import { createContext, useContext, useState } from "react";

export const DIETARY = ["Vegetarian", "Vegan", "Gluten-free", "Dairy-free", "Nut allergy", "Halal", "Kosher"];
export const ALLERGIES = ["Nut allergy"];

const START = [
  { name: "Ada Okafor", table: 1, tags: ["Vegetarian"] },
  { name: "Bram de Wit", table: 1, tags: [] },
  { name: "Chiara Lupo", table: 2, tags: ["Gluten-free", "Nut allergy"] },
  { name: "Dev Raman", table: 2, tags: ["Halal"] },
  { name: "Elin Berg", table: 3, tags: ["Gluten-free"] },
];

const GuestsContext = createContext(null);

function withTag(tags, tag) {
  if (tags.includes(tag)) return tags;
  const base = tag === "Vegan" ? tags.filter((t) => t !== "Vegetarian") : tags;
  return [...base, tag];
}

export function GuestsProvider({ children }) {
  const [guests, setGuests] = useState(START);
  const update = (name, fn) => setGuests((list) => list.map((g) => (g.name === name ? { ...g, tags: fn(g.tags) } : g)));
  const value = {
    guests,
    addTag: (name, tag) => update(name, (tags) => withTag(tags, tag)),
    removeTag: (name, tag) => update(name, (tags) => tags.filter((t) => t !== tag)),
  };
  return <GuestsContext.Provider value={value}>{children}</GuestsContext.Provider>;
}

export function useGuests() {
  return useContext(GuestsContext);
}
