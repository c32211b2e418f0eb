import { useState } from "react";
import { progress, shortages, TYPES } from "./drive.js";

const DRIVE = {
  venue: "Kingsmead Community Centre",
  date: "Saturday 11 October",
  goal: 60,
  donated: 58,
  deferred: 4,
  byType: { "O-": 3, "O+": 21, "A-": 2, "A+": 17, "B+": 9, "AB+": 6 },
  targets: { "O-": 5, "A-": 3 },
};

export default function DriveTally({ drive = DRIVE }) {
  const [donated, setDonated] = useState(drive.donated);
  const [deferred, setDeferred] = useState(drive.deferred);
  const [byType, setByType] = useState(drive.byType);
  const [type, setType] = useState("O+");

  function record() {
    setDonated(donated + 1);
    setByType({ ...byType, [type]: (byType[type] || 0) + 1 });
  }

  const p = progress(donated, drive.goal);
  const short = shortages(byType, drive.targets);

  return (
    <div className="drive">
      <h1>Blood drive - {drive.venue}</h1>
      <p>{drive.date}</p>

      <div className="progress-box">
        <p data-testid="progress">
          {donated} of {drive.goal} units ({p.percent}%)
        </p>
        <progress max={drive.goal} value={donated} />
        {p.reached && <p data-testid="goal-reached">Goal reached! Thank you, Kingsmead.</p>}
      </div>

      <div className="counts">
        <div>
          Donated <b data-testid="donated">{donated}</b>
        </div>
        <div>
          Deferred <b data-testid="deferred">{deferred}</b>
        </div>
      </div>

      <fieldset>
        <legend>Next donor</legend>
        <label htmlFor="blood-type">Blood type</label>
        <select id="blood-type" value={type} onChange={(e) => setType(e.target.value)}>
          {TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <button onClick={record}>Record donation</button>
        <button onClick={() => setDeferred(deferred + 1)}>Defer donor</button>
      </fieldset>

      <table className="types">
        <tbody>
          {TYPES.map((t) => (
            <tr key={t}>
              <th scope="row">{t}</th>
              <td data-testid={"type-" + t}>{byType[t] || 0}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <ul className="shortages">
        {short.map((s) => (
          <li key={s.type} data-testid="shortage">
            {s.type} below target ({s.have} of {s.target})
          </li>
        ))}
      </ul>
    </div>
  );
}
