// price for the whole group, in Rappen
export const GROUP_PRICE = { 2: 9800, 3: 13200, 4: 15600, 5: 17800, 6: 19500 };

export const ROOMS = ["Das Uhrwerk", "Die Alchemistin", "Tresor 13"];

export function chf(rp) {
  return "CHF " + (rp / 100).toFixed(2);
}

export function checkPromo(code, players) {
  switch (code) {
    case "TEAMEVENT":
      return players >= 5 ? "" : "TEAMEVENT is for groups of 5 or more";
    case "BIRTHDAY":
    case "RIDDLE10":
      return "";
    default:
      return "Unknown code";
  }
}

export function promoDiscount(code, players) {
  const price = GROUP_PRICE[players];
  if (code === "TEAMEVENT") return Math.round(price * 0.15);
  if (code === "BIRTHDAY") return Math.round(price / players); // birthday child plays free
  if (code === "RIDDLE10") return 1000;
  return 0;
}
