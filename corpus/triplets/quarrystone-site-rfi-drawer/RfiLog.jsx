import { useState } from "react";
import { RfiProvider, useRfis } from "./RfiContext.jsx";
import RfiDrawer from "./RfiDrawer.jsx";

const STATUS_FILTERS = ["All", "Open", "Answered"];

function RfiTable({ onOpen }) {
  const { rfis } = useRfis();
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState("All");
  const open = rfis.filter((r) => r.status === "Open").length;
  const visible = rfis.filter(
    (r) =>
      (status === "All" || r.status === status) &&
      r.title.toLowerCase().includes(query.trim().toLowerCase())
  );

  return (
    <>
      <p className="open-count">Open RFIs: {open}</p>
      <div className="toolbar">
        <input type="search" placeholder="Search RFIs" value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label="Status filter" value={status} onChange={(e) => setStatus(e.target.value)}>
          {STATUS_FILTERS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
      </div>
      <table>
        <thead>
          <tr>
            <th>RFI</th>
            <th>Subject</th>
            <th>Status</th>
            <th>Comments</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((r) => (
            <tr key={r.id}>
              <td>
                <button type="button" className="link" onClick={() => onOpen(r.id)}>
                  {r.id}
                </button>
              </td>
              <td>{r.title}</td>
              <td>{r.status}</td>
              <td>
                {r.comments.length} comment{r.comments.length === 1 ? "" : "s"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length === 0 && <p className="empty">No RFIs match.</p>}
    </>
  );
}

export default function RfiLog({ project = "Quarrystone Yard, Block B" }) {
  const [openId, setOpenId] = useState(null);

  return (
    <RfiProvider>
      <main>
        <h1>RFI log - {project}</h1>
        <RfiTable onOpen={setOpenId} />
        {openId && <RfiDrawer id={openId} onClose={() => setOpenId(null)} />}
      </main>
    </RfiProvider>
  );
}
