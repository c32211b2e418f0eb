export default function TaskItem({ task, onToggle, onDelete }) {
  return (
    <li className={task.done ? "task done" : "task"}>
      <span className="task-text">{task.text}</span>
      <span className="crew">{task.crew}</span>
      <button type="button" aria-pressed={task.done} onClick={() => onToggle(task.id)}>
        {task.done ? "Done" : "Mark done"}
      </button>
      <button type="button" aria-label={"Delete task " + task.text} onClick={() => onDelete(task.id)}>
        🗑
      </button>
    </li>
  );
}
