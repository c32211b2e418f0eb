export default function MemberRow({ member, checked, onToggle }) {
  return (
    <tr className={member.daysSinceCheck > 90 ? "overdue" : ""}>
      <td>
        <input type="checkbox" aria-label={"Select " + member.name} checked={checked} onChange={onToggle} />
      </td>
      <td>{member.name}</td>
      <td>{member.role}</td>
      <td>{member.daysSinceCheck} days ago</td>
      <td>{member.daysSinceCheck > 90 ? "Overdue" : "OK"}</td>
    </tr>
  );
}
