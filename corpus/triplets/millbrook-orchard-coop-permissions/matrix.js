export const ROLES = ["Member", "Harvest lead", "Treasurer", "Board"];

export const PERMISSIONS = [
  "View harvest log",
  "Edit picking rota",
  "Approve payouts",
  "Export member list",
  "Post announcements",
];

// Board always has everything; it is shown but cannot be changed.
export const LOCKED_ROLE = "Board";

export const INITIAL = {
  Member: ["View harvest log"],
  "Harvest lead": ["View harvest log", "Edit picking rota", "Post announcements"],
  Treasurer: ["View harvest log", "Approve payouts", "Export member list"],
  Board: PERMISSIONS.slice(),
};

export function toggle(grants, role, perm) {
  const has = grants[role].includes(perm);
  let next = has ? grants[role].filter((p) => p !== perm) : [...grants[role], perm];
  // Editing the rota needs the log: removing the log removes the rota too.
  if (has && perm === "View harvest log") next = next.filter((p) => p !== "Edit picking rota");
  return { ...grants, [role]: next };
}

export function countChanges(saved, grants) {
  let n = 0;
  for (const role of ROLES) {
    for (const perm of PERMISSIONS) {
      if (saved[role].includes(perm) !== grants[role].includes(perm)) n += 1;
    }
  }
  return n;
}
