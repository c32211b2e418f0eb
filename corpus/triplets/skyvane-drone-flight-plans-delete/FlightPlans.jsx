import { useEffect, useRef, useState } from "react";

const PLANS = [
  { code: "FP-201", site: "Wind turbine T7 blade sweep", waypoints: 14, imagery: "3.4 GB" },
  { code: "FP-204", site: "Bridge pier 3 underside", waypoints: 9, imagery: "1.2 GB" },
  { code: "FP-209", site: "Solar farm row B thermal", waypoints: 22, imagery: "6.0 GB" },
];

export default function FlightPlans({ initialPlans = PLANS, operator = "Skyvane Inspections" }) {
  const [plans, setPlans] = useState(initialPlans);
  const [target, setTarget] = useState(null);
  const [log, setLog] = useState("");
  const dialogRef = useRef(null);
  const imageryRef = useRef(null);

  useEffect(() => {
    const dlg = dialogRef.current;
    if (target && dlg && !dlg.open) dlg.showModal();
  }, [target]);

  function openDelete(plan) {
    setTarget(plan);
  }

  function handleClose() {
    setTarget(null);
  }

  function deletePlan() {
    const withImagery = imageryRef.current.checked;
    setPlans((list) => list.filter((p) => p.code !== target.code));
    setLog(withImagery ? `Plan ${target.code} and its imagery deleted` : `Plan ${target.code} deleted`);
    dialogRef.current.close();
  }

  return (
    <div className="flight-plans">
      <h1>{operator} - flight plans</h1>
      <p className="summary">{plans.length} flight plans</p>
      <table>
        <thead>
          <tr>
            <th>Code</th>
            <th>Site</th>
            <th>Waypoints</th>
            <th>Imagery</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.code}>
              <td>{plan.code}</td>
              <td>{plan.site}</td>
              <td>{plan.waypoints}</td>
              <td>{plan.imagery}</td>
              <td>
                <button type="button" aria-label={`Delete ${plan.code}`} onClick={() => openDelete(plan)}>
                  🗑
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {log && <p role="status">{log}</p>}

      <dialog ref={dialogRef} onClose={handleClose} aria-labelledby="del-title">
        {target && (
          <>
            <h2 id="del-title">Delete flight plan {target.code}?</h2>
            <p>
              {target.site} ({target.waypoints} waypoints) will be removed from the schedule.
            </p>
            <label>
              <input type="checkbox" ref={imageryRef} defaultChecked={false} />
              Also delete captured imagery ({target.imagery})
            </label>
            <div className="buttons">
              <button type="button" onClick={() => dialogRef.current.close()}>
                Cancel
              </button>
              <button type="button" className="danger" onClick={deletePlan}>
                Delete plan
              </button>
            </div>
          </>
        )}
      </dialog>
    </div>
  );
}
