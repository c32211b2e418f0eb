import { createContext, useContext, useState } from "react";
import { PLANS, validate } from "./offers.js";

const MembershipContext = createContext(null);

export function MembershipProvider({ children }) {
  const [planId, setPlanId] = useState("monthly");
  const [code, setCode] = useState(null);
  const [notice, setNotice] = useState("");

  function choosePlan(id) {
    setPlanId(id);
    if (code && validate(code, id)) {
      setNotice(`${code} removed: not valid for ${PLANS.find((p) => p.id === id).name}`);
      setCode(null);
    } else {
      setNotice("");
    }
  }

  function applyCode(raw) {
    const c = raw.trim().toUpperCase();
    const error = validate(c, planId);
    if (error) {
      setNotice(error);
      return;
    }
    setCode(c);
    setNotice("");
  }

  const plan = PLANS.find((p) => p.id === planId);
  return (
    <MembershipContext.Provider value={{ plan, choosePlan, code, applyCode, notice }}>
      {children}
    </MembershipContext.Provider>
  );
}

export const useMembership = () => useContext(MembershipContext);
