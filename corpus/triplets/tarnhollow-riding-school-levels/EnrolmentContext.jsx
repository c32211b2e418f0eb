import { createContext, useContext, useState } from "react";

const EnrolmentContext = createContext(null);

export function EnrolmentProvider({ initialSlots, children }) {
  const [slots, setSlots] = useState(initialSlots);
  const [enrolled, setEnrolled] = useState([]);
  const [waiting, setWaiting] = useState([]);

  function enrol(slotId) {
    const slot = slots.find((s) => s.id === slotId);
    if (!slot || slot.spaces === 0 || enrolled.includes(slotId)) return;
    setSlots((list) => list.map((s) => (s.id === slotId ? { ...s, spaces: s.spaces - 1 } : s)));
    setEnrolled((list) => [...list, slotId]);
  }

  function joinWaitingList(slotId) {
    setWaiting((list) => (list.includes(slotId) ? list : [...list, slotId]));
  }

  const value = { slots, enrolled, waiting, enrol, joinWaitingList };
  return <EnrolmentContext.Provider value={value}>{children}</EnrolmentContext.Provider>;
}

export function useEnrolment() {
  const ctx = useContext(EnrolmentContext);
  if (!ctx) throw new Error("useEnrolment must be used inside EnrolmentProvider");
  return ctx;
}
