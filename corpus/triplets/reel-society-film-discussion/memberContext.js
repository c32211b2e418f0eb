import { createContext } from "react";

// Who is signed in; the screen provides it, each post reads it.
export const MemberContext = createContext({ handle: "guest", name: "Guest" });
