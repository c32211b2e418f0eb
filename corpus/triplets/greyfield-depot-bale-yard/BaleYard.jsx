import { useEffect, useRef, useState } from "react";

const BALES = [
  { id: "B-2041", material: "PET clear", kg: 412, status: "Waiting" },
  { id: "B-2042", material: "HDPE natural", kg: 388, status: "Waiting" },
  { id: "B-2043", material: "Cardboard (OCC)", kg: 520, status: "Shipped" },
  { id: "B-2044", material: "Aluminium cans", kg: 295, status: "Waiting" },
  { id: "B-2045", material: "Mixed paper", kg: 610, status: "Waiting" },
  { id: "B-2046", material: "Steel cans", kg: 450, status: "Shipped" },
  { id: "B-2047", material: "PET coloured", kg: 398, status: "Waiting" },
];

function kg(n) {
  return n.toLocaleString("en-GB") + " kg";
}

export default function BaleYard({ initialBales = BALES }) {
  const [bales, setBales] = useState(initialBales);
  const [selected, setSelected] = useState([]);
  const [message, setMessage] = useState("");
  const allRef = useRef(null);

  const waiting = bales.filter((b) => b.status === "Waiting");
  const allSelected = waiting.length > 0 && selected.length === waiting.length;
  const selectedKg = bales.filter((b) => selected.includes(b.id)).reduce((sum, b) => sum + b.kg, 0);

  useEffect(() => {
    allRef.current.indeterminate = selected.length > 0 && !allSelected;
  }, [selected, allSelected]);

  function toggle(id) {
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  }

  function toggleAll() {
    setSelected(allSelected ? [] : waiting.map((b) => b.id));
  }

  function markShipped() {
    setBales((list) => list.map((b) => (selected.includes(b.id) ? { ...b, status: "Shipped" } : b)));
    setMessage(`${selected.length} bales marked as shipped`);
    setSelected([]);
  }

  return (
    <section className="yard">
      <h1>Greyfield Recycling Depot - bale yard</h1>
      <div className="bulk-bar">
        <span className="selected-count">{selected.length} bales selected</span>
        <span className="selected-kg">({kg(selectedKg)})</span>
        <button type="button" onClick={markShipped} disabled={selected.length === 0}>
          Mark shipped
        </button>
      </div>
      {message && <p role="status">{message}</p>}

      <table>
        <thead>
          <tr>
            <th>
              <input ref={allRef} type="checkbox" aria-label="Select all bales" checked={allSelected} onChange={toggleAll} />
            </th>
            <th>Bale</th>
            <th>Material</th>
            <th>Weight</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {bales.map((b) => (
            <tr key={b.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={"Select bale " + b.id}
                  checked={selected.includes(b.id)}
                  disabled={b.status !== "Waiting"}
                  onChange={() => toggle(b.id)}
                />
              </td>
              <td>{b.id}</td>
              <td>{b.material}</td>
              <td>{kg(b.kg)}</td>
              <td className="status">{b.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="weighbridge">Weighbridge tickets are printed at the gatehouse.</p>
    </section>
  );
}
