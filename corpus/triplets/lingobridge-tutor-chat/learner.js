import { createContext } from "react";

// The signed-in learner: name for the composer, native language for translations.
export const LearnerContext = createContext({ name: "Learner", native: "English" });
