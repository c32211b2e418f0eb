import { ROLES, LOCKED_ROLE } from "./matrix.js";

export default function MatrixRow({ perm, grants, onToggle }) {
  return (
    <tr>
      <th scope="row">{perm}</th>
      {ROLES.map((role) => (
        <td key={role}>
          <input
            type="checkbox"
            aria-label={role + " can " + perm}
            checked={grants[role].includes(perm)}
            disabled={role === LOCKED_ROLE}
            onChange={() => onToggle(role, perm)}
          />
        </td>
      ))}
    </tr>
  );
}
