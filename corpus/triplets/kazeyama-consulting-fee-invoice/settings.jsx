import { createContext, useContext, useState } from "react";

const SettingsContext = createContext({ corporation: false, setCorporation: () => {}, rate: 15000 });

export function SettingsProvider({ children, rate }) {
  const [corporation, setCorporation] = useState(false);
  return <SettingsContext.Provider value={{ corporation, setCorporation, rate }}>{children}</SettingsContext.Provider>;
}

export function useSettings() {
  return useContext(SettingsContext);
}
