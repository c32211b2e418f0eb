// Longcase 8-day movement, Thwaites 1790 - parts logged on strip-down.
export const PARTS = [
  {
    id: "going",
    name: "Going train",
    children: [
      { id: "great", name: "Great wheel", note: "OK" },
      { id: "centre", name: "Centre wheel", note: "bushed, pivot polished" },
      { id: "third", name: "Third wheel", note: "OK" },
      { id: "escape", name: "Escape wheel", note: "worn teeth, re-cut" },
    ],
  },
  {
    id: "striking",
    name: "Striking train",
    children: [
      { id: "count", name: "Count wheel", note: "OK" },
      { id: "warning", name: "Warning wheel", note: "bent pin, straightened" },
      { id: "fly", name: "Fly", note: "spring replaced" },
    ],
  },
  {
    id: "motion",
    name: "Motion work",
    children: [
      { id: "cannon", name: "Cannon pinion", note: "OK" },
      { id: "hour", name: "Hour wheel", note: "OK" },
    ],
  },
  { id: "pendulum", name: "Pendulum", note: "suspension spring new" },
];

export function flatten(nodes, expanded, parent = null, out = []) {
  for (const node of nodes) {
    out.push({ node, parent });
    if (node.children && expanded.includes(node.id)) flatten(node.children, expanded, node.id, out);
  }
  return out;
}

export function findNode(nodes, id) {
  for (const node of nodes) {
    if (node.id === id) return node;
    const inside = node.children && findNode(node.children, id);
    if (inside) return inside;
  }
  return null;
}
