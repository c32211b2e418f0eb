import { useReducer } from "react";
import { coursePercent, isUnlocked, moduleDone } from "./progress.js";

const MODULES = [
  {
    id: "m1",
    title: "Tools and posture",
    lessons: [
      { id: "l1", title: "Choosing a broad-edge nib" },
      { id: "l2", title: "Ruling guidelines at 5 nib widths" },
      { id: "l3", title: "Sitting and paper angle" },
    ],
  },
  {
    id: "m2",
    title: "Italic minuscules",
    lessons: [
      { id: "l4", title: "The n and m family" },
      { id: "l5", title: "Branching arches" },
      { id: "l6", title: "Ascenders and descenders" },
      { id: "l7", title: "Spacing a word" },
    ],
  },
  {
    id: "m3",
    title: "Copperplate capitals",
    requires: "m2",
    lessons: [
      { id: "l8", title: "Holding the oblique holder" },
      { id: "l9", title: "Shades and hairlines" },
      { id: "l10", title: "The capital stem" },
    ],
  },
];

function reducer(state, action) {
  switch (action.type) {
    case "toggle-module":
      return {
        ...state,
        expanded: state.expanded.includes(action.id)
          ? state.expanded.filter((x) => x !== action.id)
          : [...state.expanded, action.id],
      };
    case "toggle-lesson":
      return {
        ...state,
        completed: state.completed.includes(action.id)
          ? state.completed.filter((x) => x !== action.id)
          : [...state.completed, action.id],
      };
    default:
      return state;
  }
}

export default function CourseSyllabus({ modules = MODULES, student = "Pilar Anaya" }) {
  const [state, dispatch] = useReducer(reducer, { expanded: ["m1"], completed: ["l1"] });
  const percent = coursePercent(modules, state.completed);

  return (
    <div className="syllabus">
      <h1>Serifa Calligraphy Academy</h1>
      <p>
        {student} · <span className="course-progress">Course progress: {percent}%</span>
      </p>
      {modules.map((m, i) => {
        const unlocked = isUnlocked(modules, i, state.completed);
        const open = unlocked && state.expanded.includes(m.id);
        return (
          <section key={m.id} className="module">
            <h2>
              <button
                type="button"
                aria-expanded={open}
                disabled={!unlocked}
                onClick={() => dispatch({ type: "toggle-module", id: m.id })}
              >
                {i + 1}. {m.title}
                {!unlocked && " (locked)"}
              </button>
            </h2>
            <span className="module-count">
              {moduleDone(m, state.completed)}/{m.lessons.length}
            </span>
            {open && (
              <ul className="lessons">
                {m.lessons.map((l) => (
                  <li key={l.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={state.completed.includes(l.id)}
                        onChange={() => dispatch({ type: "toggle-lesson", id: l.id })}
                      />
                      {l.title}
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
