import { useRef, useState } from "react";
import { checkBag, eur } from "./bagRules.js";

export default function BagDrop({ passenger = "A. Moreau", flight = "GW 418 to Lisbon" }) {
  const weightRef = useRef(null);
  const [bags, setBags] = useState([]);
  const [toasts, setToasts] = useState([]);
  const nextToast = useRef(1);

  const fees = bags.reduce((sum, b) => sum + b.fee, 0);

  function toast(message, tone) {
    const id = nextToast.current++;
    setToasts((list) => [...list, { id, message, tone }]);
  }

  function addBag(event) {
    event.preventDefault();
    const kg = parseFloat(weightRef.current.value.replace(",", "."));
    const result = checkBag(kg, bags.length);
    toast(result.message, result.tone);
    if (result.ok) {
      setBags((list) => [...list, { kg, fee: result.fee }]);
      weightRef.current.value = "";
    }
  }

  return (
    <div className="bag-drop">
      <h1>Gullwing Air - bag drop</h1>
      <p className="pax">
        {passenger} · {flight} · 2 x 23 kg included
      </p>
      <form onSubmit={addBag} className="weigh">
        <input ref={weightRef} placeholder="Weight in kg" inputMode="decimal" />
        <button type="submit">Add bag</button>
      </form>
      <ol className="bags">
        {bags.map((b, i) => (
          <li key={i}>
            Bag {i + 1}: {b.kg.toFixed(1)} kg{b.fee > 0 ? " (excess)" : ""}
          </li>
        ))}
      </ol>
      <p className="fees">Excess fees: {eur(fees)}</p>
      <button type="button" disabled={bags.length === 0}>
        Print bag tags
      </button>

      <section className="toasts" aria-label="Messages">
        {toasts.map((t) => (
          <div key={t.id} className={"toast " + t.tone} role={t.tone === "error" ? "alert" : "status"}>
            {t.message}
            <button type="button" onClick={() => setToasts((list) => list.filter((x) => x.id !== t.id))}>
              OK
            </button>
          </div>
        ))}
      </section>
    </div>
  );
}
