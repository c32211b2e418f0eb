import { useState } from "react";
import MatrixRow from "./MatrixRow.jsx";
import { ROLES, PERMISSIONS, INITIAL, toggle, countChanges } from "./matrix.js";

const AUDIT = [
  { when: "2 Sep", who: "Ruth (Board)", what: "Treasurer may export the member list" },
  { when: "19 Aug", who: "Ruth (Board)", what: "Harvest leads may post announcements" },
  { when: "1 Aug", who: "Ken (Board)", what: "Season opened, grid reset" },
];

function AuditTrail() {
  return (
    <details className="audit">
      <summary>Change history</summary>
      <ul>
        {AUDIT.map((a) => (
          <li key={a.when}>
            {a.when} - {a.who}: {a.what}
          </li>
        ))}
      </ul>
    </details>
  );
}

export default function CoopPermissions({ coop = "Millbrook Orchard Co-op", season = "Autumn 2024" }) {
  const [saved, setSaved] = useState(INITIAL);
  const [grants, setGrants] = useState(INITIAL);
  const [flash, setFlash] = useState("");

  const changes = countChanges(saved, grants);

  function onToggle(role, perm) {
    setGrants((g) => toggle(g, role, perm));
    setFlash("");
  }

  function save() {
    setSaved(grants);
    setFlash("Permissions updated for " + coop);
  }

  return (
    <div className="coop-permissions">
      <h1>Roles &amp; permissions</h1>
      <p>
        {coop} · {season}
      </p>

      <table>
        <thead>
          <tr>
            <th scope="col">Permission</th>
            {ROLES.map((r) => (
              <th key={r} scope="col">
                {r}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PERMISSIONS.map((p) => (
            <MatrixRow key={p} perm={p} grants={grants} onToggle={onToggle} />
          ))}
        </tbody>
      </table>

      <p className="changes">
        {changes === 0 ? "No unsaved changes" : changes === 1 ? "1 unsaved change" : changes + " unsaved changes"}
      </p>

      <div className="actions">
        <button type="button" onClick={() => setGrants(saved)} disabled={changes === 0}>
          Revert
        </button>
        <button type="button" onClick={save} disabled={changes === 0}>
          Save permissions
        </button>
      </div>
      {flash && <p role="status">{flash}</p>}
      <p className="footnote">The Board column is fixed by the co-op constitution.</p>
      <AuditTrail />
    </div>
  );
}
