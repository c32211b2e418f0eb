import { useRef, useState } from "react";
import { allUnits, toBar, warningFor } from "./pressure.js";

const UNIT_NAMES = { psi: "psi", bar: "bar", kpa: "kPa" };

export default function PressureConverter({ garage = "Pitlane Tyres", car = "VW Golf VIII 1.5 TSI" }) {
  const input = useRef(null);
  const [unit, setUnit] = useState("psi");
  const [result, setResult] = useState(null);
  const [error, setError] = useState("");

  function submit(e) {
    e.preventDefault();
    const value = Number(input.current.value.replace(",", "."));
    if (!input.current.value.trim() || !Number.isFinite(value) || value <= 0) {
      setResult(null);
      setError("Enter a pressure above 0");
      return;
    }
    const bar = toBar(value, unit);
    setError("");
    setResult({ typed: `${input.current.value.trim()} ${UNIT_NAMES[unit]}`, units: allUnits(bar), warning: warningFor(bar) });
  }

  function onKeyDown(e) {
    if (e.key === "Escape") {
      input.current.value = "";
      setResult(null);
      setError("");
    }
  }

  return (
    <section className="pressure">
      <h1>{garage} · tyre pressure converter</h1>
      <p>
        Door-pillar sticker in another unit? Type the value and press Enter. Example car: {car}.
      </p>

      <form onSubmit={submit}>
        <label htmlFor="pressure">Pressure</label>
        <input id="pressure" ref={input} inputMode="decimal" onKeyDown={onKeyDown} autoComplete="off" />
        <label htmlFor="unit">Unit</label>
        <select id="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
          <option value="psi">psi</option>
          <option value="bar">bar</option>
          <option value="kpa">kPa</option>
        </select>
      </form>
      <p className="keys">Enter = convert · Esc = clear</p>

      {error && <p className="error">{error}</p>}
      {result && (
        <div className="result">
          <p className="line">
            {result.typed} = {result.units.psi} = {result.units.bar} = {result.units.kpa}
          </p>
          {result.warning && <p className="warning">{result.warning}</p>}
        </div>
      )}

      <table className="sticker">
        <caption>{car} – recommended (cold)</caption>
        <tbody>
          <tr>
            <td>Front, up to 3 people</td>
            <td>2.3 bar</td>
          </tr>
          <tr>
            <td>Rear, up to 3 people</td>
            <td>2.2 bar</td>
          </tr>
          <tr>
            <td>Fully loaded</td>
            <td>2.9 bar</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
