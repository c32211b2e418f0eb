export default function RuleList({ rules }) {
  return (
    <ul className="rule-list">
      {rules.map((r) => (
        <li key={r.id} className={r.ok ? "ok" : "missing"}>
          {r.label}: {r.ok ? "ok" : "missing"}
        </li>
      ))}
    </ul>
  );
}
