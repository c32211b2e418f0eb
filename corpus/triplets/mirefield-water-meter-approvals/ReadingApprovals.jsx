import { useState } from "react";
import ReadingRow from "./ReadingRow.jsx";
import { SelectionProvider, useSelection } from "./SelectionContext.jsx";

const READINGS = [
  { id: "MR-1", address: "14 Birch Row", previous: 10432, current: 10471, status: "Pending" },
  { id: "MR-2", address: "2 Kiln Lane", previous: 8870, current: 8902, status: "Pending" },
  { id: "MR-3", address: "7 Orchard Close", previous: 22015, current: 22140, status: "Pending" },
  { id: "MR-4", address: "31 Station Road", previous: 5120, current: 5151, status: "Approved" },
  { id: "MR-5", address: "9 Weir View", previous: 14330, current: 14368, status: "Pending" },
  { id: "MR-6", address: "18 Mill Race", previous: 3001, current: 3030, status: "Pending" },
];

const UNUSUAL_M3 = 100;

function Approvals({ initial }) {
  const [readings, setReadings] = useState(initial);
  const [note, setNote] = useState(null);
  const sel = useSelection();

  const pending = readings.filter((r) => r.status === "Pending");
  const allPending = pending.length > 0 && pending.every((r) => sel.isSelected(r.id));

  function decide(status, verb) {
    const chosen = readings.filter((r) => sel.ids.includes(r.id));
    const odd = chosen.find((r) => r.current - r.previous > UNUSUAL_M3);
    if (status === "Approved" && odd && chosen.length > 1) {
      setNote({ error: true, text: `${odd.id} looks unusual (${odd.current - odd.previous} m\u00b3). Approve it on its own.` });
      return;
    }
    setReadings((list) => list.map((r) => (sel.ids.includes(r.id) ? { ...r, status } : r)));
    setNote({ error: false, text: `${chosen.length} readings ${verb}` });
    sel.clear();
  }

  return (
    <>
      <div className="bulk">
        <span className="selected">Selected: {sel.ids.length}</span>
        <button type="button" disabled={sel.ids.length === 0} onClick={() => decide("Approved", "approved")}>
          Approve selected
        </button>
        <button type="button" disabled={sel.ids.length === 0} onClick={() => decide("Sent back for re-read", "sent back")}>
          Reject selected
        </button>
      </div>
      {note && <p className={note.error ? "error" : "done"}>{note.text}</p>}

      <table>
        <thead>
          <tr>
            <th>
              <input
                type="checkbox"
                aria-label="Select all pending"
                checked={allPending}
                onChange={() => (allPending ? sel.clear() : sel.setAll(pending.map((r) => r.id)))}
              />
            </th>
            <th>Meter</th>
            <th>Address</th>
            <th>Previous</th>
            <th>Current</th>
            <th>Used</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {readings.map((r) => (
            <ReadingRow key={r.id} reading={r} />
          ))}
        </tbody>
      </table>
    </>
  );
}

export default function ReadingApprovals({ readings = READINGS }) {
  return (
    <SelectionProvider>
      <main>
        <h1>Mirefield Water - meter readings to approve</h1>
        <p className="period">Quarter ending 31 March. Readings over {UNUSUAL_M3} m&sup3; need a second look.</p>
        <Approvals initial={readings} />
      </main>
    </SelectionProvider>
  );
}
