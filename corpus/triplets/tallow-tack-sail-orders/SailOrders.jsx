import { useState } from "react";

const ORDERS = [
  { order: "TT-881", boat: "Kittiwake", sail: "Mainsail", area: 28.5, cloth: "Dacron", due: "2025-04-02" },
  { order: "TT-882", boat: "Blue Heron", sail: "Genoa", area: 34.0, cloth: "Laminate", due: "2025-03-21" },
  { order: "TT-883", boat: "Sea Wren", sail: "Spinnaker", area: 61.2, cloth: "Nylon", due: "2025-05-10" },
  { order: "TT-884", boat: "Aurora", sail: "Jib", area: 12.8, cloth: "Dacron", due: "2025-03-15" },
  { order: "TT-885", boat: "Marguerite", sail: "Mizzen", area: 9.6, cloth: "Dacron", due: "2025-04-20" },
  { order: "TT-886", boat: "Fulmar", sail: "Code Zero", area: 45.3, cloth: "Laminate", due: "2025-03-28" },
  { order: "TT-887", boat: "Cormorant", sail: "Storm jib", area: 4.2, cloth: "Dacron", due: "2025-04-11" },
];

const COLUMNS = [
  { key: "order", title: "Order", sortable: true },
  { key: "boat", title: "Boat", sortable: true },
  { key: "sail", title: "Sail", sortable: true },
  { key: "area", title: "Area", sortable: true },
  { key: "cloth", title: "Cloth", sortable: false },
  { key: "due", title: "Due", sortable: true },
];

function compareBy(key) {
  if (key === "area") return (a, b) => a.area - b.area;
  return (a, b) => a[key].localeCompare(b[key]);
}

export default function SailOrders({ orders = ORDERS }) {
  const [sort, setSort] = useState({ key: "order", asc: true });

  function sortBy(key) {
    setSort((s) => ({ key, asc: s.key === key ? !s.asc : true }));
  }

  function onHeaderKey(e, key) {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      sortBy(key);
    }
  }

  const rows = [...orders].sort(compareBy(sort.key));
  if (!sort.asc) rows.reverse();

  return (
    <div className="loft">
      <h1>Tallow &amp; Tack - sail loft orders</h1>
      <p>Headers can be sorted with the mouse or the keyboard (Tab to a header, Enter or Space).</p>
      <table>
        <thead>
          <tr>
            {COLUMNS.map((c) =>
              c.sortable ? (
                <th
                  key={c.key}
                  tabIndex={0}
                  aria-sort={sort.key === c.key ? (sort.asc ? "ascending" : "descending") : "none"}
                  onClick={() => sortBy(c.key)}
                  onKeyDown={(e) => onHeaderKey(e, c.key)}
                >
                  {c.title}
                </th>
              ) : (
                <th key={c.key}>{c.title}</th>
              )
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.order}>
              <td>{o.order}</td>
              <td className="boat">{o.boat}</td>
              <td>{o.sail}</td>
              <td>{o.area.toFixed(1)} m&sup2;</td>
              <td>{o.cloth}</td>
              <td>{o.due}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="loft-note">Cloth for laminate sails is ordered two weeks ahead.</p>
    </div>
  );
}
