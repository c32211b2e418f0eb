import { useMemo } from "react";
import { RULES } from "./passwordRules.js";

export default function usePasswordRules(password, firstName) {
  return useMemo(() => {
    const rules = RULES.map((rule) => ({ id: rule.id, label: rule.label, met: rule.test(password, firstName) }));
    return { rules, allMet: rules.every((r) => r.met) };
  }, [password, firstName]);
}
