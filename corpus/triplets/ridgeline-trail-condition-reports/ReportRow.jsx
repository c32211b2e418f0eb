import { conditionLabel } from "./conditions.js";

export default function ReportRow({ report }) {
  return (
    <li className={report.pinned ? "report pinned" : "report"}>
      {report.pinned && <span className="badge">Pinned</span>}
      <span className="condition">{conditionLabel(report.condition)}</span>
      <b>{report.by}</b>
      <p>{report.text}</p>
    </li>
  );
}
