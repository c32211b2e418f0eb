export function addOrMerge(items, name, qty) {
  const clean = name.trim();
  const existing = items.find((i) => i.name.toLowerCase() === clean.toLowerCase());
  if (existing) {
    // more of something already packed: the new ones still have to go in the bag
    return items.map((i) => (i === existing ? { ...i, qty: i.qty + qty, packed: false } : i));
  }
  return [...items, { name: clean, qty, packed: false }];
}

export function checkQuantity(qty) {
  if (!Number.isInteger(qty) || qty < 1) return "Quantity must be at least 1";
  if (qty > 20) return "That is a lot - ask Mr Hale first";
  return "";
}
