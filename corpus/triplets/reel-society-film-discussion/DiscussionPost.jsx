import { useContext, useState } from "react";
import { MemberContext } from "./memberContext.js";

export default function DiscussionPost({ post, onSave, onAskDelete }) {
  const member = useContext(MemberContext);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.text);
  const mine = post.handle === member.handle;

  return (
    <div className="post">
      <strong>{post.name}</strong>
      {editing ? (
        <div>
          <label>
            Edit comment
            <textarea value={draft} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <button
            disabled={!draft.trim()}
            onClick={() => {
              onSave(post.id, draft.trim());
              setEditing(false);
            }}
          >
            Save
          </button>
          <button onClick={() => setEditing(false)}>Cancel</button>
        </div>
      ) : (
        <p className="post-text">
          {post.text} {post.edited && <small className="edited">(edited)</small>}
        </p>
      )}
      {mine && !editing && (
        <span className="own-actions">
          <button onClick={() => setEditing(true)}>Edit</button>
          <button aria-label="Delete comment" onClick={() => onAskDelete(post.id)}>
            🗑
          </button>
        </span>
      )}
    </div>
  );
}
