import { yen } from "./yen.js";

export default function CartTable({ lines, onQty, onRemove }) {
  return (
    <table className="cart">
      <thead>
        <tr>
          <th>Item</th>
          <th>Qty</th>
          <th>Amount</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.id}>
            <td>{l.item.name}</td>
            <td>
              <select
                aria-label={"Quantity of " + l.item.name}
                value={l.qty}
                onChange={(e) => onQty(l.id, Number(e.target.value))}
              >
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </td>
            <td>{yen(l.item.price * l.qty)}</td>
            <td>
              <button onClick={() => onRemove(l.id)}>Remove</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
