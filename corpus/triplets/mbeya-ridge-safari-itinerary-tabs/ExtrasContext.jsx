import { createContext, useContext } from "react";

export const ExtrasContext = createContext({ chosen: [], toggle: () => {} });

export function useExtras() {
  return useContext(ExtrasContext);
}
