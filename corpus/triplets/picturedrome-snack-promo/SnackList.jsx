import { pounds } from "./promos.js";

export default function SnackList({ snacks }) {
  return (
    <ul className="snacks">
      {snacks.map((s) => (
        <li key={s.id}>
          <span>
            {s.qty} × {s.name}
          </span>
          <span>{pounds(s.price * s.qty)}</span>
        </li>
      ))}
    </ul>
  );
}
