import { PAIRS, euros, lineHT } from "./tarifs.js";

export default function LineRow({ line, onChange }) {
  return (
    <tr>
      <td>{line.doc}</td>
      <td>{PAIRS[line.pair].label}</td>
      <td>
        <input
          type="number"
          min="0"
          aria-label={"Nombre de mots – " + line.doc}
          value={line.words}
          onChange={(e) => onChange({ ...line, words: Math.max(0, Number(e.target.value) || 0) })}
        />
      </td>
      <td>
        <label>
          <input type="checkbox" checked={line.urgent} onChange={(e) => onChange({ ...line, urgent: e.target.checked })} />
          Urgent (+25 %)
        </label>
      </td>
      <td className="ht">{euros(lineHT(line))}</td>
    </tr>
  );
}
