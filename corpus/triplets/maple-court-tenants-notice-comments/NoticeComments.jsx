import { useReducer } from "react";
import CommentItem from "./CommentItem.jsx";

const NOTICE = {
  title: "Boiler shutdown on 14 March",
  body: "Hot water will be off in blocks A and B from 9:00 to 15:00 while the contractor replaces the circulation pump.",
  postedBy: "Committee - Priya Nair",
};

const SEED = [
  {
    id: 1,
    author: "Dolores Haley",
    flat: "4C",
    text: "Can the contractor use the side gate? The lift is out again.",
    replies: [],
  },
  {
    id: 2,
    author: "Marcus Obi",
    flat: "1A",
    text: "Is block C affected too?",
    replies: [{ id: 3, author: "Priya Nair", flat: "Committee", text: "No, block C has its own boiler." }],
  },
];

const ME = { author: "You", flat: "2B" };

const initial = { comments: SEED, draft: "", replyTo: null, replyDraft: "", nextId: 4 };

function reducer(state, action) {
  switch (action.type) {
    case "draft":
      return { ...state, draft: action.value };
    case "post": {
      const text = state.draft.trim();
      if (!text) return state;
      const comment = { id: state.nextId, ...ME, text, replies: [] };
      return { ...state, comments: [...state.comments, comment], draft: "", nextId: state.nextId + 1 };
    }
    case "openReply":
      return { ...state, replyTo: action.id, replyDraft: "" };
    case "cancelReply":
      return { ...state, replyTo: null, replyDraft: "" };
    case "replyDraft":
      return { ...state, replyDraft: action.value };
    case "sendReply": {
      const text = state.replyDraft.trim();
      if (!text) return state;
      const reply = { id: state.nextId, ...ME, text };
      const comments = state.comments.map((c) =>
        c.id === state.replyTo ? { ...c, replies: [...c.replies, reply] } : c
      );
      return { ...state, comments, replyTo: null, replyDraft: "", nextId: state.nextId + 1 };
    }
    default:
      return state;
  }
}

function countAll(comments) {
  return comments.reduce((n, c) => n + 1 + c.replies.length, 0);
}

export default function NoticeComments({ notice = NOTICE }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const total = countAll(state.comments);

  return (
    <main className="notice-page">
      <header>
        <h1>{notice.title}</h1>
        <p className="byline">Posted by {notice.postedBy}</p>
        <p>{notice.body}</p>
      </header>

      <section>
        <h2>
          Discussion <span className="count">{total} comments</span>
        </h2>
        <ul className="thread">
          {state.comments.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              replying={state.replyTo === c.id}
              replyDraft={state.replyDraft}
              onReply={() => dispatch({ type: "openReply", id: c.id })}
              onReplyChange={(value) => dispatch({ type: "replyDraft", value })}
              onSendReply={() => dispatch({ type: "sendReply" })}
              onCancel={() => dispatch({ type: "cancelReply" })}
            />
          ))}
        </ul>

        <div className="new-comment">
          <textarea
            placeholder="Write a comment for your neighbours..."
            value={state.draft}
            onChange={(e) => dispatch({ type: "draft", value: e.target.value })}
          />
          <button disabled={!state.draft.trim()} onClick={() => dispatch({ type: "post" })}>
            Post comment
          </button>
        </div>
      </section>
    </main>
  );
}
