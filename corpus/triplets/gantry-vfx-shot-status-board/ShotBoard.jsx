import { useState } from "react";
import { STATUSES, allowed, summary } from "./workflow.js";

const SHOTS = [
  { code: "LMP_040_0010", desc: "Lighthouse beam sweep", artist: "Noor", status: "Approved", blocked: false },
  { code: "LMP_040_0020", desc: "Storm sky replacement", artist: "Felix", status: "Client review", blocked: false },
  { code: "LMP_050_0030", desc: "Boat wake extension", artist: "Noor", status: "In progress", blocked: false },
  { code: "LMP_050_0040", desc: "Rain pass over deck", artist: "Ada", status: "In progress", blocked: true },
  { code: "LMP_060_0010", desc: "Wire removal, stunt fall", artist: "Felix", status: "Not started", blocked: false },
  { code: "LMP_060_0020", desc: "Matte painting, cliffs", artist: "Ada", status: "Not started", blocked: false },
];

export default function ShotBoard({ show = "The Lamp Keeper", vendor = "Gantry VFX", reel = "Reel 3" }) {
  const [shots, setShots] = useState(SHOTS);

  function update(code, change) {
    setShots((list) => list.map((s) => (s.code === code ? { ...s, ...change } : s)));
  }

  return (
    <section className="shot-board">
      <h1>
        {show} - {reel}
      </h1>
      <p className="vendor">{vendor} shot tracker</p>
      <p className="summary">{summary(shots)}</p>
      <table>
        <thead>
          <tr>
            <th>Shot</th>
            <th>Description</th>
            <th>Artist</th>
            <th>Status</th>
            <th>Blocked</th>
          </tr>
        </thead>
        <tbody>
          {shots.map((s) => {
            const options = allowed(s.status, s.blocked);
            return (
              <tr key={s.code} className={s.blocked ? "blocked" : ""}>
                <td className="code">{s.code}</td>
                <td>
                  {s.desc}
                  {s.blocked && <div className="blocked-note">BLOCKED: waiting on plate</div>}
                </td>
                <td>{s.artist}</td>
                <td>
                  <select aria-label={"Status of " + s.code} value={s.status} onChange={(e) => update(s.code, { status: e.target.value })}>
                    {STATUSES.map((st) => (
                      <option key={st} value={st} disabled={!options.includes(st)}>
                        {st}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input type="checkbox" checked={s.blocked} onChange={(e) => update(s.code, { blocked: e.target.checked })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="legend">Approve only after Client review. Blocked shots cannot go to the client.</p>
    </section>
  );
}
