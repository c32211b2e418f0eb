// Returns a new list with the item at `index` moved by `delta` (-1 = up, +1 = down).
export function move(list, index, delta) {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const next = list.slice();
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

export function readyTimes(list, start) {
  const [h, m] = start.split(":").map(Number);
  let minutes = h * 60 + m;
  return list.map((item) => {
    minutes += item.hours * 60;
    const hh = Math.floor(minutes / 60) % 24;
    const mm = minutes % 60;
    return String(hh).padStart(2, "0") + ":" + String(mm).padStart(2, "0");
  });
}
