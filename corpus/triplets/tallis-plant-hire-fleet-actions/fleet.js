export const FLEET = [
  { id: "CR-101", machine: "Liebherr 110 EC-B tower crane", status: "Available", site: "" },
  { id: "CR-117", machine: "Terex AC 55 city crane", status: "On hire", site: "Brunel Wharf" },
  { id: "CR-124", machine: "JCB 540-140 telehandler", status: "On hire", site: "Kestrel Park" },
  { id: "CR-130", machine: "Manitou MRT 2150", status: "In service", site: "" },
];

export const ACTIONS = [
  { id: "service", label: "Book service" },
  { id: "return", label: "Return from hire" },
  { id: "retire", label: "Retire machine" },
];

// Which actions are allowed for a machine in a given status.
export function allowed(action, status) {
  switch (action) {
    case "service":
      return status === "Available";
    case "return":
      return status === "On hire";
    case "retire":
      return status !== "On hire";
    default:
      return false;
  }
}

export function apply(action, unit) {
  if (action === "service") return { unit: { ...unit, status: "In service" }, note: `${unit.id} booked in for service` };
  if (action === "return") {
    return { unit: { ...unit, status: "Available", site: "" }, note: `${unit.id} returned from ${unit.site}` };
  }
  if (action === "retire") return { unit: { ...unit, status: "Retired" }, note: `${unit.id} retired` };
  return { unit, note: "" };
}
