import { aud } from "./aud.js";

export default function PartRow({ part, actionLabel, onAction }) {
  return (
    <tr>
      <td>{part.name}</td>
      <td>{part.qty}</td>
      <td>{aud(part.price * part.qty)}</td>
      <td>
        <button type="button" onClick={onAction}>
          {actionLabel}
        </button>
      </td>
    </tr>
  );
}
