import { createContext, useContext, useMemo, useState } from "react";

const LibraryContext = createContext(null);

export function LibraryProvider({ scores, children }) {
  const [query, setQuery] = useState("");

  const value = useMemo(() => {
    const q = query.trim().toLowerCase();
    const results = q
      ? scores.filter((s) => s.title.toLowerCase().includes(q) || s.composer.toLowerCase().includes(q))
      : scores;
    return { query, setQuery, results, total: scores.length };
  }, [scores, query]);

  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>;
}

export function useLibrary() {
  const ctx = useContext(LibraryContext);
  if (!ctx) throw new Error("useLibrary must be used inside <LibraryProvider>");
  return ctx;
}
