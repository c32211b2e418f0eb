export const STAGES = ["Queued", "Firing", "Cooling", "Done"];

// Moves one load a stage forward (+1) or back (-1). The kiln takes one load at a time.
export function shift(loads, id, step) {
  const load = loads.find((l) => l.id === id);
  const at = STAGES.indexOf(load.stage);
  const to = at + step;
  if (to < 0 || to >= STAGES.length) return { loads, error: "" };
  if (STAGES[to] === "Firing") {
    const busy = loads.find((l) => l.stage === "Firing" && l.id !== id);
    if (busy) return { loads, error: "The kiln is busy with " + busy.name };
  }
  return { loads: loads.map((l) => (l.id === id ? { ...l, stage: STAGES[to] } : l)), error: "" };
}
