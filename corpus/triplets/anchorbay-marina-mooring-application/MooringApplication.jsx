import { useState } from "react";
import { MAX_BEAM, SEASONS, chargedLength, mooringFee, pounds } from "./mooring.js";

export default function MooringApplication() {
  const [step, setStep] = useState(1);
  const [data, setData] = useState({ boat: "", length: "", beam: "", season: "summer", power: false, owner: "" });
  const [error, setError] = useState("");
  const [done, setDone] = useState(false);

  function next(e, read) {
    e.preventDefault();
    const patch = read(new FormData(e.currentTarget));
    const merged = { ...data, ...patch };
    if (step === 1) {
      if (!merged.boat.trim()) return setError("Give the boat's name");
      if (!(Number(merged.length) > 0)) return setError("Enter the length overall in metres");
      if (Number(merged.beam) > MAX_BEAM)
        return setError("Beam over 4.2 m needs a hammerhead berth - call the harbour office");
    }
    if (step === 3 && !merged.owner.trim()) return setError("Enter the owner's name");
    setData(merged);
    setError("");
    if (step === 3) setDone(true);
    else setStep(step + 1);
  }

  if (done) {
    const length = Number(data.length);
    const season = SEASONS.find((s) => s.id === data.season);
    return (
      <div className="mooring-done">
        <h2>Application sent</h2>
        <p>
          {data.boat} ({length} m, charged as {chargedLength(length)} m) - {season.label}
          {data.power ? " with shore power" : ""}
        </p>
        <p className="fee">Season fee {pounds(mooringFee(length, data.season, data.power))}</p>
        <p>We will email {data.owner} a berth offer within a week.</p>
      </div>
    );
  }

  return (
    <main className="mooring">
      <h1>Anchor Bay Marina - mooring application</h1>
      <span className="step">Step {step}/3</span>

      {step === 1 && (
        <form onSubmit={(e) => next(e, (f) => ({ boat: f.get("boat"), length: f.get("length"), beam: f.get("beam") }))}>
          <label htmlFor="mo-boat">Boat name</label>
          <input id="mo-boat" name="boat" defaultValue={data.boat} />
          <label htmlFor="mo-length">Length overall (m)</label>
          <input id="mo-length" name="length" defaultValue={data.length} />
          <label htmlFor="mo-beam">Beam (m)</label>
          <input id="mo-beam" name="beam" defaultValue={data.beam} />
          <button type="submit">Next</button>
        </form>
      )}

      {step === 2 && (
        <form onSubmit={(e) => next(e, (f) => ({ season: f.get("season"), power: f.get("power") === "on" }))}>
          <label htmlFor="mo-season">Season</label>
          <select id="mo-season" name="season" defaultValue={data.season}>
            {SEASONS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label} - £{s.perMetre}/m
              </option>
            ))}
          </select>
          <label>
            <input type="checkbox" name="power" defaultChecked={data.power} />
            Shore power hook-up (+£140)
          </label>
          <button type="button" onClick={() => setStep(1)}>
            Back
          </button>
          <button type="submit">Next</button>
        </form>
      )}

      {step === 3 && (
        <form onSubmit={(e) => next(e, (f) => ({ owner: f.get("owner") }))}>
          <label htmlFor="mo-owner">Owner's full name</label>
          <input id="mo-owner" name="owner" defaultValue={data.owner} />
          <button type="button" onClick={() => setStep(2)}>
            Back
          </button>
          <button type="submit">Send application</button>
        </form>
      )}

      {error && <p className="error">{error}</p>}
    </main>
  );
}
