import { useState } from "react";
import PartRow from "./PartRow.jsx";
import { aud, gstIncluded, shippingFor } from "./aud.js";

const PARTS = [
  { sku: "CN-HG601", name: "Shimano 105 chain (CN-HG601)", price: 5495, qty: 1, saved: false },
  { sku: "GP5000-28", name: "Continental GP5000 tyre 700x28c", price: 8900, qty: 2, saved: false },
  { sku: "BR-R8000", name: "Brake pads (Ultegra, pair)", price: 2450, qty: 1, saved: false },
];

export default function PartsCart({ parts = PARTS }) {
  const [items, setItems] = useState(parts);
  const [postcodeDraft, setPostcodeDraft] = useState("");
  const [postcode, setPostcode] = useState("");

  const inCart = items.filter((p) => !p.saved);
  const saved = items.filter((p) => p.saved);
  const subtotal = inCart.reduce((sum, p) => sum + p.price * p.qty, 0);
  const shipping = shippingFor(postcode, subtotal);
  const total = subtotal + (shipping ? shipping.fee : 0);

  const toggleSaved = (sku) => setItems((list) => list.map((p) => (p.sku === sku ? { ...p, saved: !p.saved } : p)));

  return (
    <div className="parts-cart">
      <h1>Spoke &amp; Chain Cycles — your cart</h1>
      <table>
        <thead>
          <tr>
            <th>Part</th>
            <th>Qty</th>
            <th>Price</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {inCart.map((p) => (
            <PartRow key={p.sku} part={p} actionLabel="Save for later" onAction={() => toggleSaved(p.sku)} />
          ))}
        </tbody>
      </table>

      <form
        className="postcode"
        onSubmit={(e) => {
          e.preventDefault();
          setPostcode(postcodeDraft.trim());
        }}
      >
        <input placeholder="Postcode" value={postcodeDraft} onChange={(e) => setPostcodeDraft(e.target.value)} />
        <button type="submit">Save</button>
      </form>
      {shipping && (
        <p className="zone">
          Delivering to {postcode} ({shipping.zone})
        </p>
      )}

      <div className="sums">
        <div>
          Subtotal <span className="subtotal">{aud(subtotal)}</span>
        </div>
        <div>
          Shipping <span className="shipping">{shipping ? (shipping.fee ? aud(shipping.fee) : "Free") : "enter postcode"}</span>
        </div>
        <div>
          Total <span className="total">{aud(total)}</span>
        </div>
        <small className="gst">Includes GST of {aud(gstIncluded(total))}</small>
      </div>

      {saved.length > 0 && (
        <section className="saved">
          <h2>Saved for later ({saved.length})</h2>
          <table>
            <tbody>
              {saved.map((p) => (
                <PartRow key={p.sku} part={p} actionLabel="Move to cart" onAction={() => toggleSaved(p.sku)} />
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
