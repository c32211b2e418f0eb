// One scan picks one unit on the first line of that SKU that still needs units.
export function applyScan(lines, sku) {
  if (!lines.some((l) => l.sku === sku)) return { error: "SKU not in this wave: " + sku };
  const index = lines.findIndex((l) => l.sku === sku && l.picked < l.qty);
  if (index === -1) return { error: "Already fully picked: " + sku };
  const next = lines.map((l, i) => (i === index ? { ...l, picked: l.picked + 1 } : l));
  return { lines: next, order: lines[index].order };
}

export function stats(lines) {
  const orders = [...new Set(lines.map((l) => l.order))];
  const complete = (l) => l.picked === l.qty;
  return {
    units: lines.reduce((n, l) => n + l.picked, 0),
    unitsTotal: lines.reduce((n, l) => n + l.qty, 0),
    lines: lines.filter(complete).length,
    linesTotal: lines.length,
    orders: orders.filter((o) => lines.filter((l) => l.order === o).every(complete)).length,
    ordersTotal: orders.length,
  };
}
