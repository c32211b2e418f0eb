import { useState } from "react";
import { convertYardage } from "./yardage.js";

const COMMON_WIDTHS = [36, 44, 45, 54, 60];
const TIPS = [
  "Pre-wash cotton before cutting, it can shrink up to 5%.",
  "Add an extra 1/4 yd when matching plaids or stripes.",
  "Velvet, corduroy and one-way prints need the nap option.",
];

export default function YardageConverter({ shop = "Bobbin & Bolt Fabrics" }) {
  const [yards, setYards] = useState("");
  const [patternWidth, setPatternWidth] = useState("");
  const [fabricWidth, setFabricWidth] = useState("");
  const [nap, setNap] = useState(false);
  const [result, setResult] = useState(null);
  const [error, setError] = useState("");

  function calculate() {
    const y = parseFloat(yards);
    const pw = parseFloat(patternWidth);
    const fw = parseFloat(fabricWidth);
    if (!(y > 0) || !(pw > 0) || !(fw > 0)) {
      setResult(null);
      setError("Fill in all three fields");
      return;
    }
    setError("");
    setResult(convertYardage({ yards: y, patternWidth: pw, fabricWidth: fw, nap }));
  }

  return (
    <div className="yardage">
      <h1>{shop}</h1>
      <h2>Fabric width converter</h2>
      <p>Your pattern asks for fabric of one width but you love a bolt of another width? Convert it here.</p>

      <div className="fields">
        <input placeholder="Yards in the pattern" value={yards} onChange={(e) => setYards(e.target.value)} />
        <input placeholder="Pattern fabric width (in)" value={patternWidth} onChange={(e) => setPatternWidth(e.target.value)} />
        <input placeholder="Your fabric width (in)" value={fabricWidth} onChange={(e) => setFabricWidth(e.target.value)} />
      </div>
      <p className="widths">Common widths: {COMMON_WIDTHS.map((w) => w + '"').join(" · ")}</p>

      <label>
        <input type="checkbox" checked={nap} onChange={(e) => setNap(e.target.checked)} />
        Directional print / nap (+10%)
      </label>

      <button onClick={calculate}>Convert</button>

      {error && <p className="error">{error}</p>}
      {result && (
        <p className="result">
          You need <strong>{result.label}</strong> ({result.metres.toFixed(1)} m) of your fabric
        </p>
      )}
      <small>We cut in 1/8 yard steps, so the amount is always rounded up.</small>

      <aside className="tips">
        <h3>Cutting-table tips</h3>
        <ul>
          {TIPS.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
