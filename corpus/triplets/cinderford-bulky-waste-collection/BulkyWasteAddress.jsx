import { useState } from "react";
import { CouncilProvider, normalisePostcode, useCouncil } from "./CouncilContext.jsx";
import ManualAddress from "./ManualAddress.jsx";

const SPOTS = ["Front garden", "Kerbside", "Back lane"];

function AddressStep() {
  const { lookup, collectionDay } = useCouncil();
  const [postcode, setPostcode] = useState("");
  const [found, setFound] = useState(null);
  const [choice, setChoice] = useState("");
  const [manual, setManual] = useState({ line1: "", town: "Cinderford" });
  const [spot, setSpot] = useState("Front garden");
  const [note, setNote] = useState("");
  const [error, setError] = useState("");
  const [booked, setBooked] = useState("");

  const manualMode = found !== null && found.length === 0;

  function find() {
    setFound(lookup(postcode));
    setChoice("");
    setBooked("");
    setError("");
  }

  function confirm() {
    const street = manualMode ? manual.line1.trim() : found && choice !== "" ? found[Number(choice)] : "";
    if (!street) {
      setError("Choose or type the address for the collection");
      return;
    }
    if (spot === "Back lane" && !note.trim()) {
      setError("Describe how the crew can reach the back lane");
      return;
    }
    setError("");
    setBooked(`Collection booked for ${street}, ${normalisePostcode(postcode)} on ${collectionDay(postcode)}`);
  }

  return (
    <div className="address-step">
      <label htmlFor="bw-postcode">Postcode</label>
      <input id="bw-postcode" value={postcode} onChange={(e) => setPostcode(e.target.value)} />
      <button onClick={find}>Find address</button>

      {found && found.length > 0 && (
        <>
          <label htmlFor="bw-address">Choose your address</label>
          <select id="bw-address" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{found.length} addresses found</option>
            {found.map((a, i) => (
              <option key={a} value={i}>
                {a}
              </option>
            ))}
          </select>
        </>
      )}
      {manualMode && (
        <>
          <p className="not-found">
            We couldn't find addresses for {normalisePostcode(postcode)}. Enter it manually.
          </p>
          <ManualAddress value={manual} onChange={setManual} />
        </>
      )}

      <fieldset>
        <legend>Where will the items be left?</legend>
        {SPOTS.map((s) => (
          <label key={s}>
            <input type="radio" name="spot" checked={spot === s} onChange={() => setSpot(s)} />
            {s}
          </label>
        ))}
      </fieldset>
      {spot === "Back lane" && (
        <label>
          Access notes for the crew
          <textarea value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      )}

      {error && <p className="error">{error}</p>}
      <button onClick={confirm}>Confirm collection</button>
      {booked && <p className="booked">{booked}</p>}
    </div>
  );
}

export default function BulkyWasteAddress() {
  return (
    <CouncilProvider>
      <main>
        <h1>Forest of Cinderford - bulky waste collection</h1>
        <p>Up to 3 large items for £25. Sofas, fridges and mattresses are fine; rubble is not.</p>
        <AddressStep />
      </main>
    </CouncilProvider>
  );
}
