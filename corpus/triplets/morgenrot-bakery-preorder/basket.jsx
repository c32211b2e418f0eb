import { createContext, useContext, useState } from "react";
import { PRODUCTS, deliveryFee } from "./money.js";

const BasketContext = createContext(null);

export function BasketProvider({ children }) {
  const [qty, setQty] = useState({});
  const [mode, setMode] = useState("lieferung");

  const setAmount = (id, raw) => {
    const n = Math.max(0, Math.floor(Number(raw) || 0));
    setQty((q) => ({ ...q, [id]: n }));
  };

  const subtotal = PRODUCTS.reduce((sum, p) => sum + p.price * (qty[p.id] || 0), 0);
  const fee = deliveryFee(subtotal, mode);
  const value = { qty, setAmount, mode, setMode, subtotal, fee, total: subtotal + fee };
  return <BasketContext.Provider value={value}>{children}</BasketContext.Provider>;
}

export function useBasket() {
  const ctx = useContext(BasketContext);
  if (!ctx) throw new Error("useBasket must be used inside <BasketProvider>");
  return ctx;
}
