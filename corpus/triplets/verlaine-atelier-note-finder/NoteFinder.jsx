import { useReducer } from "react";
import Highlight from "./Highlight.jsx";
import { FAMILIES, NOTES, euros } from "./notes.js";

const initial = { query: "", family: "All" };

function reducer(state, action) {
  switch (action.type) {
    case "query":
      return { ...state, query: action.value };
    case "family":
      return { ...state, family: action.family };
    case "reset":
      return initial;
    default:
      throw new Error("unknown action " + action.type);
  }
}

function visibleNotes(notes, { query, family }) {
  const q = query.trim().toLowerCase();
  return notes.filter((note) => {
    if (family !== "All" && note.family !== family) return false;
    if (!q) return true;
    return note.name.toLowerCase().includes(q) || note.origin.toLowerCase().includes(q);
  });
}

export default function NoteFinder({ notes = NOTES }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const shown = visibleNotes(notes, state);

  return (
    <div className="organ">
      <h1>Maison Verlaine - the organ</h1>
      <p>Find a raw material before you weigh it out.</p>

      <div className="filters">
        <label htmlFor="note-q">Search notes</label>
        <input
          id="note-q"
          value={state.query}
          onChange={(e) => dispatch({ type: "query", value: e.target.value })}
        />

        <label htmlFor="note-family">Family</label>
        <select
          id="note-family"
          value={state.family}
          onChange={(e) => dispatch({ type: "family", family: e.target.value })}
        >
          <option value="All">All families</option>
          {FAMILIES.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>

        <button type="button" onClick={() => dispatch({ type: "reset" })}>
          Reset
        </button>
      </div>

      <p className="count">
        {shown.length} {shown.length === 1 ? "note" : "notes"}
      </p>

      <ul className="notes">
        {shown.map((note) => (
          <li key={note.name}>
            <span className="note-name">
              <Highlight text={note.name} term={state.query} />
            </span>
            <span className="family">{note.family}</span>
            <span className="origin">
              <Highlight text={note.origin} term={state.query} />
            </span>
            <span className="price">{euros(note.price)} / 10 ml</span>
          </li>
        ))}
      </ul>

      {shown.length === 0 && <p>Nothing on the organ matches. Ask the buyer about sourcing.</p>}
    </div>
  );
}
