export default function GroupCard({ group, actions }) {
  return (
    <li className="group-card">
      <span className="tee-time">{group.time}</span> <strong>{group.lead}</strong> <span className="size">({group.players} players)</span>
      <div className="group-actions">
        {actions.map((a) => (
          <button key={a.label} type="button" disabled={a.disabled} onClick={a.run}>
            {a.label}
          </button>
        ))}
      </div>
    </li>
  );
}
