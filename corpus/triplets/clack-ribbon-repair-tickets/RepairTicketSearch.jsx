import { useRef, useState } from "react";
import TicketRow from "./TicketRow.jsx";
import { OPEN_TICKETS, searchTickets } from "./tickets.js";

export default function RepairTicketSearch({ tickets = OPEN_TICKETS }) {
  const inputRef = useRef(null);
  const [applied, setApplied] = useState("");

  const results = searchTickets(tickets, applied);
  const heading = applied.trim()
    ? `Results for "${applied.trim()}" (${results.length})`
    : `All open tickets (${tickets.length})`;

  function run(event) {
    event.preventDefault();
    setApplied(inputRef.current.value);
  }

  function clear() {
    inputRef.current.value = "";
    setApplied("");
    inputRef.current.focus();
  }

  return (
    <div className="workshop">
      <h1>Clack &amp; Ribbon - repair desk</h1>

      <form role="search" onSubmit={run}>
        <label htmlFor="ticket-q">Find a ticket</label>
        <input id="ticket-q" ref={inputRef} defaultValue="" autoComplete="off" />
        <button type="submit">Search</button>
        <button type="button" onClick={clear}>
          Clear
        </button>
        <p className="hint">Ticket number, machine or customer. Press Enter to search.</p>
      </form>

      <h2>{heading}</h2>

      {results.length > 0 ? (
        <ul className="tickets">
          {results.map((t) => (
            <TicketRow key={t.number} ticket={t} />
          ))}
        </ul>
      ) : (
        <p className="nothing">No open ticket for that search. Check the paper ledger for closed jobs.</p>
      )}

      <aside>
        <h3>Bench notes</h3>
        <ul>
          <li>Drawbands in stock: 4</li>
          <li>Olympia typebars on order from Wilhelmshaven</li>
          <li>Platen recovering: send out on Thursdays</li>
        </ul>
        <p className="legend">
          Statuses: Booked in, On the bench, Waiting for parts, Ready for collection.
        </p>
      </aside>
    </div>
  );
}
