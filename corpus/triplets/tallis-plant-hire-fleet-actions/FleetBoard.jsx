import { useState } from "react";
import { ACTIONS, FLEET, allowed, apply } from "./fleet.js";

export default function FleetBoard({ initialFleet = FLEET, depot = "Tallis Plant Hire - Avonmouth depot" }) {
  const [fleet, setFleet] = useState(initialFleet);
  const [openMenu, setOpenMenu] = useState(null);
  const [note, setNote] = useState("");

  function run(action, unit) {
    const result = apply(action, unit);
    setFleet((list) => list.map((u) => (u.id === unit.id ? result.unit : u)));
    setNote(result.note);
    setOpenMenu(null);
  }

  function exportCsv(onHireOnly) {
    const rows = onHireOnly ? fleet.filter((u) => u.status === "On hire") : fleet;
    setNote(`Exported ${rows.length} machines`);
    setOpenMenu(null);
  }

  function toggle(id) {
    setOpenMenu((current) => (current === id ? null : id));
  }

  return (
    <main className="fleet">
      <h1>{depot}</h1>
      <div className="bulk">
        <button type="button" aria-haspopup="menu" aria-expanded={openMenu === "bulk"} onClick={() => toggle("bulk")}>
          Bulk actions
        </button>
        {openMenu === "bulk" && (
          <div role="menu" aria-label="Bulk actions">
            <button type="button" role="menuitem" onClick={() => exportCsv(false)}>
              Export CSV
            </button>
            <button type="button" role="menuitem" onClick={() => exportCsv(true)}>
              Export CSV (on hire only)
            </button>
          </div>
        )}
      </div>
      {note && <p role="status">{note}</p>}
      <table>
        <thead>
          <tr>
            <th>Unit</th>
            <th>Machine</th>
            <th>Status</th>
            <th>Site</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {fleet.map((u) => (
            <tr key={u.id}>
              <td>{u.id}</td>
              <td>{u.machine}</td>
              <td>{u.status}</td>
              <td>{u.site || "-"}</td>
              <td>
                <button
                  type="button"
                  aria-haspopup="menu"
                  aria-expanded={openMenu === u.id}
                  aria-label={`Actions for ${u.id}`}
                  onClick={() => toggle(u.id)}
                >
                  ▾
                </button>
                {openMenu === u.id && (
                  <div role="menu" aria-label={`Actions for ${u.id}`}>
                    {ACTIONS.map((a) => (
                      <button
                        key={a.id}
                        type="button"
                        role="menuitem"
                        disabled={!allowed(a.id, u.status)}
                        onClick={() => run(a.id, u)}
                      >
                        {a.label}
                      </button>
                    ))}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
