import { useMemo, useState } from "react";

// Free-text search over the casting book: bell name, church or inscription.
export default function useBellSearch(bells) {
  const [query, setQuery] = useState("");

  const results = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return bells;
    return bells.filter((bell) =>
      [bell.name, bell.church, bell.inscription].some((field) => field.toLowerCase().includes(q))
    );
  }, [bells, query]);

  return { query, setQuery, results, clear: () => setQuery("") };
}
