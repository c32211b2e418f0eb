import { useState } from "react";
import { PAGE_SIZE, WORK_ORDERS } from "./logs.js";

export default function TurbineLog({ orders = WORK_ORDERS, site = "Northfell" }) {
  const [page, setPage] = useState(1);
  const pageCount = Math.ceil(orders.length / PAGE_SIZE);
  const start = (page - 1) * PAGE_SIZE;
  const rows = orders.slice(start, start + PAGE_SIZE);
  const end = start + rows.length;

  return (
    <section className="log">
      <h1>{site} wind farm - maintenance log</h1>
      <p className="scope">Closed work orders, 12 turbines, Vestas V90 fleet.</p>

      <table>
        <thead>
          <tr>
            <th>Work order</th>
            <th>Date</th>
            <th>Turbine</th>
            <th>Task</th>
            <th>Technician</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.wo}>
              <td>{o.wo}</td>
              <td>{o.date}</td>
              <td>{o.turbine}</td>
              <td>{o.task}</td>
              <td>{o.tech}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="pager">
        <button type="button" onClick={() => setPage(page - 1)} disabled={page <= 1}>
          Previous
        </button>
        <span className="page-of">
          Page {page} of {pageCount}
        </span>
        <button type="button" onClick={() => setPage(page + 1)} disabled={page >= pageCount}>
          Next
        </button>
      </div>
      <p className="range">
        Entries {start + 1}-{end} of {orders.length}
      </p>

      <footer>
        <small>Times are site local (GMT+1 in summer).</small>
        <small>Open work orders live in the CMMS, not here.</small>
        <small>Export for the insurer: ask the site manager.</small>
      </footer>
    </section>
  );
}
