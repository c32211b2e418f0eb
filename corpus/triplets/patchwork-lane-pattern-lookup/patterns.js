export const PATTERNS = [
  { id: "p01", name: "Log Cabin", designer: "Traditional", metres: 4.5, blocks: 16 },
  { id: "p02", name: "Flying Geese", designer: "Traditional", metres: 3.2, blocks: 24 },
  { id: "p03", name: "Drunkard's Path", designer: "Traditional", metres: 5.0, blocks: 36 },
  { id: "p04", name: "Kaleidoscope Star", designer: "Mei Tanaka", metres: 6.1, blocks: 9 },
  { id: "p05", name: "Harbour Lights", designer: "Mei Tanaka", metres: 3.8, blocks: 12 },
  { id: "p06", name: "Cathedral Window", designer: "Traditional", metres: 7.4, blocks: 49 },
  { id: "p07", name: "Storm at Sea", designer: "Traditional", metres: 5.6, blocks: 20 },
  { id: "p08", name: "Moorland Mosaic", designer: "Jean Okafor", metres: 4.0, blocks: 16 },
  { id: "p09", name: "Seven Sisters", designer: "Traditional", metres: 4.8, blocks: 7 },
  { id: "p10", name: "Bear's Paw", designer: "Traditional", metres: 3.9, blocks: 12 },
];

export const MIN_LETTERS = 2;

export function lookUp(patterns, typed) {
  const q = typed.trim().toLowerCase();
  if (q.length < MIN_LETTERS) return null;
  return patterns.filter((p) => p.name.toLowerCase().includes(q) || p.designer.toLowerCase().includes(q));
}

export function byLine(p) {
  return p.designer === "Traditional" ? "traditional" : "by " + p.designer;
}
