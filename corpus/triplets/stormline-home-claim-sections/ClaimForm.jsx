import { useReducer, useState } from "react";
import Section from "./Section.jsx";

const ORDER = ["incident", "photos", "bank"];

function claimReducer(state, action) {
  switch (action.type) {
    case "open":
      return { ...state, open: state.open === action.id ? null : action.id };
    case "done": {
      const next = ORDER[ORDER.indexOf(action.id) + 1] ?? null;
      return { ...state, done: { ...state.done, [action.id]: true }, open: next };
    }
    case "submit":
      return { ...state, submitted: true };
    default:
      return state;
  }
}

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}$/;

export default function ClaimForm({ policy = "HH-220-8841", claimRef = "CL-77310" }) {
  const [state, dispatch] = useReducer(claimReducer, { open: "incident", done: {}, submitted: false });
  const [incident, setIncident] = useState({ date: "", what: "" });
  const [photos, setPhotos] = useState("");
  const [iban, setIban] = useState("");
  const [errors, setErrors] = useState({});

  const photoList = photos.split(",").map((p) => p.trim()).filter(Boolean);
  const allDone = ORDER.every((id) => state.done[id]);

  function saveIncident() {
    if (!incident.what.trim()) return setErrors({ what: "Describe what happened" });
    setErrors({});
    dispatch({ type: "done", id: "incident" });
  }

  function saveBank() {
    if (!IBAN.test(iban.trim().toUpperCase())) return setErrors({ iban: "Enter a valid IBAN" });
    setErrors({});
    dispatch({ type: "done", id: "bank" });
  }

  if (state.submitted) {
    return <p role="status">Claim {claimRef} submitted. We will call you within 2 working days.</p>;
  }

  return (
    <form className="claim" onSubmit={(e) => e.preventDefault()}>
      <h1>Stormline Home - new claim for policy {policy}</h1>

      <Section id="incident" title="Incident details" done={state.done.incident} open={state.open === "incident"}
        onHeader={() => dispatch({ type: "open", id: "incident" })}>
        <label htmlFor="inc-date">Date of incident</label>
        <input id="inc-date" type="date" value={incident.date} onChange={(e) => setIncident({ ...incident, date: e.target.value })} />
        <label htmlFor="inc-what">What happened?</label>
        <textarea id="inc-what" value={incident.what} onChange={(e) => setIncident({ ...incident, what: e.target.value })} />
        {errors.what && <p className="field-error">{errors.what}</p>}
        <button type="button" onClick={saveIncident}>Save and continue</button>
      </Section>

      <Section id="photos" title="Photos" done={state.done.photos} open={state.open === "photos"}
        onHeader={() => dispatch({ type: "open", id: "photos" })}>
        <label htmlFor="photo-names">Photo file names (comma separated)</label>
        <input id="photo-names" value={photos} onChange={(e) => setPhotos(e.target.value)} />
        <p className="photo-count">{photoList.length} photos listed</p>
        <button type="button" onClick={() => dispatch({ type: "done", id: "photos" })}>Save and continue</button>
      </Section>

      <Section id="bank" title="Bank details" done={state.done.bank} open={state.open === "bank"}
        onHeader={() => dispatch({ type: "open", id: "bank" })}>
        <input aria-describedby="iban-help" placeholder="IBAN" value={iban} onChange={(e) => setIban(e.target.value)} />
        <small id="iban-help">For example NL91 ABNA 0417 1643 00</small>
        {errors.iban && <p className="field-error">{errors.iban}</p>}
        <button type="button" onClick={saveBank}>Save and continue</button>
      </Section>

      <button type="button" disabled={!allDone} onClick={() => dispatch({ type: "submit" })}>
        Submit claim
      </button>
    </form>
  );
}
