import { createContext, useContext, useState } from "react";

const PrefsContext = createContext(null);

export const DESKS = [
  { id: "breaking", name: "Breaking news wire", note: "AP + Reuters flash" },
  { id: "embargo", name: "Embargo lifts", note: "15 min before release" },
  { id: "sport", name: "Sports results", note: "Final whistles only" },
  { id: "corrections", name: "Corrections queue", note: "Standards desk" },
  { id: "obits", name: "Obituaries desk", note: "Weekdays 07:00-19:00" },
];

const DEFAULTS = { breaking: true, embargo: false, sport: false, corrections: true, obits: false };

export function PrefsProvider({ children, initial = DEFAULTS }) {
  const [prefs, setPrefs] = useState(initial);
  const [muted, setMuted] = useState(false);
  const toggle = (id) => setPrefs((p) => ({ ...p, [id]: !p[id] }));
  const value = { prefs, muted, toggle, setMuted };
  return <PrefsContext.Provider value={value}>{children}</PrefsContext.Provider>;
}

export function usePrefs() {
  const ctx = useContext(PrefsContext);
  if (!ctx) throw new Error("usePrefs must be used inside PrefsProvider");
  return ctx;
}
