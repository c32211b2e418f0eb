import { useState } from "react";
import BinRow from "./BinRow.jsx";
import { normalize, checkBin } from "./binCode.js";

const BINS = [
  { code: "A-01-3", sku: "Hex bolts M8 x 40 (box of 200)", qty: 14 },
  { code: "A-01-4", sku: "Washers M8 zinc", qty: 52 },
  { code: "B-04-2", sku: "Cable ties 300 mm black", qty: 31 },
  { code: "D-11-1", sku: "Pallet wrap 500 mm", qty: 6 },
];

export default function BinLabels({ site = "Cratewise DC Tilburg", zone = "Zone 2 - small parts" }) {
  const [bins, setBins] = useState(BINS);
  const [editing, setEditing] = useState(null);
  const [error, setError] = useState("");
  const [log, setLog] = useState([]);

  function start(code) {
    setEditing(code);
    setError("");
  }

  function cancel() {
    setEditing(null);
    setError("");
  }

  function save(oldCode, typed) {
    const code = normalize(typed);
    if (code === oldCode) {
      cancel();
      return;
    }
    const others = bins.map((b) => b.code).filter((c) => c !== oldCode);
    const problem = checkBin(code, others);
    if (problem) {
      setError(problem);
      return;
    }
    setBins((list) => list.map((b) => (b.code === oldCode ? { ...b, code } : b)));
    setLog((l) => ["Renamed " + oldCode + " to " + code, ...l]);
    cancel();
  }

  return (
    <div className="bin-labels">
      <h1>Bin labels</h1>
      <p>
        {site} · {zone}
      </p>
      <table>
        <thead>
          <tr>
            <th>Bin</th>
            <th>SKU</th>
            <th>Qty</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {bins.map((b) => (
            <BinRow
              key={b.sku}
              bin={b}
              editing={editing === b.code}
              error={editing === b.code ? error : ""}
              onStart={start}
              onSave={save}
              onCancel={cancel}
            />
          ))}
        </tbody>
      </table>
      <p className="hint">Press Enter to save a new code, Esc to keep the old one. Labels reprint overnight.</p>
      {log.length > 0 && (
        <ul className="rename-log">
          {log.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
