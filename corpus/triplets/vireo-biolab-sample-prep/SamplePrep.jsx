import { useReducer } from "react";

const RANK = { STAT: 0, Urgent: 1, Routine: 2 };
const NEXT = { Queued: "In progress", "In progress": "Complete", Complete: "Complete" };

const initialState = {
  tasks: [
    { id: 1, text: "Thaw plasma aliquots, rack 7", priority: "Routine", status: "Queued" },
    { id: 2, text: "Centrifuge CSF sample 24-1183", priority: "STAT", status: "In progress" },
    { id: 3, text: "Re-label cryovials for study VIR-22", priority: "Urgent", status: "Queued" },
    { id: 4, text: "Calibrate pipettes P200 / P1000", priority: "Routine", status: "Complete" },
  ],
  draft: "",
  priority: "Routine",
  hideComplete: false,
  nextId: 5,
};

function reducer(state, action) {
  switch (action.type) {
    case "draft":
      return { ...state, draft: action.value };
    case "priority":
      return { ...state, priority: action.value };
    case "add": {
      const text = state.draft.trim();
      if (!text) return state;
      const task = { id: state.nextId, text, priority: state.priority, status: "Queued" };
      return { ...state, tasks: [...state.tasks, task], draft: "", nextId: state.nextId + 1 };
    }
    case "advance":
      return {
        ...state,
        tasks: state.tasks.map((t) => (t.id === action.id ? { ...t, status: NEXT[t.status] } : t)),
      };
    case "hide":
      return { ...state, hideComplete: action.value };
    default:
      return state;
  }
}

function sortTasks(tasks) {
  return tasks.slice().sort((a, b) => RANK[a.priority] - RANK[b.priority] || a.id - b.id);
}

export default function SamplePrep({ bench = "Bench 3 - Vireo BioLab", tech = "Dr. S. Okafor" }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const shown = sortTasks(state.tasks).filter((t) => !(state.hideComplete && t.status === "Complete"));
  const statOpen = state.tasks.filter((t) => t.priority === "STAT" && t.status !== "Complete").length;

  return (
    <section className="sample-prep">
      <h1>Sample prep</h1>
      <p>
        {bench} · {tech} <span className="stat-count">STAT open: {statOpen}</span>
      </p>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          dispatch({ type: "add" });
        }}
      >
        <label htmlFor="task-text">Task</label>
        <input id="task-text" value={state.draft} onChange={(e) => dispatch({ type: "draft", value: e.target.value })} />
        <label htmlFor="task-priority">Priority</label>
        <select id="task-priority" value={state.priority} onChange={(e) => dispatch({ type: "priority", value: e.target.value })}>
          <option>Routine</option>
          <option>Urgent</option>
          <option>STAT</option>
        </select>
        <button type="submit">Add task</button>
      </form>

      <label className="hide">
        <input type="checkbox" checked={state.hideComplete} onChange={(e) => dispatch({ type: "hide", value: e.target.checked })} />
        Hide completed
      </label>

      <table className="tasks">
        <tbody>
          {shown.map((t) => (
            <tr key={t.id} className={"p-" + t.priority.toLowerCase()}>
              <td className="prio">{t.priority}</td>
              <td>{t.text}</td>
              <td className="status">{t.status}</td>
              <td>
                {t.status !== "Complete" && (
                  <button type="button" onClick={() => dispatch({ type: "advance", id: t.id })}>
                    {t.status === "Queued" ? "Start" : "Complete"}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
