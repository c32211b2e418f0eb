export const RESOURCES = [
  { id: "shipments", label: "Shipments" },
  { id: "invoices", label: "Invoices" },
  { id: "tracking", label: "Tracking events" },
  { id: "carriers", label: "Carriers" },
  { id: "webhooks", label: "Webhooks" },
];

// grants: { shipments: { read: true, write: false }, ... }
export function emptyGrants() {
  const g = {};
  for (const r of RESOURCES) g[r.id] = { read: false, write: false };
  return g;
}

export function setAccess(grants, id, level, on) {
  const cur = grants[id];
  let next = { ...cur, [level]: on };
  if (level === "write" && on) next = { read: true, write: true };
  return { ...grants, [id]: next };
}

export function scopeList(grants) {
  const out = [];
  for (const r of RESOURCES) {
    if (grants[r.id].read) out.push(r.id + ":read");
    if (grants[r.id].write) out.push(r.id + ":write");
  }
  return out;
}

export function readOnly() {
  const g = {};
  for (const r of RESOURCES) g[r.id] = { read: true, write: false };
  return g;
}
