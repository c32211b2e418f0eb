import { useState } from "react";
import { useSampleCart } from "./SampleCart.jsx";

const FABRICS = ["Harris tweed - Heather", "Donegal - Oatmeal", "Herringbone - Slate"];
const COURIER = "£6.50";

export default function SwatchModal({ onDone }) {
  const { addLine } = useSampleCart();
  const [fabric, setFabric] = useState(FABRICS[0]);
  const [qty, setQty] = useState(1);
  const [delivery, setDelivery] = useState("Post");
  const [error, setError] = useState("");

  function submit(e) {
    e.preventDefault();
    const problem = addLine({ fabric, qty, delivery });
    if (problem) setError(problem);
    else onDone();
  }

  const summary = `${qty} ${qty === 1 ? "swatch" : "swatches"} by ${delivery.toLowerCase()} - ${delivery === "Courier" ? COURIER : "free"}`;

  return (
    <div className="modal-wrap">
      <form className="modal" role="dialog" aria-labelledby="swatch-h" onSubmit={submit}>
        <h2 id="swatch-h">Request a swatch</h2>
        <label htmlFor="fabric">Fabric</label>
        <select id="fabric" value={fabric} onChange={(e) => setFabric(e.target.value)}>
          {FABRICS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
        <div className="stepper">
          <button type="button" aria-label="Fewer swatches" disabled={qty === 1} onClick={() => setQty(qty - 1)}>
            −
          </button>
          <span className="qty">{qty}</span>
          <button type="button" aria-label="More swatches" disabled={qty === 5} onClick={() => setQty(qty + 1)}>
            +
          </button>
        </div>
        <fieldset>
          <legend>Delivery</legend>
          <label>
            <input type="radio" name="delivery" checked={delivery === "Post"} onChange={() => setDelivery("Post")} />
            Post (free)
          </label>
          <label>
            <input type="radio" name="delivery" checked={delivery === "Courier"} onChange={() => setDelivery("Courier")} />
            Courier ({COURIER})
          </label>
        </fieldset>
        <p className="summary">{summary}</p>
        {error && <p role="alert">{error}</p>}
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit">Add to request</button>
      </form>
    </div>
  );
}
