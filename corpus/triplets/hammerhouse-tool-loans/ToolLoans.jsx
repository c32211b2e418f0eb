import { useState } from "react";
import { LOANS, PAGE_SIZES } from "./loans.js";

export default function ToolLoans({ loans = LOANS }) {
  const [size, setSize] = useState(5);
  const [page, setPage] = useState(1);

  const pages = Math.max(1, Math.ceil(loans.length / size));
  const first = (page - 1) * size;
  const visible = loans.slice(first, first + size);
  const last = Math.min(page * size, loans.length);

  function changeSize(e) {
    setSize(Number(e.target.value));
    setPage(1);
  }

  return (
    <div className="loans">
      <h1>Hammerhouse tool lending co-op</h1>
      <h2>Tools out on loan</h2>

      <table>
        <thead>
          <tr>
            <th>Tool</th>
            <th>Member</th>
            <th>Due back</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((l) => (
            <tr key={l.tool} className={l.overdue ? "overdue" : ""}>
              <td>{l.tool}</td>
              <td>{l.member}</td>
              <td>{l.overdue ? `${l.due} (overdue)` : l.due}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="table-footer">
        <label>
          Rows per page
          <select value={size} onChange={changeSize}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <span>
          Showing {first + 1}-{last} of {loans.length}
        </span>
        <button type="button" aria-label="Previous page" disabled={page === 1} onClick={() => setPage(page - 1)}>
          &lsaquo;
        </button>
        <span>
          Page {page} of {pages}
        </span>
        <button type="button" aria-label="Next page" disabled={page === pages} onClick={() => setPage(page + 1)}>
          &rsaquo;
        </button>
      </div>

      <p className="policy">Late returns: 50p a day, capped at the deposit. Volunteers on shift can extend a loan.</p>
    </div>
  );
}
