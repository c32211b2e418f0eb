import { createContext, useContext, useState } from "react";

export const RIGHTS = ["Scrim scheduling", "Sponsor deck", "Stream keys", "Roster changes"];

export const PRESETS = {
  Player: ["Scrim scheduling"],
  Captain: ["Scrim scheduling", "Roster changes"],
  Analyst: ["Scrim scheduling", "Sponsor deck"],
  Manager: ["Scrim scheduling", "Sponsor deck", "Stream keys", "Roster changes"],
};

const MAX_STREAM_KEYS = 2;

const START = [
  { tag: "Nyx", preset: "Captain", rights: ["Scrim scheduling", "Roster changes"] },
  { tag: "Bramble", preset: "Player", rights: ["Scrim scheduling"] },
  { tag: "Oxide", preset: "Player", rights: ["Scrim scheduling"] },
  { tag: "Tempo", preset: "Analyst", rights: ["Scrim scheduling", "Sponsor deck"] },
  { tag: "Vanta", preset: "Manager", rights: RIGHTS.slice() },
];

const RosterContext = createContext(null);

export function RosterProvider({ children }) {
  const [members, setMembers] = useState(START);
  const [error, setError] = useState("");

  const holders = (list) => list.filter((m) => m.rights.includes("Stream keys")).length;

  function update(tag, rights, preset) {
    const next = members.map((m) => (m.tag === tag ? { ...m, rights, preset } : m));
    if (holders(next) > MAX_STREAM_KEYS) {
      setError("Only " + MAX_STREAM_KEYS + " people may hold stream keys");
      return;
    }
    setError("");
    setMembers(next);
  }

  function flip(tag, right) {
    const m = members.find((x) => x.tag === tag);
    const rights = m.rights.includes(right) ? m.rights.filter((r) => r !== right) : [...m.rights, right];
    update(tag, rights, "Custom");
  }

  function applyPreset(tag, preset) {
    update(tag, PRESETS[preset].slice(), preset);
  }

  const value = { members, error, flip, applyPreset, streamHolders: holders(members) };
  return <RosterContext.Provider value={value}>{children}</RosterContext.Provider>;
}

export function useRoster() {
  return useContext(RosterContext);
}
