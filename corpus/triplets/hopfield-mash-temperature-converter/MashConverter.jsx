import { useState } from "react";
import { STAGES, cToF, fToC, stageFor } from "./mash.js";

const TARGETS = [
  { style: "West Coast IPA", temp: "65 °C / 149 °F" },
  { style: "Oatmeal stout", temp: "68 °C / 154 °F" },
  { style: "German pils", temp: "63 °C / 145 °F" },
];

export default function MashConverter({ shop = "Hopfield Homebrew Supply" }) {
  const [from, setFrom] = useState("F");
  const [text, setText] = useState("152");

  const value = parseFloat(text.replace(",", "."));
  const ok = Number.isFinite(value);
  const celsius = ok ? (from === "F" ? fToC(value) : value) : null;
  const converted = ok ? (from === "F" ? `${celsius.toFixed(1)} °C` : `${cToF(value).toFixed(1)} °F`) : "";

  return (
    <main className="mash-converter">
      <h1>{shop}</h1>
      <h2>Mash temperature converter</h2>

      <fieldset>
        <legend>I have a temperature in</legend>
        <label>
          <input type="radio" name="from" checked={from === "F"} onChange={() => setFrom("F")} />
          Fahrenheit (°F)
        </label>
        <label>
          <input type="radio" name="from" checked={from === "C"} onChange={() => setFrom("C")} />
          Celsius (°C)
        </label>
      </fieldset>

      <label htmlFor="temp">Temperature</label>
      <input id="temp" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} />

      {ok ? (
        <div className="answer">
          <p className="converted">{converted}</p>
          <p className="stage">Stage: {stageFor(celsius)}</p>
        </div>
      ) : (
        <p className="error">Type a temperature, e.g. 152 or 66.5</p>
      )}

      <table className="stages">
        <caption>Rest temperatures</caption>
        <tbody>
          {STAGES.map((s) => (
            <tr key={s.name}>
              <td>{s.name}</td>
              <td>
                {s.from}–{Math.round(s.to)} °C
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Common mash targets</h3>
      <ul className="targets">
        {TARGETS.map((t) => (
          <li key={t.style}>
            {t.style}: {t.temp}
          </li>
        ))}
      </ul>
      <p className="note">Stages are for all-grain brewing at sea level.</p>
    </main>
  );
}
