import { useState } from "react";
import NoteEditor from "./NoteEditor.jsx";

const TARGETS = [
  { id: "m31", name: "M31 Andromeda Galaxy", type: "Galaxy", window: "21:10-02:40", note: "Use the 80 mm refractor, dust lanes at 40x" },
  { id: "ngc7000", name: "NGC 7000 North America", type: "Emission nebula", window: "20:30-01:15", note: "" },
  { id: "m57", name: "M57 Ring Nebula", type: "Planetary nebula", window: "20:45-00:30", note: "OIII filter" },
  { id: "jup", name: "Jupiter", type: "Planet", window: "23:05-05:20", note: "" },
];

const CONDITIONS = [
  { label: "Seeing", value: "3/5 (Antoniadi III)" },
  { label: "Transparency", value: "Good, SQM 21.3" },
  { label: "Moon", value: "New, sets 17:02" },
  { label: "Dome", value: "Slit open from 19:45" },
];

function ConditionsPanel() {
  return (
    <dl className="conditions">
      {CONDITIONS.map((c) => (
        <div key={c.label}>
          <dt>{c.label}</dt>
          <dd>{c.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function ObservingNotes({ observer = "K. Ibarra", night = "Sat 9 Nov - new moon" }) {
  const [targets, setTargets] = useState(TARGETS);
  const [openId, setOpenId] = useState(null);
  const [lastEdit, setLastEdit] = useState("");

  const withNotes = targets.filter((t) => t.note !== "").length;

  function save(id, text) {
    setTargets((list) => list.map((t) => (t.id === id ? { ...t, note: text } : t)));
    const name = targets.find((t) => t.id === id).name;
    setLastEdit(text ? "Note saved for " + name : "Note removed from " + name);
    setOpenId(null);
  }

  return (
    <main className="observing">
      <h1>Observing list</h1>
      <p className="night">
        {night} · observer {observer}
      </p>
      <ConditionsPanel />
      <p className="note-count">{withNotes} of {targets.length} targets have notes</p>

      {targets.map((t) => (
        <article key={t.id} className="target">
          <h2>{t.name}</h2>
          <p className="meta">
            {t.type} · best {t.window}
          </p>
          {openId === t.id ? (
            <NoteEditor target={t} onSave={save} onClose={() => setOpenId(null)} />
          ) : (
            <div className="note">
              {t.note ? <p>{t.note}</p> : <p className="empty">No note</p>}
              <button type="button" onClick={() => setOpenId(t.id)}>
                {t.note ? "Edit note" : "Add note"}
              </button>
            </div>
          )}
        </article>
      ))}

      {lastEdit && <p role="status">{lastEdit}</p>}
      <p className="footer">Notes sync to the dome tablet when the session closes.</p>
    </main>
  );
}
