import { createContext } from "react";

// First name of the signed-in volunteer.
export const VolunteerContext = createContext("");
