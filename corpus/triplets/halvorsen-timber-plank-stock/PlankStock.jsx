import { useState } from "react";
import { BOARDS, perMetre, sortBoards } from "./planks.js";

const OPTIONS = [
  ["species", "Species A-Z"],
  ["length", "Length (longest first)"],
  ["thickness", "Thickness (thinnest first)"],
  ["price", "Price per metre"],
];

export default function PlankStock({ boards = BOARDS, yard = "Halvorsen Timber, Lower Yard" }) {
  const [by, setBy] = useState("species");
  const sorted = sortBoards(boards, by);
  const label = OPTIONS.find(([value]) => value === by)[1];

  return (
    <div className="yard">
      <h1>{yard}</h1>
      <p className="sub">Hardwood and softwood boards, sawn and stickered on site.</p>

      <label htmlFor="plank-sort">Sort stock by</label>
      <select id="plank-sort" defaultValue="species" onChange={(e) => setBy(e.target.value)}>
        {OPTIONS.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>

      <p className="summary">
        {boards.length} boards - {label}
      </p>

      <table>
        <thead>
          <tr>
            <th>Species</th>
            <th>Length</th>
            <th>Thickness</th>
            <th>Dried</th>
            <th>Price</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((b) => (
            <tr key={b.species}>
              <td className="species">{b.species}</td>
              <td>{b.lengthM.toFixed(1)} m</td>
              <td>{b.mm} mm</td>
              <td>{b.dried}</td>
              <td>{perMetre(b.perMetre)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <p className="cutting">Cutting to length: {perMetre(1.5)} per cut, minimum 3 cuts.</p>
      <p className="cutting">Moisture readings on request at the saw shed.</p>
    </div>
  );
}
