import { createContext, useContext, useState } from "react";

const PagerContext = createContext(null);

export function PagerProvider({ total, perPage, children }) {
  const [page, setPage] = useState(1);
  const pageCount = Math.ceil(total / perPage);
  const value = {
    page,
    pageCount,
    from: (page - 1) * perPage,
    to: Math.min(page * perPage, total),
    goPrev: () => setPage((p) => Math.max(1, p - 1)),
    goNext: () => setPage((p) => Math.min(pageCount, p + 1)),
  };
  return <PagerContext.Provider value={value}>{children}</PagerContext.Provider>;
}

export function usePager() {
  const ctx = useContext(PagerContext);
  if (ctx === null) throw new Error("usePager needs a PagerProvider");
  return ctx;
}
