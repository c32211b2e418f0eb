import { useShift, CREW } from "./ShiftContext.jsx";

export default function TaskRow({ task }) {
  const { assign, setDone } = useShift();
  return (
    <li className="shift-task">
      <label>
        <input type="checkbox" checked={task.done} disabled={!task.who} onChange={(e) => setDone(task.id, e.target.checked)} />
        {task.text}
      </label>
      <select aria-label={"Assignee for " + task.text} value={task.who} onChange={(e) => assign(task.id, e.target.value)}>
        <option value="">Unassigned</option>
        {CREW.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </li>
  );
}
