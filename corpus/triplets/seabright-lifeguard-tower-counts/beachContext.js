import { createContext } from "react";

export const BeachContext = createContext({ dispatch: () => {} });
