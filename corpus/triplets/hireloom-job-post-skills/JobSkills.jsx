import { useReducer, useState } from "react";
import { canonicalSkill } from "./aliases.js";

const MAX_REQUIRED = 5;

const initial = {
  required: ["Go", "PostgreSQL", "Kubernetes"],
  nice: ["Terraform"],
  error: "",
};

function reducer(state, action) {
  const all = [...state.required, ...state.nice];
  switch (action.type) {
    case "add": {
      const skill = canonicalSkill(action.text);
      if (!skill) return state;
      if (all.some((s) => s.toLowerCase() === skill.toLowerCase())) return { ...state, error: skill + " is already on the post" };
      if (action.group === "required" && state.required.length >= MAX_REQUIRED)
        return { ...state, error: "Keep it to " + MAX_REQUIRED + " required skills" };
      return { ...state, [action.group]: [...state[action.group], skill], error: "" };
    }
    case "promote":
      if (state.required.length >= MAX_REQUIRED) return { ...state, error: "Keep it to " + MAX_REQUIRED + " required skills" };
      return { required: [...state.required, action.skill], nice: state.nice.filter((s) => s !== action.skill), error: "" };
    case "demote":
      return { required: state.required.filter((s) => s !== action.skill), nice: [...state.nice, action.skill], error: "" };
    case "remove":
      return { required: state.required.filter((s) => s !== action.skill), nice: state.nice.filter((s) => s !== action.skill), error: "" };
    default:
      return state;
  }
}

function SkillGroup({ title, skills, moveLabel, onMove, onRemove }) {
  return (
    <div className="skill-group">
      <h2>
        {title} ({skills.length})
      </h2>
      <ul>
        {skills.map((s) => (
          <li key={s} className="skill">
            {s}
            <button type="button" aria-label={moveLabel(s)} onClick={() => onMove(s)}>
              ⇅
            </button>
            <button type="button" aria-label={"Remove " + s} onClick={() => onRemove(s)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function JobSkills({ role = "Senior Platform Engineer", company = "Hireloom client: Brightdock Logistics" }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const [text, setText] = useState("");
  const [group, setGroup] = useState("required");

  return (
    <section className="job-skills">
      <h1>{role}</h1>
      <p>{company}</p>

      <SkillGroup
        title="Required"
        skills={state.required}
        moveLabel={(s) => "Make " + s + " nice-to-have"}
        onMove={(s) => dispatch({ type: "demote", skill: s })}
        onRemove={(s) => dispatch({ type: "remove", skill: s })}
      />
      <SkillGroup
        title="Nice to have"
        skills={state.nice}
        moveLabel={(s) => "Make " + s + " required"}
        onMove={(s) => dispatch({ type: "promote", skill: s })}
        onRemove={(s) => dispatch({ type: "remove", skill: s })}
      />

      <form
        onSubmit={(e) => {
          e.preventDefault();
          dispatch({ type: "add", text, group });
          setText("");
        }}
      >
        <label htmlFor="skill">Skill</label>
        <input id="skill" value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor="group">Add to</label>
        <select id="group" value={group} onChange={(e) => setGroup(e.target.value)}>
          <option value="required">Required</option>
          <option value="nice">Nice to have</option>
        </select>
        <button type="submit">Add skill</button>
      </form>
      {state.error && <p className="error">{state.error}</p>}
    </section>
  );
}
