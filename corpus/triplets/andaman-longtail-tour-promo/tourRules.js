export const TOURS = {
  islands: { name: "4 Islands by longtail", adult: 1200, child: 800 },
  phiphi: { name: "Phi Phi by speedboat", adult: 2100, child: 1500 },
};
export const PARK_FEE = { adult: 400, child: 200 }; // paid on the boat, never discounted
export const DATES = ["2025-11-25", "2025-11-27", "2025-12-02"];

export function baht(n) {
  return "฿" + n.toLocaleString("en-US");
}

export function daysBetween(fromIso, toIso) {
  const ms = Date.parse(toIso + "T00:00:00Z") - Date.parse(fromIso + "T00:00:00Z");
  return Math.round(ms / 86400000);
}

export function tourPrice(tour, adults, children) {
  return tour.adult * adults + tour.child * children;
}

export function parkFee(adults, children) {
  return PARK_FEE.adult * adults + PARK_FEE.child * children;
}

// returns { off } or { error }
export function promo(code, { tour, adults, children, today, date }) {
  const price = tourPrice(tour, adults, children);
  if (code === "EARLYBIRD") {
    if (daysBetween(today, date) < 7) return { error: "EARLYBIRD needs a booking 7 or more days ahead" };
    return { off: Math.round(price * 0.1) };
  }
  if (code === "KIDSFREE") {
    const free = Math.min(children, adults);
    if (free === 0) return { error: "KIDSFREE needs at least one child" };
    return { off: free * tour.child };
  }
  if (code === "ANDAMAN200") {
    if (price < 2000) return { error: "ANDAMAN200 needs a booking of ฿2,000 or more" };
    return { off: 200 };
  }
  return { error: "Code not found" };
}
