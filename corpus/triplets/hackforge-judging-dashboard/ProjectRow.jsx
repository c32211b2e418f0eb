import { useState } from "react";
import { checkScore } from "./judging.js";

export default function ProjectRow({ project, onSave, onConflict }) {
  const [error, setError] = useState("");

  function handleSubmit(e) {
    e.preventDefault();
    const raw = new FormData(e.currentTarget).get("score");
    const problem = checkScore(raw);
    if (problem) {
      setError(problem);
      return;
    }
    setError("");
    onSave(project.id, Number(raw));
  }

  return (
    <tr className={project.conflict ? "conflict" : undefined}>
      <td>
        <input type="checkbox" checked={project.conflict} onChange={() => onConflict(project.id)} />
      </td>
      <td>{project.name}</td>
      <td>{project.team}</td>
      <td>
        {project.conflict ? (
          <em>Conflict declared</em>
        ) : project.score !== null ? (
          <b className="given">{project.score}</b>
        ) : (
          <form onSubmit={handleSubmit}>
            <input name="score" type="text" inputMode="numeric" size={3} aria-label={"Score for " + project.name} defaultValue="" />
            <button type="submit">Save</button>
            {error && <span className="row-error">{error}</span>}
          </form>
        )}
      </td>
    </tr>
  );
}
