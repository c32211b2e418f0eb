import { useState } from "react";
import { useClinic } from "./ClinicContext.jsx";

const EMPTY = { owner: "", phone: "", pet: "", species: "Dog", weight: "", reason: "Vaccination", firstVisit: false };

export default function useIntake() {
  const clinic = useClinic();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState({});
  const [done, setDone] = useState(null);

  function set(field, value) {
    setValues((v) => ({ ...v, [field]: value }));
  }

  function submit() {
    const e = {};
    if (!values.owner.trim()) e.owner = "Enter the owner's name";
    if (!/^07\d{9}$/.test(values.phone.replace(/\s/g, ""))) e.phone = "Enter a UK mobile number, e.g. 07700 900123";
    if (!values.pet.trim()) e.pet = "What is your pet called?";
    const range = clinic.species.find((s) => s.name === values.species);
    const kg = Number(values.weight);
    if (!values.weight || Number.isNaN(kg)) e.weight = "Enter an approximate weight";
    else if (kg < range.min || kg > range.max)
      e.weight = `A ${values.species.toLowerCase()} of ${kg} kg? Please double-check the weight`;
    setErrors(e);
    setDone(Object.keys(e).length ? null : { ...values, kg });
  }

  return { clinic, values, errors, done, set, submit };
}
