export default function CommentItem({ comment, replying, replyDraft, onReply, onReplyChange, onSendReply, onCancel }) {
  return (
    <li className="comment">
      <div className="meta">
        <strong>{comment.author}</strong> <span className="flat">Flat {comment.flat}</span>
      </div>
      <p>{comment.text}</p>
      {comment.replies.length > 0 && (
        <ul className="replies">
          {comment.replies.map((r) => (
            <li key={r.id} className="reply">
              <strong>{r.author}</strong>: {r.text}
            </li>
          ))}
        </ul>
      )}
      {replying ? (
        <div className="reply-box">
          <input
            placeholder={"Reply to " + comment.author}
            value={replyDraft}
            onChange={(e) => onReplyChange(e.target.value)}
          />
          <button onClick={onSendReply}>Send reply</button>
          <button onClick={onCancel}>Cancel</button>
        </div>
      ) : (
        <button onClick={onReply}>Reply</button>
      )}
    </li>
  );
}
