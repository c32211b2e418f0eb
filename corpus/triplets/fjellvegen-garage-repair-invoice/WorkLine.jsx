import { lineTotal, nok } from "./nok.js";

export default function WorkLine({ line, onToggle }) {
  return (
    <tr className={line.approved ? "approved" : "pending"}>
      <td>
        <input type="checkbox" checked={line.approved} onChange={onToggle} />
      </td>
      <td style={line.approved ? undefined : { textDecoration: "line-through" }}>{line.text}</td>
      <td>{line.type === "labour" ? `${String(line.qty).replace(".", ",")} t` : `${line.qty} stk`}</td>
      <td>{nok(line.unit)}</td>
      <td className="line-total">{nok(lineTotal(line))}</td>
    </tr>
  );
}
