import { gbp } from "./gbp.js";

export default function CrateLine({ record, qty, onRemove }) {
  return (
    <tr>
      <td>
        {record.artist} – <em>{record.title}</em> ({record.format})
      </td>
      <td>× {qty}</td>
      <td>{gbp(record.price * qty)}</td>
      <td>
        <button aria-label={"Remove " + record.title} onClick={onRemove}>
          🗑
        </button>
      </td>
    </tr>
  );
}
