import { useState } from "react";
import useMenu from "./useMenu.js";

const JOBS = [
  { id: "JB-5501", work: "Sweep + smoke test", address: "14 Orchard Row", sweep: "Ade", status: "Scheduled" },
  { id: "JB-5502", work: "Bird guard fitting", address: "The Old Rectory", sweep: "Ade", status: "Scheduled" },
  { id: "JB-5503", work: "CCTV flue survey", address: "Flat 2, Mill House", sweep: "Ffion", status: "In progress" },
];

const MENU = {
  Scheduled: ["Start job", "Reschedule", "Cancel job"],
  "In progress": ["Complete job", "Reschedule"],
  Completed: [],
  Cancelled: [],
  "Needs new date": ["Cancel job"],
};

function outcome(action, job) {
  const certificate = "CS-" + job.id.slice(3);
  switch (action) {
    case "Start job":
      return ["In progress", `${job.id} started`];
    case "Complete job":
      return ["Completed", `Certificate ${certificate} issued for ${job.id}`];
    case "Reschedule":
      return ["Needs new date", `${job.id} moved to the reschedule list`];
    case "Cancel job":
      return ["Cancelled", `${job.id} cancelled`];
    default:
      return [job.status, ""];
  }
}

export default function JobList({ initialJobs = JOBS, day = "Tuesday 4 March" }) {
  const [jobs, setJobs] = useState(initialJobs);
  const [message, setMessage] = useState("");
  const menu = useMenu();

  function choose(action, job) {
    const [status, text] = outcome(action, job);
    setJobs((list) => list.map((j) => (j.id === job.id ? { ...j, status } : j)));
    setMessage(text);
    menu.close();
  }

  return (
    <main className="jobs" ref={menu.container}>
      <h1>Kilnworth Sweeps - jobs for {day}</h1>
      {message && <p className="message">{message}</p>}
      <ul className="job-list">
        {jobs.map((job) => (
          <li key={job.id} className="job">
            <b>{job.id}</b> {job.work} - {job.address} ({job.sweep}) <span className="status">{job.status}</span>
            {MENU[job.status].length > 0 && (
              <button
                type="button"
                aria-label={`Job actions ${job.id}`}
                aria-expanded={menu.openId === job.id}
                onClick={() => menu.toggle(job.id)}
              >
                ⋮
              </button>
            )}
            {menu.openId === job.id && (
              <div role="menu" aria-label={`Job actions ${job.id}`}>
                {MENU[job.status].map((action) => (
                  <div key={action} role="menuitem" tabIndex={-1} onClick={() => choose(action, job)}>
                    {action}
                  </div>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
