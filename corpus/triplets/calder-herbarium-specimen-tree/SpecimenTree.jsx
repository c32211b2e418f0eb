import { useState } from "react";
import { FAMILIES, allIds, sheetCount } from "./herbarium.js";

export default function SpecimenTree({ families = FAMILIES, cabinet = "Cabinet 14 - British flora" }) {
  const [open, setOpen] = useState(() => new Set());

  function toggle(id) {
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <section className="herbarium">
      <h1>Calder Herbarium</h1>
      <p className="cabinet">{cabinet}</p>

      <div className="tree-tools">
        <button type="button" onClick={() => setOpen(new Set(allIds(families)))}>
          Expand all
        </button>
        <button type="button" onClick={() => setOpen(new Set())}>
          Collapse all
        </button>
      </div>

      <ul className="families">
        {families.map((family) => (
          <li key={family.id}>
            <button type="button" aria-expanded={open.has(family.id)} onClick={() => toggle(family.id)}>
              {family.name} ({sheetCount(family)})
            </button>
            {open.has(family.id) && (
              <ul className="genera">
                {family.genera.map((genus) => (
                  <li key={genus.id}>
                    <button type="button" aria-expanded={open.has(genus.id)} onClick={() => toggle(genus.id)}>
                      {genus.name} ({genus.sheets.length})
                    </button>
                    {open.has(genus.id) && (
                      <ul className="sheets">
                        {genus.sheets.map(([taxon, sheet]) => (
                          <li key={sheet} className="sheet">
                            <i className="taxon">{taxon}</i> <code>{sheet}</code>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>

      <p className="handling">Sheets leave the cabinet in a folder, never loose.</p>
    </section>
  );
}
