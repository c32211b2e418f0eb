import { kroner, parseAmount } from "./kroner.js";

export default function InvoiceRow({ line, index, dispatch }) {
  const n = index + 1;
  const change = (field) => (e) => dispatch({ type: "edit", index, field, value: e.target.value });
  return (
    <tr>
      <td>{n}</td>
      <td>
        <input aria-label={"Description line " + n} value={line.text} onChange={change("text")} />
      </td>
      <td>
        <input aria-label={"Quantity line " + n} value={line.qty} onChange={change("qty")} size={5} />
      </td>
      <td>
        <input aria-label={"Unit price line " + n} value={line.price} onChange={change("price")} size={8} />
      </td>
      <td className="amount">{kroner(Math.round(parseAmount(line.qty) * parseAmount(line.price) * 100))}</td>
      <td>
        <button aria-label={"Remove line " + n} onClick={() => dispatch({ type: "remove", index })}>
          ×
        </button>
      </td>
    </tr>
  );
}
