import { useState } from "react";

const CAPACITY = 3;

const QUEUE = [
  { id: 1, piece: "Moon jar", maker: "Ana", firing: "bisque" },
  { id: 2, piece: "Tea bowl set", maker: "Kenji", firing: "glaze" },
  { id: 3, piece: "Planter", maker: "Ruth", firing: "bisque" },
  { id: 4, piece: "Serving platter", maker: "Ana", firing: "glaze" },
  { id: 5, piece: "Mugs (6)", maker: "Omar", firing: "bisque" },
  { id: 6, piece: "Bud vase", maker: "Kenji", firing: "bisque" },
  { id: 7, piece: "Ramen bowls", maker: "Ruth", firing: "glaze" },
];

function problemWith(pieces) {
  const kinds = new Set(pieces.map((p) => p.firing));
  if (kinds.size > 1) return "Don't mix bisque and glaze pieces in one firing";
  if (pieces.length > CAPACITY) return `The kiln holds at most ${CAPACITY} pieces`;
  return null;
}

export default function KilnQueue({ queue = QUEUE }) {
  const [ticked, setTicked] = useState([]);
  const [inKiln, setInKiln] = useState([]);
  const [loadedText, setLoadedText] = useState("");

  const waiting = queue.filter((p) => !inKiln.includes(p.id));
  const chosen = waiting.filter((p) => ticked.includes(p.id));
  const problem = problemWith(chosen);

  function flip(id) {
    setTicked((t) => (t.includes(id) ? t.filter((x) => x !== id) : [...t, id]));
  }

  function load() {
    setInKiln((k) => [...k, ...chosen.map((p) => p.id)]);
    setLoadedText(`Loaded for ${chosen[0].firing} firing: ${chosen.map((p) => p.piece).join(", ")}`);
    setTicked([]);
  }

  return (
    <div className="studio">
      <h1>Emberhouse Pottery - kiln queue</h1>
      <p className="rules">Small electric kiln, three shelves. Bisque to 1000 &deg;C, glaze to 1240 &deg;C.</p>

      <table>
        <thead>
          <tr>
            <th />
            <th>Piece</th>
            <th>Maker</th>
            <th>Firing</th>
          </tr>
        </thead>
        <tbody>
          {waiting.map((p) => (
            <tr key={p.id}>
              <td>
                <input type="checkbox" checked={ticked.includes(p.id)} onChange={() => flip(p.id)} />
              </td>
              <td>{p.piece}</td>
              <td>{p.maker}</td>
              <td>{p.firing}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="kiln-bar">
        <span className="spaces">
          {chosen.length} of {CAPACITY} spaces used
        </span>
        {problem && <span className="error">{problem}</span>}
        <button type="button" onClick={load} disabled={chosen.length === 0 || problem !== null}>
          Load kiln
        </button>
      </div>
      {loadedText && <p className="loaded">{loadedText}</p>}
    </div>
  );
}
