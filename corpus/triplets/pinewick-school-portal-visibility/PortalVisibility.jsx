import { useState } from "react";
import { usePendingMatrix } from "./usePendingMatrix.js";

const FEATURES = ["Gradebook", "Attendance", "Messaging", "Timetable", "Fee statements"];
const AUDIENCES = ["Teachers", "Parents", "Students"];
const STARTING_ON = [
  "Gradebook|Teachers",
  "Gradebook|Parents",
  "Attendance|Teachers",
  "Attendance|Parents",
  "Messaging|Teachers",
  "Timetable|Teachers",
  "Timetable|Parents",
  "Timetable|Students",
  "Fee statements|Parents",
];

function blocked(feature, audience) {
  return feature === "Fee statements" && audience === "Students";
}

export default function PortalVisibility({ school = "Pinewick Primary & Middle School", term = "Spring term" }) {
  const m = usePendingMatrix(FEATURES, AUDIENCES, STARTING_ON);
  const [notice, setNotice] = useState("");

  function apply() {
    setNotice("Applied " + m.pending.length + (m.pending.length === 1 ? " change" : " changes"));
    m.apply();
  }

  return (
    <main className="portal-visibility">
      <h1>Portal visibility</h1>
      <p>
        {school} - {term}
      </p>
      <div className="grid" role="table" aria-label="Feature visibility">
        <div role="row" className="grid-head">
          <span role="columnheader">Feature</span>
          {AUDIENCES.map((a) => (
            <span role="columnheader" key={a}>
              {a}
            </span>
          ))}
        </div>
        {FEATURES.map((f) => (
          <div role="row" key={f}>
            <span role="rowheader">{f}</span>
            {AUDIENCES.map((a) => (
              <span role="cell" key={a}>
                <button
                  type="button"
                  title={a + " · " + f}
                  disabled={blocked(f, a)}
                  className={m.isOn(f, a) ? "cell on" : "cell"}
                  onClick={() => {
                    m.toggle(f, a);
                    setNotice("");
                  }}
                >
                  {m.isOn(f, a) ? "On" : "Off"}
                </button>
              </span>
            ))}
          </div>
        ))}
      </div>

      <h2>Pending changes ({m.pending.length})</h2>
      {m.pending.length === 0 ? (
        <p className="none">No pending changes</p>
      ) : (
        <ul className="pending">
          {m.pending.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}

      <div className="actions">
        <button type="button" onClick={m.discard} disabled={m.pending.length === 0}>
          Discard
        </button>
        <button type="button" onClick={apply} disabled={m.pending.length === 0}>
          Apply to portal
        </button>
      </div>
      {notice && <p role="status">{notice}</p>}
      <p className="fine-print">Students never see fee statements (finance policy FP-3).</p>
    </main>
  );
}
