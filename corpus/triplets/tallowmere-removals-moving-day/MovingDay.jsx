import { useRef, useState } from "react";
import TaskItem from "./TaskItem.jsx";

const START = [
  { id: 1, text: "Wrap the upright piano", crew: "Van 1", done: false },
  { id: 2, text: "Disconnect the washing machine", crew: "Van 1", done: true },
  { id: 3, text: "Load garden shed contents", crew: "Van 2", done: false },
];

export default function MovingDay({ job = "Job TR-5521 · 14 Orchard Rise → 3 Ferry Lane", crew = "Van 2" }) {
  const [tasks, setTasks] = useState(START);
  const [error, setError] = useState("");
  const inputRef = useRef(null);
  const nextId = useRef(START.length + 1);

  function add() {
    const text = inputRef.current.value.trim();
    if (!text) {
      setError("Type a task first");
      return;
    }
    setTasks((list) => [...list, { id: nextId.current++, text, crew, done: false }]);
    inputRef.current.value = "";
    setError("");
  }

  function onKeyDown(e) {
    if (e.key === "Enter") {
      e.preventDefault();
      add();
    } else if (e.key === "Escape") {
      inputRef.current.value = "";
      setError("");
    }
  }

  const toggle = (id) => setTasks((list) => list.map((t) => (t.id === id ? { ...t, done: !t.done } : t)));
  const remove = (id) => setTasks((list) => list.filter((t) => t.id !== id));

  const done = tasks.filter((t) => t.done).length;
  const todo = tasks.length - done;

  return (
    <section className="moving-day">
      <h1>Moving day tasks</h1>
      <p className="job">{job}</p>

      <div className="new-task">
        <input
          ref={inputRef}
          defaultValue=""
          placeholder="Add a task and press Enter"
          onKeyDown={onKeyDown}
          onChange={() => error && setError("")}
        />
        <small>Esc clears the box. New tasks go to {crew}.</small>
        {error && <span className="error">{error}</span>}
      </div>

      <p className="tally">
        {todo} to do, {done} done
      </p>

      {tasks.length > 0 ? (
        <ul className="tasks">
          {tasks.map((t) => (
            <TaskItem key={t.id} task={t} onToggle={toggle} onDelete={remove} />
          ))}
        </ul>
      ) : (
        <p>No tasks - the vans can leave.</p>
      )}
    </section>
  );
}
