import { useState } from "react";
import { useMessages } from "./useMessages.js";

const MEMBERS = { me: "Tomás", others: ["Ruth Abernathy", "Kwame Mensah"] };
const ROTA = [
  { day: "Sat", job: "Polytunnel watering", who: "Tomás" },
  { day: "Sun", job: "Egg collection", who: "Ruth Abernathy" },
];

const START = [
  { id: 1, from: "Ruth Abernathy", text: "Polytunnel 2 door is jammed again.", edited: false, thumbs: 1 },
  { id: 2, from: "Tomás", text: "I'll bring the WD-40 on Saturday.", edited: false, thumbs: 0 },
  { id: 3, from: "Kwame Mensah", text: "Seed potato order closes Friday.", edited: false, thumbs: 2 },
];

export default function CoopChat({ group = "Greenfurrow Growers", me = MEMBERS.me, initial = START }) {
  const { messages, send, edit, lastOwn, thumbsUp } = useMessages(initial, me);
  const [text, setText] = useState("");
  const [editingId, setEditingId] = useState(null);

  function onKeyDown(e) {
    if (e.key === "ArrowUp" && text === "" && editingId === null) {
      const own = lastOwn();
      if (own) {
        e.preventDefault();
        setEditingId(own.id);
        setText(own.text);
      }
    } else if (e.key === "Escape" && editingId !== null) {
      setEditingId(null);
      setText("");
    } else if (e.key === "Enter") {
      e.preventDefault();
      const body = text.trim();
      if (!body) return;
      if (editingId !== null) edit(editingId, body);
      else send(body);
      setEditingId(null);
      setText("");
    }
  }

  return (
    <div className="coop-chat">
      <h1>{group}</h1>
      <aside className="rota">
        <h2>This weekend</h2>
        <ul>
          {ROTA.map((r) => (
            <li key={r.day}>
              {r.day}: {r.job} ({r.who === me ? "you" : r.who})
            </li>
          ))}
        </ul>
      </aside>
      <ul className="feed">
        {messages.map((m) => (
          <li key={m.id} className={m.id === editingId ? "msg editing" : "msg"}>
            <span className="author">{m.from}</span>
            <span className="text">{m.text}</span>
            {m.edited && <em className="edited"> (edited)</em>}
            <button
              type="button"
              className="thumbs"
              aria-label={"Thumbs up for " + m.from + "'s message"}
              onClick={() => thumbsUp(m.id)}
            >
              👍 {m.thumbs}
            </button>
          </li>
        ))}
      </ul>
      {editingId !== null && <p className="editing-banner">Editing message - Enter to save, Esc to cancel</p>}
      <input
        className="composer"
        placeholder="Message the group (↑ to edit your last message)"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
