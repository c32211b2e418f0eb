import { useReducer, useRef, useState } from "react";
import { toastReducer } from "./toastReducer.js";

const JOBS = [
  { ref: "K-201", what: "Yale 6-pin x3", customer: "Mrs. Adebayo", status: "Queued" },
  { ref: "K-202", what: "Mortice 5-lever x2", customer: "Fairlight Lettings", status: "Queued" },
  { ref: "K-203", what: "Car fob clone - Ford Fiesta", customer: "D. Kowalczyk", status: "Queued" },
];

export default function JobBoard({ initialJobs = JOBS, shop = "Hexley Keys, Market Row" }) {
  const [jobs, setJobs] = useState(initialJobs);
  const [toasts, dispatch] = useReducer(toastReducer, []);
  const keySeq = useRef(0);

  function notify(text) {
    keySeq.current += 1;
    dispatch({ type: "push", text, key: keySeq.current });
  }

  function markReady(job) {
    setJobs((list) => list.map((j) => (j.ref === job.ref ? { ...j, status: "Ready for collection" } : j)));
    notify(`${job.ref} ready for collection`);
  }

  return (
    <div className="job-board">
      <h1>{shop} - key cutting jobs</h1>
      <table>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.ref}>
              <th scope="row">{j.ref}</th>
              <td>{j.what}</td>
              <td>{j.customer}</td>
              <td>{j.status}</td>
              <td>
                <button type="button" disabled={j.status !== "Queued"} onClick={() => markReady(j)}>
                  Mark ready
                </button>
                <button type="button" onClick={() => notify(`Ticket printed for ${j.ref}`)}>
                  Print ticket
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {toasts.length > 0 && (
        <div className="toast-tray">
          <div className="tray-head">
            <span className="tray-count">{toasts.length} notifications</span>
            <button type="button" onClick={() => dispatch({ type: "clear" })}>
              Clear all
            </button>
          </div>
          {toasts.map((t) => (
            <div key={t.key} className="toast" role="status">
              {t.text}
              {t.times > 1 && <span className="times"> ×{t.times}</span>}
              <button
                type="button"
                aria-label="Close notification"
                onClick={() => dispatch({ type: "close", key: t.key })}
              >
                ✕
              </button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
