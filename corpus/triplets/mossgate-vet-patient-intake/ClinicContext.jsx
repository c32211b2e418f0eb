import { createContext, useContext } from "react";

const DEFAULT_CLINIC = {
  name: "Mossgate Veterinary Practice",
  species: [
    { name: "Dog", min: 0.5, max: 90 },
    { name: "Cat", min: 0.5, max: 12 },
    { name: "Rabbit", min: 0.3, max: 8 },
    { name: "Bird", min: 0.01, max: 2 },
  ],
  reasons: ["Vaccination", "Lameness", "Skin or ears", "Dental check", "Something else"],
};

const ClinicContext = createContext(DEFAULT_CLINIC);

export function ClinicProvider({ clinic = DEFAULT_CLINIC, children }) {
  return <ClinicContext.Provider value={clinic}>{children}</ClinicContext.Provider>;
}

export function useClinic() {
  return useContext(ClinicContext);
}
