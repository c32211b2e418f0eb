import { createContext, useContext } from "react";

export const DEFAULT_POLICY = { minLength: 14, minWords: 3, banned: "voltaic" };

const PolicyContext = createContext(DEFAULT_POLICY);

export function PolicyProvider({ policy = DEFAULT_POLICY, children }) {
  return <PolicyContext.Provider value={policy}>{children}</PolicyContext.Provider>;
}

export function usePolicyRules(passphrase) {
  const policy = useContext(PolicyContext);
  const words = passphrase.split(/[\s-]+/).filter(Boolean);
  return [
    { id: "length", label: `At least ${policy.minLength} characters`, ok: passphrase.length >= policy.minLength },
    { id: "words", label: `${policy.minWords} or more words`, ok: words.length >= policy.minWords },
    { id: "digit", label: "Contains a number", ok: /\d/.test(passphrase) },
    {
      id: "brand",
      label: `Doesn't contain "${policy.banned}"`,
      ok: passphrase.length > 0 && !passphrase.toLowerCase().includes(policy.banned),
    },
  ];
}
