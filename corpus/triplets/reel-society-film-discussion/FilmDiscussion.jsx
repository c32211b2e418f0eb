import { useState } from "react";
import DiscussionPost from "./DiscussionPost.jsx";
import { MemberContext } from "./memberContext.js";

const SCREENING = { film: "Stalker (1979)", date: "Thursday 6 November, 19:30", host: "Ines Carvalho" };
const MAX_LENGTH = 280;

const POSTS = [
  { id: 1, handle: "owen.p", name: "Owen Pryce", text: "The sepia-to-colour shift in the Zone still gets me.", edited: false },
  { id: 2, handle: "ines.c", name: "Ines Carvalho", text: "Reminder: bring your ticket stub for the raffle.", edited: false },
  { id: 3, handle: "yuki.t", name: "Yuki Tanabe", text: "Is the 35mm print the restored one?", edited: false },
];

export default function FilmDiscussion({ member = { handle: "ines.c", name: "Ines Carvalho" }, initialPosts = POSTS }) {
  const [posts, setPosts] = useState(initialPosts);
  const [confirmId, setConfirmId] = useState(null);
  const [draft, setDraft] = useState("");

  function add(e) {
    e.preventDefault();
    const text = draft.trim();
    if (!text) return;
    const id = Math.max(0, ...posts.map((p) => p.id)) + 1;
    setPosts([...posts, { id, handle: member.handle, name: member.name, text, edited: false }]);
    setDraft("");
  }

  function save(id, text) {
    setPosts((list) => list.map((p) => (p.id === id ? { ...p, text, edited: true } : p)));
  }

  function remove(id) {
    setPosts((list) => list.filter((p) => p.id !== id));
    setConfirmId(null);
  }

  const pending = posts.find((p) => p.id === confirmId);
  const left = MAX_LENGTH - draft.length;

  return (
    <MemberContext.Provider value={member}>
      <div className="discussion">
        <h1>After-screening talk: {SCREENING.film}</h1>
        <p>
          {SCREENING.date} - hosted by {SCREENING.host}
        </p>
        <p className="signed-in">Signed in as {member.name}</p>
        <aside className="house-rules">
          <strong>House rules:</strong> mark spoilers, be kind to first-time viewers, and keep it to the film.
        </aside>

        <div className="posts">
          {posts.map((p) => (
            <DiscussionPost key={p.id} post={p} onSave={save} onAskDelete={setConfirmId} />
          ))}
        </div>
        {posts.length === 0 && <p>No comments yet.</p>}

        <form onSubmit={add} className="add-post">
          <textarea
            aria-label="Your comment"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <span className={left < 0 ? "chars over" : "chars"}>{left} characters left</span>
          <button type="submit" disabled={!draft.trim() || left < 0}>
            Post
          </button>
        </form>

        {pending && (
          <div role="dialog" aria-label="Delete comment?">
            <p>Delete this comment? "{pending.text}"</p>
            <button onClick={() => remove(pending.id)}>Delete</button>
            <button onClick={() => setConfirmId(null)}>Keep it</button>
          </div>
        )}
      </div>
    </MemberContext.Provider>
  );
}
