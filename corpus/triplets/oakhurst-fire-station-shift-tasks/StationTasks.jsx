import { useState } from "react";
import { ShiftProvider, useShift, CREW } from "./ShiftContext.jsx";
import TaskRow from "./TaskRow.jsx";

function NewTask() {
  const { add } = useShift();
  const [text, setText] = useState("");
  return (
    <form
      className="new-task"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) add(text.trim());
        setText("");
      }}
    >
      <label htmlFor="new-task">New task</label>
      <input id="new-task" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit">Add to shift</button>
    </form>
  );
}

function CrewLoad() {
  const { openFor } = useShift();
  return (
    <ul className="crew-load">
      {CREW.map((c) => (
        <li key={c}>
          {c}: {openFor(c)} open
        </li>
      ))}
    </ul>
  );
}

function TaskList() {
  const { tasks } = useShift();
  const unassigned = tasks.filter((t) => !t.who).length;
  return (
    <>
      <ul className="tasks">
        {tasks.map((t) => (
          <TaskRow key={t.id} task={t} />
        ))}
      </ul>
      {unassigned > 0 && <p className="unassigned">{unassigned} task(s) still need a firefighter</p>}
    </>
  );
}

export default function StationTasks({ station = "Oakhurst Fire Station 21", watch = "Blue Watch, day shift" }) {
  return (
    <ShiftProvider>
      <section className="station-tasks">
        <h1>Shift tasks</h1>
        <p>
          {station} · {watch}
        </p>
        <NewTask />
        <TaskList />
        <h2>Open tasks per firefighter</h2>
        <CrewLoad />
      </section>
    </ShiftProvider>
  );
}
