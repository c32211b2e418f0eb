export const STEELS = [
  { code: "1045", name: "medium carbon", quench: "water or brine from 830 \u00b0C" },
  { code: "1084", name: "high carbon", quench: "fast oil from 815 \u00b0C" },
  { code: "1095", name: "spring steel", quench: "fast oil from 800 \u00b0C" },
  { code: "5160", name: "spring steel", quench: "medium oil from 830 \u00b0C" },
  { code: "O1", name: "tool steel", quench: "oil from 800 \u00b0C" },
  { code: "A2", name: "tool steel", quench: "air cool from 950 \u00b0C" },
  { code: "D2", name: "tool steel", quench: "air cool from 1010 \u00b0C" },
  { code: "W2", name: "water hardening", quench: "water from 790 \u00b0C" },
  { code: "15N20", name: "nickel steel", quench: "fast oil from 800 \u00b0C" },
  { code: "52100", name: "bearing steel", quench: "fast oil from 845 \u00b0C" },
  { code: "S7", name: "shock steel", quench: "air cool from 940 \u00b0C" },
  { code: "440C", name: "stainless", quench: "plate quench from 1040 \u00b0C" },
];

export const label = (s) => `${s.code} ${s.name}`;

export function suggest(steels, typed) {
  const q = typed.trim().toLowerCase();
  if (!q) return [];
  return steels.filter((s) => label(s).toLowerCase().includes(q));
}
