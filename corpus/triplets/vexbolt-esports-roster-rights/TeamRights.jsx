import { RosterProvider, useRoster, RIGHTS, PRESETS } from "./RosterContext.jsx";

function MemberRow({ member }) {
  const { flip, applyPreset } = useRoster();
  return (
    <tr>
      <td className="tag">{member.tag}</td>
      <td>
        <select value={member.preset} onChange={(e) => applyPreset(member.tag, e.target.value)} aria-label={"Preset for " + member.tag}>
          {Object.keys(PRESETS).map((p) => (
            <option key={p}>{p}</option>
          ))}
          <option disabled>Custom</option>
        </select>
      </td>
      {RIGHTS.map((r) => (
        <td key={r}>
          <input type="checkbox" checked={member.rights.includes(r)} onChange={() => flip(member.tag, r)} />
        </td>
      ))}
    </tr>
  );
}

function RightsTable() {
  const { members } = useRoster();
  return (
    <table className="rights">
      <thead>
        <tr>
          <th>Player</th>
          <th>Preset</th>
          {RIGHTS.map((r) => (
            <th key={r}>{r}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <MemberRow key={m.tag} member={m} />
        ))}
      </tbody>
    </table>
  );
}

function StatusLine() {
  const { error, streamHolders } = useRoster();
  return (
    <div className="status-line">
      <span className="holders">Stream key holders: {streamHolders} / 2</span>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

const SCRIMS = [
  { day: "Tue 19:00", against: "Northwind Gaming", map: "Ascent" },
  { day: "Thu 20:30", against: "Lumos Academy", map: "Lotus" },
  { day: "Sat 15:00", against: "Team Halcyon", map: "Split" },
];

function ScrimList() {
  return (
    <section className="scrims">
      <h2>This week's scrims</h2>
      <ul>
        {SCRIMS.map((s) => (
          <li key={s.day}>
            {s.day} vs {s.against} ({s.map})
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function TeamRights({ team = "Vexbolt Esports - Valorant A" }) {
  return (
    <RosterProvider>
      <section className="team-rights">
        <h1>Team rights</h1>
        <p className="team">{team}</p>
        <RightsTable />
        <StatusLine />
        <p className="help">Changing a single box turns the preset into Custom.</p>
        <ScrimList />
      </section>
    </RosterProvider>
  );
}
