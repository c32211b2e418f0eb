import { createContext } from "react";

export const MAX_PICKS = 3;

// picks: ids of the ticked talks; toggle(id); full: no more picks left
export const BallotContext = createContext({ picks: [], toggle: () => {}, full: false });
