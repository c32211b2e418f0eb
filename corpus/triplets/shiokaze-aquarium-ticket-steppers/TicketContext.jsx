import { createContext, useContext, useState } from "react";
import { MAX_TICKETS, TYPES, summarise } from "./tickets.js";

const TicketContext = createContext(null);

export function TicketProvider({ children }) {
  const [counts, setCounts] = useState(Object.fromEntries(TYPES.map((t) => [t.id, 0])));
  const summary = summarise(counts);
  const add = (id) => {
    if (summary.tickets >= MAX_TICKETS) return;
    setCounts((c) => ({ ...c, [id]: c[id] + 1 }));
  };
  const remove = (id) => setCounts((c) => ({ ...c, [id]: Math.max(0, c[id] - 1) }));
  return (
    <TicketContext.Provider value={{ counts, add, remove, summary, full: summary.tickets >= MAX_TICKETS }}>
      {children}
    </TicketContext.Provider>
  );
}

export const useTickets = () => useContext(TicketContext);
