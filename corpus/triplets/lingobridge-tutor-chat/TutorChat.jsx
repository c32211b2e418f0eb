import { useContext, useState } from "react";
import TutorMessage from "./TutorMessage.jsx";
import { LearnerContext } from "./learner.js";

const TUTORS = [
  {
    id: "lucia",
    name: "Profesora Lucía",
    language: "Spanish",
    messages: [
      { id: 1, from: "tutor", text: "¿Qué hiciste el fin de semana?", translation: "What did you do at the weekend?" },
      { id: 2, from: "tutor", text: "Usa el pretérito, por favor.", translation: "Use the preterite, please." },
    ],
  },
  {
    id: "kenji",
    name: "Sensei Kenji",
    language: "Japanese",
    messages: [{ id: 1, from: "tutor", text: "しゅくだいはおわりましたか。", translation: "Have you finished your homework?" }],
  },
];

function ContactList({ tutors, activeId, drafts, onPick }) {
  return (
    <ul className="contacts">
      {tutors.map((t) => (
        <li key={t.id}>
          <button className={t.id === activeId ? "contact active" : "contact"} onClick={() => onPick(t.id)}>
            {t.name} ({t.language})
          </button>
          {drafts[t.id] && <span className="draft-tag"> Draft</span>}
        </li>
      ))}
    </ul>
  );
}

function Composer({ value, onChange, onSend }) {
  const learner = useContext(LearnerContext);
  return (
    <div className="composer">
      <label htmlFor="reply">Reply as {learner.name}</label>
      <input
        id="reply"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") onSend();
        }}
      />
      <button onClick={onSend}>Send</button>
    </div>
  );
}

export default function TutorChat({ learner = { name: "Emma Lindqvist", native: "English" } }) {
  const [tutors, setTutors] = useState(TUTORS);
  const [activeId, setActiveId] = useState("lucia");
  const [drafts, setDrafts] = useState({});

  const active = tutors.find((t) => t.id === activeId);
  const draft = drafts[activeId] || "";

  function setDraft(value) {
    setDrafts({ ...drafts, [activeId]: value });
  }

  function send() {
    const text = draft.trim();
    if (!text) return;
    setTutors(
      tutors.map((t) =>
        t.id === activeId ? { ...t, messages: [...t.messages, { id: t.messages.length + 1, from: "me", text }] } : t
      )
    );
    setDrafts({ ...drafts, [activeId]: "" });
  }

  return (
    <LearnerContext.Provider value={learner}>
      <div className="tutor-chat">
        <ContactList tutors={tutors} activeId={activeId} drafts={drafts} onPick={setActiveId} />
        <section>
          <h1>{active.name}</h1>
          <div className="thread">
            {active.messages.map((m) => (
              <TutorMessage key={activeId + m.id} message={m} />
            ))}
          </div>
          <Composer value={draft} onChange={setDraft} onSend={send} />
        </section>
      </div>
    </LearnerContext.Provider>
  );
}
