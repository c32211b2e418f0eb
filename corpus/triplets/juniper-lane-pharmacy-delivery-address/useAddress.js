import { useState } from "react";

const DELIVERY_DISTRICTS = ["HW1", "HW2", "HW3"];
const BLANK = { number: "", street: "", town: "", postcode: "", neighbour: false, neighbourNo: "" };

export const HOME = { number: "22", street: "Elm Terrace", town: "Harwood", postcode: "HW3 5PL" };

export default function useAddress() {
  const [address, setAddress] = useState(BLANK);
  const [error, setError] = useState("");

  const update = (patch) => {
    setAddress((a) => ({ ...a, ...patch }));
    setError("");
  };

  function validate() {
    const postcode = address.postcode.trim().toUpperCase();
    if (!address.number.trim() || !address.street.trim()) return "Add the house number and street";
    if (!postcode) return "Add your postcode";
    if (!DELIVERY_DISTRICTS.includes(postcode.split(" ")[0]))
      return "Sorry, we only deliver within 5 miles of Juniper Lane (HW1-HW3)";
    if (address.neighbour && !address.neighbourNo.trim()) return "Tell us which neighbour can take the parcel";
    return "";
  }

  function check() {
    const problem = validate();
    setError(problem);
    return problem === "";
  }

  return { address, error, update, check, fillHome: () => update({ ...HOME }) };
}
