import { useState } from "react";
import CommentCard from "./CommentCard.jsx";
import { sortComments, SORTS } from "./sortComments.js";

const RECIPE = { title: "Smoky aubergine with tahini yoghurt", by: "Leyla Demir", serves: 4 };

const COMMENTS = [
  { id: "c1", author: "Hana Sato", postedAt: "2025-04-11T08:15", likes: 12, text: "Charred them on the gas hob, worth the mess." },
  { id: "c2", author: "Tomasz Wrona", postedAt: "2025-04-18T19:40", likes: 3, text: "Can I swap the yoghurt for labneh?" },
  { id: "c3", author: "Ama Owusu", postedAt: "2025-04-15T12:05", likes: 7, text: "Doubled the garlic. No regrets." },
];

// The page is rendered for a fixed "now" so new comments sort predictably.
const NOW = "2025-04-20T10:00";

export default function RecipeComments({ recipe = RECIPE, initialComments = COMMENTS }) {
  const [comments, setComments] = useState(initialComments);
  const [liked, setLiked] = useState({});
  const [order, setOrder] = useState("newest");
  const [text, setText] = useState("");

  function toggleLike(id) {
    const wasLiked = Boolean(liked[id]);
    setLiked({ ...liked, [id]: !wasLiked });
    setComments((list) =>
      list.map((c) => (c.id === id ? { ...c, likes: c.likes + (wasLiked ? -1 : 1) } : c))
    );
  }

  function post() {
    const body = text.trim();
    setComments((list) => [
      ...list,
      { id: "c" + (list.length + 1), author: "You", postedAt: NOW, likes: 0, text: body },
    ]);
    setText("");
  }

  function onKeyDown(e) {
    if (e.key === "Enter" && text.trim()) {
      e.preventDefault();
      post();
    }
  }

  const visible = sortComments(comments, order);

  return (
    <article className="recipe">
      <h1>{recipe.title}</h1>
      <p className="by">
        by {recipe.by} - serves {recipe.serves}
      </p>

      <section className="comments">
        <div className="toolbar">
          <h2>Cooks' notes ({comments.length})</h2>
          <label htmlFor="sort">Sort by</label>
          <select id="sort" value={order} onChange={(e) => setOrder(e.target.value)}>
            {SORTS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>

        <ol className="comment-list">
          {visible.map((c) => (
            <CommentCard key={c.id} comment={c} liked={Boolean(liked[c.id])} onLike={() => toggleLike(c.id)} />
          ))}
        </ol>

        <label htmlFor="new-note">Add a note</label>
        <input
          id="new-note"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <p className="hint">Press Enter to post</p>
      </section>
    </article>
  );
}
