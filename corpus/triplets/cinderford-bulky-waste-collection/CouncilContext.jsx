import { createContext, useContext } from "react";

const ADDRESSES = {
  "CF14 2AB": ["1 Orchard Row", "3 Orchard Row", "5 Orchard Row", "Flat 2, 7 Orchard Row"],
  "CF10 4GH": ["12 Tanner Street", "14 Tanner Street"],
};

const ROUNDS = {
  CF14: "Tuesday 8 July",
  CF10: "Thursday 10 July",
};

export function normalisePostcode(raw) {
  return raw.trim().toUpperCase().replace(/\s+/g, " ");
}

const CouncilContext = createContext(null);

export function CouncilProvider({ children }) {
  const value = {
    lookup: (postcode) => ADDRESSES[normalisePostcode(postcode)] || [],
    collectionDay: (postcode) => ROUNDS[normalisePostcode(postcode).split(" ")[0]] || "the next free round",
  };
  return <CouncilContext.Provider value={value}>{children}</CouncilContext.Provider>;
}

export function useCouncil() {
  return useContext(CouncilContext);
}
