import { useReducer } from "react";
import ContactForm from "./ContactForm.jsx";

const MAX_CONTACTS = 4;
const EMPTY = { name: "", relationship: "Parent", phone: "", word: "" };

const CONTACTS = [
  { name: "Carys Pugh", relationship: "Parent", phone: "07700 900101", word: "heron" },
  { name: "Dafydd Pugh", relationship: "Parent", phone: "07700 900102", word: "heron" },
  { name: "Nia Rowlands", relationship: "Childminder", phone: "07700 900377", word: "otter" },
];

function validate(draft) {
  const errors = {};
  if (!draft.name.trim()) errors.name = "Enter the contact's full name";
  if (draft.phone.replace(/\s/g, "").length !== 11) errors.phone = "Phone number must have 11 digits";
  return errors;
}

function reducer(state, action) {
  switch (action.type) {
    case "open":
      return { ...state, open: true, draft: EMPTY, errors: {} };
    case "close":
      return { ...state, open: false };
    case "edit":
      return { ...state, draft: { ...state.draft, [action.field]: action.value } };
    case "save": {
      const errors = validate(state.draft);
      if (Object.keys(errors).length) return { ...state, errors };
      return { ...state, open: false, contacts: [...state.contacts, { ...state.draft, name: state.draft.name.trim() }] };
    }
    default:
      return state;
  }
}

export default function PickupContacts({ child = "Elis Pugh", room = "Wrens room" }) {
  const [state, dispatch] = useReducer(reducer, { contacts: CONTACTS, open: false, draft: EMPTY, errors: {} });
  const full = state.contacts.length >= MAX_CONTACTS;

  return (
    <section className="pickup">
      <h1>Sparrow Nest Nursery - who can collect {child}</h1>
      <p>{room}</p>
      <p className="count">
        {state.contacts.length} of {MAX_CONTACTS} contacts
      </p>
      <ul>
        {state.contacts.map((c) => (
          <li key={c.name}>
            {c.name} ({c.relationship}) {c.phone}
            <span className="word">{c.word ? " · Password word set" : " · No password word"}</span>
          </li>
        ))}
      </ul>
      <button type="button" disabled={full} onClick={() => dispatch({ type: "open" })}>
        Add contact
      </button>
      {full && <p className="hint">Maximum of {MAX_CONTACTS} contacts reached</p>}
      {state.open && <ContactForm draft={state.draft} errors={state.errors} dispatch={dispatch} />}
    </section>
  );
}
