import { createContext, useContext, useState } from "react";

const QuoteContext = createContext(null);

export function QuoteProvider({ children, initialStyle = "black" }) {
  const [style, setStyle] = useState(initialStyle);
  const [placement, setPlacement] = useState("limb");
  const [hours, setHours] = useState(3);
  return (
    <QuoteContext.Provider value={{ style, setStyle, placement, setPlacement, hours, setHours }}>
      {children}
    </QuoteContext.Provider>
  );
}

export function useQuote() {
  return useContext(QuoteContext);
}
