import { useState } from "react";
import { TicketProvider, useTickets } from "./TicketContext.jsx";
import { MAX_TICKETS, TYPES, yen } from "./tickets.js";

const SHOWS = [
  { time: "11:00", name: "Penguin feeding" },
  { time: "13:30", name: "Dolphin lagoon talk" },
  { time: "15:00", name: "Jellyfish night zone" },
];

function TicketRow({ type }) {
  const { counts, add, remove, full } = useTickets();
  const n = counts[type.id];
  return (
    <li className="ticket-row">
      <span className="type">{type.name}</span>
      <span className="unit">{yen(type.price)}</span>
      <button aria-label={"Remove " + type.name + " ticket"} disabled={n === 0} onClick={() => remove(type.id)}>
        −
      </button>
      <span className="n">{n}</span>
      <button aria-label={"Add " + type.name + " ticket"} disabled={full} onClick={() => add(type.id)}>
        +
      </button>
    </li>
  );
}

function Basket({ visitDate }) {
  const { summary, full } = useTickets();
  const [bought, setBought] = useState(false);
  const canBuy = summary.tickets > 0 && !summary.unaccompanied;
  return (
    <div className="basket">
      <p className="count">
        {summary.tickets} {summary.tickets === 1 ? "ticket" : "tickets"}
      </p>
      {full && <p className="limit">Maximum {MAX_TICKETS} tickets per order</p>}
      {summary.group > 0 && <p className="group">Group rate −10%: −{yen(summary.group)}</p>}
      <p className="total">Total {yen(summary.total)}</p>
      {summary.unaccompanied && (
        <p className="warning">Children must be accompanied by an adult or student</p>
      )}
      <button disabled={!canBuy} onClick={() => setBought(true)}>
        Buy tickets
      </button>
      {bought && canBuy && <p role="status">QR tickets for {visitDate} sent to your e-mail</p>}
    </div>
  );
}

export default function AquariumTickets({ visitDate = "2025-08-09" }) {
  return (
    <TicketProvider>
      <main className="aquarium">
        <h1>Shiokaze Aquarium Yokohama</h1>
        <p>
          Online tickets for {visitDate}. Children under 3 enter free and need no ticket.
        </p>
        <ul className="ticket-types">
          {TYPES.map((t) => (
            <TicketRow key={t.id} type={t} />
          ))}
        </ul>
        <Basket visitDate={visitDate} />
        <section className="shows">
          <h2>Today's shows</h2>
          <ul>
            {SHOWS.map((s) => (
              <li key={s.time}>
                {s.time} – {s.name}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </TicketProvider>
  );
}
