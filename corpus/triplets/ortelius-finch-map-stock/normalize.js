// "Münster" and "munster" must find the same map: strip accents, fold case.
export function normalize(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

export function searchMaps(maps, query, hideSold) {
  const q = normalize(query.trim());
  return maps.filter((m) => {
    if (hideSold && m.sold) return false;
    if (!q) return true;
    const fields = [m.title, m.cartographer, m.region, String(m.year)].join(" | ");
    return normalize(fields).includes(q);
  });
}

export function pounds(n) {
  return "\u00a3" + n.toLocaleString("en-GB");
}
