import { createContext, useContext, useState } from "react";
import { LABOR_RATE } from "./invoiceMath.js";

const InvoiceContext = createContext(null);

const FIRST_LINES = [
  { id: 1, kind: "fee", text: "Trip charge", qty: 1, unit: 6500 },
  { id: 2, kind: "labor", text: "Replace water heater", qty: 3.5, unit: LABOR_RATE },
  { id: 3, kind: "part", text: "40-gal gas water heater", qty: 1, unit: 68900 },
  { id: 4, kind: "part", text: "Flex connector 18in", qty: 2, unit: 1249 },
];

export function InvoiceProvider({ children }) {
  const [lines, setLines] = useState(FIRST_LINES);
  const [senior, setSenior] = useState(false);
  const addLine = (line) => setLines((ls) => [...ls, { ...line, id: ls.length ? ls[ls.length - 1].id + 1 : 1 }]);
  const removeLine = (id) => setLines((ls) => ls.filter((l) => l.id !== id));
  return (
    <InvoiceContext.Provider value={{ lines, addLine, removeLine, senior, setSenior }}>{children}</InvoiceContext.Provider>
  );
}

export function useInvoice() {
  return useContext(InvoiceContext);
}
