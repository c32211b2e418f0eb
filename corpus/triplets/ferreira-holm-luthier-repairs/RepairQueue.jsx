import { useState } from "react";
import SortHeader from "./SortHeader.jsx";
import { JOBS, URGENCY, euros, sortJobs } from "./queue.js";

function UrgencyLegend({ jobs }) {
  return (
    <ul className="legend">
      {URGENCY.map((u) => (
        <li key={u}>
          {u}: {jobs.filter((j) => j.urgency === u).length}
        </li>
      ))}
    </ul>
  );
}

export default function RepairQueue({ jobs = JOBS, workshop = "Ferreira & Holm, luthiers" }) {
  const [sort, setSort] = useState({ column: "promised", ascending: true });

  function onSort(column) {
    setSort((s) => (s.column === column ? { column, ascending: !s.ascending } : { column, ascending: true }));
  }

  const rows = sortJobs(jobs, sort);
  const total = jobs.reduce((sum, j) => sum + j.quote, 0);

  return (
    <main className="bench">
      <h1>{workshop}</h1>
      <h2>Repair queue</h2>
      <p className="lede">Instruments on the bench or waiting. Sorted by promised date unless you choose otherwise.</p>

      <table>
        <thead>
          <tr>
            <th>Ticket</th>
            <th>Instrument</th>
            <SortHeader column="owner" label="Owner" sort={sort} onSort={onSort} />
            <th>Job</th>
            <SortHeader column="urgency" label="Urgency" sort={sort} onSort={onSort} />
            <SortHeader column="quote" label="Quote" sort={sort} onSort={onSort} />
            <SortHeader column="promised" label="Promised" sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {rows.map((j) => (
            <tr key={j.ticket}>
              <td>#{j.ticket}</td>
              <td className="instrument">{j.instrument}</td>
              <td>{j.owner}</td>
              <td>{j.job}</td>
              <td>{j.urgency}</td>
              <td>{euros(j.quote)}</td>
              <td>{j.promised}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <UrgencyLegend jobs={jobs} />
      <p className="total">Work in the queue: {euros(total)}</p>
      <p className="reminder">Humidity in the varnish room must stay between 45 and 55 %.</p>
    </main>
  );
}
