import { useReducer } from "react";

const VOICE_PARTS = ["Soprano", "Alto", "Tenor", "Bass"];
const LEADERS = {
  Soprano: "Ingrid Saether",
  Alto: "Paula Menendez",
  Tenor: "Luc Ferrand",
  Bass: "Tomasz Wilk",
};

const saved = { name: "Hanna Lind", voice: "Soprano", phone: "+46 70 123 45 67", tours: false };

function reducer(state, action) {
  switch (action.type) {
    case "edit":
      return { ...state, editing: true, notice: "" };
    case "change":
      return { ...state, draft: { ...state.draft, [action.field]: action.value } };
    case "cancel":
      return { ...state, editing: false, draft: state.saved, error: "" };
    case "save": {
      const { draft } = state;
      if (draft.name.trim() === "") {
        return { ...state, error: "Display name can't be empty" };
      }
      const notice = action.notify
        ? `Profile saved. ${LEADERS[state.draft.voice]} (${draft.voice} section leader) has been notified.`
        : "Profile saved.";
      const next = { ...draft, name: draft.name.trim() };
      return { saved: next, draft: next, editing: false, error: "", notice };
    }
    default:
      return state;
  }
}

export default function ChoirProfile() {
  const [state, dispatch] = useReducer(reducer, { saved, draft: saved, editing: false, error: "", notice: "" });
  const { draft } = state;
  const change = (field) => (e) =>
    dispatch({ type: "change", field, value: e.target.type === "checkbox" ? e.target.checked : e.target.value });

  if (!state.editing) {
    return (
      <article className="member-card">
        <h1>Cadence Community Choir</h1>
        <h2>{state.saved.name}</h2>
        <p className="card-line">Voice part: {state.saved.voice}</p>
        <p className="card-line">Phone: {state.saved.phone}</p>
        <p className="card-line">Tours: {state.saved.tours ? "available" : "not available"}</p>
        {state.notice && <p className="notice">{state.notice}</p>}
        <button onClick={() => dispatch({ type: "edit" })}>Edit profile</button>
      </article>
    );
  }

  return (
    <form className="member-form" onSubmit={(e) => e.preventDefault()}>
      <h1>Edit your member profile</h1>
      <label htmlFor="cp-name">Display name</label>
      <input id="cp-name" value={draft.name} onChange={change("name")} />
      {state.error && <p className="error">{state.error}</p>}

      <label htmlFor="cp-voice">Voice part</label>
      <select id="cp-voice" value={draft.voice} onChange={change("voice")}>
        {VOICE_PARTS.map((v) => (
          <option key={v}>{v}</option>
        ))}
      </select>

      <label htmlFor="cp-phone">Phone</label>
      <input id="cp-phone" type="tel" value={draft.phone} onChange={change("phone")} />

      <input id="cp-tours" type="checkbox" checked={draft.tours} onChange={change("tours")} />
      <label htmlFor="cp-tours">I can travel for summer tours</label>

      <div className="buttons">
        <button type="button" onClick={() => dispatch({ type: "save", notify: false })}>
          Save
        </button>
        <button type="button" onClick={() => dispatch({ type: "save", notify: true })}>
          Save and notify section leader
        </button>
        <button type="button" onClick={() => dispatch({ type: "cancel" })}>
          Cancel
        </button>
      </div>
    </form>
  );
}
