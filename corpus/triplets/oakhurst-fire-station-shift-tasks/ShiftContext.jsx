import { createContext, useContext, useState } from "react";

export const CREW = ["Lt. Varga", "FF Marsh", "FF Dube", "FF Okonkwo"];

const START = [
  { id: 1, text: "Check SCBA cylinders", who: "FF Marsh", done: false },
  { id: 2, text: "Wash Engine 21", who: "FF Dube", done: true },
  { id: 3, text: "Hose test - bay 2", who: "", done: false },
  { id: 4, text: "Hydrant survey, Elm Road", who: "FF Marsh", done: false },
];

const ShiftContext = createContext(null);

export function ShiftProvider({ children }) {
  const [tasks, setTasks] = useState(START);
  const patch = (id, change) => setTasks((list) => list.map((t) => (t.id === id ? { ...t, ...change } : t)));

  const api = {
    tasks,
    add: (text) => setTasks((list) => [...list, { id: list.length + 1, text, who: "", done: false }]),
    assign: (id, who) => patch(id, { who, done: false }),
    setDone: (id, done) => patch(id, { done }),
    openFor: (who) => tasks.filter((t) => t.who === who && !t.done).length,
  };
  return <ShiftContext.Provider value={api}>{children}</ShiftContext.Provider>;
}

export function useShift() {
  return useContext(ShiftContext);
}
