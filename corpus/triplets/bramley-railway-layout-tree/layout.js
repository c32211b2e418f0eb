export const LAYOUT = [
  {
    name: "Station throat",
    children: [
      { name: "Board A1", children: [{ name: "P1" }, { name: "P2", fault: "blade not closing" }] },
      { name: "Board A2", children: [{ name: "P3" }] },
    ],
  },
  {
    name: "Goods yard",
    children: [{ name: "Board B1", children: [{ name: "P4" }, { name: "P5" }, { name: "P6", fault: "motor stalls" }] }],
  },
  {
    name: "Fiddle yard",
    children: [
      { name: "Board C1", children: [{ name: "P7", fault: "frog not switching" }, { name: "P8", fault: "dead section" }] },
      { name: "Board C2", children: [{ name: "P9" }] },
    ],
  },
];

export function countFaults(node) {
  if (!node.children) return node.fault ? 1 : 0;
  return node.children.reduce((n, child) => n + countFaults(child), 0);
}

export function faultLabel(n) {
  return n === 1 ? "1 fault" : `${n} faults`;
}
