export const MACHINES = [
  { id: "w1", name: "Washer 1", kind: "washer" },
  { id: "w2", name: "Washer 2", kind: "washer" },
  { id: "d3", name: "Dryer 3", kind: "dryer" },
];

export const TIMES = ["18:00", "18:45", "19:30", "20:15"];

const TAKEN = { w1: ["19:30"], w2: ["18:00"], d3: ["18:45", "19:30"] };

const PRICES = { washer: "£4.50", dryer: "£3.00" };

export function isTaken(machineId, time) {
  return (TAKEN[machineId] || []).includes(time);
}

export function priceOf(machine) {
  return PRICES[machine.kind];
}
