import { createContext, useContext, useReducer } from "react";

const RfiContext = createContext(null);

const SEED = [
  {
    id: "RFI-031",
    title: "Slab edge detail at grid C4",
    to: "Studio Harrow (architect)",
    status: "Open",
    comments: [
      { by: "D. Brennan", text: "Detail on S-201 clashes with the curtain wall bracket." },
      { by: "K. Osei", text: "Use detail 7/A-512 rev C." },
    ],
  },
  { id: "RFI-034", title: "Fire damper access panel size", to: "Lyle MEP", status: "Open", comments: [] },
  {
    id: "RFI-036",
    title: "Brick tie spacing on north elevation",
    to: "Studio Harrow (architect)",
    status: "Answered",
    comments: [{ by: "K. Osei", text: "450 mm horizontal, 300 mm at openings." }],
  },
];

function reducer(rfis, action) {
  switch (action.type) {
    case "comment":
      return rfis.map((r) =>
        r.id === action.id ? { ...r, comments: [...r.comments, { by: action.by, text: action.text }] } : r
      );
    case "answer":
      return rfis.map((r) => (r.id === action.id ? { ...r, status: "Answered" } : r));
    default:
      return rfis;
  }
}

export function RfiProvider({ children }) {
  const [rfis, dispatch] = useReducer(reducer, SEED);
  return <RfiContext.Provider value={{ rfis, dispatch }}>{children}</RfiContext.Provider>;
}

export function useRfis() {
  return useContext(RfiContext);
}
