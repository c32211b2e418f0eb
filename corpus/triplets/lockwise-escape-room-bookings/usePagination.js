import { useState } from "react";

export default function usePagination(items, perPage) {
  const [page, setPage] = useState(1);
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const start = (page - 1) * perPage;

  return {
    page,
    pageCount,
    pageItems: items.slice(start, start + perPage),
    canPrev: page > 1,
    canNext: page < pageCount,
    next: () => setPage((p) => p + 1),
    prev: () => setPage((p) => p - 1),
    reset: () => setPage(1),
  };
}
