import { useState } from "react";

const SITES = ["Hartley Road", "Mill Pond", "St Ives Lane"];
const PLOTS = [
  { id: "half", label: "Half plot (125 m²) - £38 a year", rent: 38 },
  { id: "full", label: "Full plot (250 m²) - £68 a year", rent: 68 },
];
const BOROUGH = ["CB1", "CB2", "CB3", "CB4"];
const CONCESSION = 0.6; // 40% off

function rentFor(plotId, concession) {
  const rent = PLOTS.find((p) => p.id === plotId).rent;
  return concession ? Math.round(rent * CONCESSION * 100) / 100 : rent;
}

export default function PlotApplication() {
  const [errors, setErrors] = useState([]);
  const [done, setDone] = useState("");

  function apply(e) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const name = String(f.get("name")).trim();
    const postcode = String(f.get("postcode")).trim().toUpperCase();
    const plot = f.get("plot");
    const problems = [];
    if (!name) problems.push("Enter your full name");
    if (!postcode) problems.push("Enter your home postcode");
    else if (!BOROUGH.includes(postcode.split(" ")[0])) problems.push("Plots are only for residents of CB1 to CB4");
    if (!plot) problems.push("Choose a plot size");
    if (f.get("rules") !== "on") problems.push("You must agree to the allotment rules");
    setErrors(problems);
    if (problems.length) {
      setDone("");
      return;
    }
    const concession = f.get("concession") === "on";
    const rent = rentFor(plot, concession);
    setDone(
      `Added to the waiting list for ${f.get("site")} - annual rent £${rent.toFixed(2)}${concession ? " (concession)" : ""}`
    );
  }

  return (
    <main className="plot-application">
      <h1>Coldframe Borough - allotment plot application</h1>
      <p>The current wait is around 14 months. We write to you once a plot comes free.</p>
      <form onSubmit={apply} noValidate>
        <label htmlFor="pa-name">Full name</label>
        <input id="pa-name" name="name" />
        <label htmlFor="pa-postcode">Home postcode</label>
        <input id="pa-postcode" name="postcode" />
        <label htmlFor="pa-site">Preferred site</label>
        <select id="pa-site" name="site" defaultValue={SITES[0]}>
          {SITES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <fieldset>
          <legend>Plot size</legend>
          {PLOTS.map((p) => (
            <label key={p.id}>
              <input type="radio" name="plot" value={p.id} />
              {p.label}
            </label>
          ))}
        </fieldset>
        <label>
          <input type="checkbox" name="concession" />
          Concession (over 65 or on benefits) - 40% off
        </label>
        <div className="rules">
          <input type="checkbox" name="rules" />
          <span>I have read the allotment rules (no bonfires April-October, no livestock except hens)</span>
        </div>
        {errors.length > 0 && (
          <div className="errors">
            {errors.map((er) => (
              <p key={er}>{er}</p>
            ))}
          </div>
        )}
        <button type="submit">Join the waiting list</button>
      </form>
      {done && <p className="done">{done}</p>}
    </main>
  );
}
