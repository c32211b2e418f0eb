import { useMemo, useState } from "react";

export default function useSortableData(items, initial = null) {
  const [config, setConfig] = useState(initial);

  const sortedItems = useMemo(() => {
    if (!config) return items;
    const sign = config.direction === "ascending" ? 1 : -1;
    return [...items].sort((a, b) => {
      if (a[config.key] < b[config.key]) return -sign;
      if (a[config.key] > b[config.key]) return sign;
      return 0;
    });
  }, [items, config]);

  function requestSort(key) {
    let direction = "ascending";
    if (config && config.key === key && config.direction === "ascending") {
      direction = "descending";
    }
    setConfig({ key, direction });
  }

  return { items: sortedItems, requestSort, config };
}
