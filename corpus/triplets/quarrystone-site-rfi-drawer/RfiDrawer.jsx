import { useState } from "react";
import { useRfis } from "./RfiContext.jsx";

export default function RfiDrawer({ id, onClose }) {
  const { rfis, dispatch } = useRfis();
  const [draft, setDraft] = useState("");
  const rfi = rfis.find((r) => r.id === id);

  function post() {
    dispatch({ type: "comment", id: rfi.id, by: "You", text: draft.trim() });
    setDraft("");
  }

  return (
    <aside className="rfi-drawer" aria-labelledby="rfi-drawer-title" role="dialog">
      <header>
        <h2 id="rfi-drawer-title">
          {rfi.id} {rfi.title}
        </h2>
        <span className={"pill pill-" + rfi.status.toLowerCase()}>{rfi.status}</span>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p>Addressed to {rfi.to}</p>
      <ol className="comments">
        {rfi.comments.map((c, i) => (
          <li key={i}>
            <b>{c.by}:</b> {c.text}
          </li>
        ))}
      </ol>
      <label htmlFor="rfi-comment">Add a comment</label>
      <textarea id="rfi-comment" value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button type="button" disabled={draft.trim() === ""} onClick={post}>
        Post comment
      </button>
      {rfi.status === "Open" && (
        <button type="button" onClick={() => dispatch({ type: "answer", id: rfi.id })}>
          Mark answered
        </button>
      )}
    </aside>
  );
}
