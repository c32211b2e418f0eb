import { useState } from "react";
import ReportRow from "./ReportRow.jsx";
import { CONDITIONS, conditionLabel } from "./conditions.js";

const PAGE = 3;

const REPORTS = [
  { id: "r1", by: "Ranger Tal Ocampo", condition: "muddy", text: "Lower switchbacks churned up after rain. Gaiters advised.", pinned: true },
  { id: "r2", by: "kestrel_kim", condition: "dry", text: "Summit ridge dry and windy, 40 km/h gusts." },
  { id: "r3", by: "Brennan H.", condition: "snow", text: "Patchy snow above 2,100 m on the north side." },
  { id: "r4", by: "lupine_lou", condition: "dry", text: "Creek crossing is ankle deep, easy hop." },
  { id: "r5", by: "M. Achterberg", condition: "muddy", text: "Horse traffic made the meadow section sloppy." },
  { id: "r6", by: "tarn_runner", condition: "closed", text: "Bridge at mile 4 taped off by the county." },
  { id: "r7", by: "Ola N.", condition: "dry", text: "Great conditions for sunrise." },
];

export default function TrailReports({ trail = "Ridgeline Loop via Hawk Saddle", initialReports = REPORTS }) {
  const [reports, setReports] = useState(initialReports);
  const [showAll, setShowAll] = useState(false);
  const [condition, setCondition] = useState("dry");
  const [text, setText] = useState("");
  const [error, setError] = useState("");

  const pinned = reports.filter((r) => r.pinned);
  const others = reports.filter((r) => !r.pinned);
  const ordered = [...pinned, ...others];
  const visible = showAll ? ordered : ordered.slice(0, PAGE);
  const hidden = ordered.length - visible.length;

  function submit(e) {
    e.preventDefault();
    if (text.trim().length < 10) {
      setError("Reports need at least 10 characters.");
      return;
    }
    const report = { id: "n" + reports.length, by: "You", condition, text: text.trim() };
    setReports([...pinned, report, ...others]);
    setText("");
    setError("");
  }

  return (
    <div className="trail">
      <h1>{trail}</h1>
      <p className="summary">
        <span className="total">{reports.length} reports</span> - latest: {conditionLabel(others[0]?.condition)}
      </p>

      <ul className="reports">
        {visible.map((r) => (
          <ReportRow key={r.id} report={r} />
        ))}
      </ul>
      {hidden > 0 && (
        <button className="more" onClick={() => setShowAll(true)}>
          Show {hidden} more
        </button>
      )}
      {showAll && <button onClick={() => setShowAll(false)}>Show fewer</button>}

      <form onSubmit={submit} className="new-report">
        <h2>Add a trail report</h2>
        <label htmlFor="cond">Condition</label>
        <select id="cond" value={condition} onChange={(e) => setCondition(e.target.value)}>
          {CONDITIONS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <label htmlFor="report-text">What did you see?</label>
        <textarea id="report-text" value={text} onChange={(e) => setText(e.target.value)} />
        {error && <span className="error">{error}</span>}
        <button type="submit">Submit report</button>
      </form>
    </div>
  );
}
