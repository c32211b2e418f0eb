import { useState } from "react";
import TagChip from "./TagChip.jsx";
import { MAX_TAGS, normalizeTag, tagProblem } from "./tags.js";

const RECIPE = {
  title: "Smoky chickpea & squash stew",
  author: "Wren Alvarez",
  serves: 4,
  tags: ["vegan", "one-pot", "autumn"],
};

export default function RecipeTags({ recipe = RECIPE }) {
  const [tags, setTags] = useState(recipe.tags);
  const [text, setText] = useState("");
  const [error, setError] = useState("");

  function commit() {
    const tag = normalizeTag(text);
    if (!tag) return;
    const problem = tagProblem(tags, tag);
    if (problem) {
      setError(problem);
      return;
    }
    setTags([...tags, tag]);
    setText("");
    setError("");
  }

  function onKeyDown(e) {
    if (e.key === "Enter" || e.key === ",") {
      e.preventDefault();
      commit();
    } else if (e.key === "Backspace" && text === "" && tags.length > 0) {
      setTags(tags.slice(0, -1));
      setError("");
    }
  }

  function remove(tag) {
    setTags(tags.filter((t) => t !== tag));
    setError("");
  }

  return (
    <section className="recipe-tags">
      <h1>{recipe.title}</h1>
      <p>
        by {recipe.author} · serves {recipe.serves}
      </p>

      <div className="tag-box">
        <ul className="chips">
          {tags.map((t) => (
            <TagChip key={t} tag={t} onRemove={remove} />
          ))}
        </ul>
        <input
          placeholder="Add a tag…"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError("");
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <span className="tag-count">
        {tags.length} / {MAX_TAGS} tags
      </span>
      {error && <span className="error">{error}</span>}
      <p className="hint">Enter or comma adds a tag. Backspace in an empty box removes the last one.</p>
    </section>
  );
}
