import { useState } from "react";

export default function ThreadBox({ thread, onResolve, onReopen, onReply }) {
  const [draft, setDraft] = useState("");

  if (thread.resolved) {
    return (
      <section className="thread resolved" aria-label={"Conversation on line " + thread.line}>
        <p>
          Line {thread.line}: conversation resolved ({thread.comments.length} comments)
        </p>
        <button onClick={onReopen}>Unresolve</button>
      </section>
    );
  }

  return (
    <section className="thread" aria-label={"Conversation on line " + thread.line}>
      <pre>
        {thread.line}: {thread.code}
      </pre>
      {thread.comments.map((c) => (
        <p key={c.id} className="thread-comment">
          <b>@{c.author}</b> {c.text}
        </p>
      ))}
      <input placeholder="Reply..." value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button
        onClick={() => {
          onReply(draft);
          setDraft("");
        }}
      >
        Comment
      </button>
      <button onClick={onResolve}>Resolve conversation</button>
    </section>
  );
}
