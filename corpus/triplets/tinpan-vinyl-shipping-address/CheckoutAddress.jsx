import { useState } from "react";
import AddressFields from "./AddressFields.jsx";
import { EMPTY, addressErrors, oneLine } from "./address.js";

const DELIVERY = [
  { id: "tracked", label: "Tracked post, 2-3 days (£4.50)" },
  { id: "courier", label: "Courier, next working day (£8.90)" },
];

export default function CheckoutAddress({ basket = "2 records: Marigold Static - Low Tide LP, The Vells - Sundial 7\"" }) {
  const [shipping, setShipping] = useState(EMPTY);
  const [billing, setBilling] = useState(EMPTY);
  const [sameAsShipping, setSame] = useState(true);
  const [errors, setErrors] = useState({ shipping: {}, billing: {} });
  const [summary, setSummary] = useState(null);
  const [delivery, setDelivery] = useState("tracked");

  function proceed() {
    const next = {
      shipping: addressErrors(shipping),
      billing: sameAsShipping ? {} : addressErrors(billing),
    };
    setErrors(next);
    const ok = !Object.keys(next.shipping).length && !Object.keys(next.billing).length;
    if (!ok) {
      setSummary(null);
      return;
    }
    setSummary({ shipTo: oneLine(shipping), billTo: oneLine(sameAsShipping ? shipping : billing) });
  }

  return (
    <main className="checkout">
      <h1>Tin Pan Vinyl - where should we send it?</h1>
      <p className="basket">{basket}</p>
      <AddressFields
        idPrefix="ship"
        legend="Shipping address"
        value={shipping}
        errors={errors.shipping}
        onChange={setShipping}
      />
      <label className="same">
        <input type="checkbox" checked={sameAsShipping} onChange={(e) => setSame(e.target.checked)} />
        Billing address is the same as shipping
      </label>
      {!sameAsShipping && (
        <AddressFields
          idPrefix="bill"
          legend="Billing address"
          value={billing}
          errors={errors.billing}
          onChange={setBilling}
        />
      )}
      <fieldset className="delivery">
        <legend>Delivery</legend>
        {DELIVERY.map((d) => (
          <label key={d.id}>
            <input
              type="radio"
              name="delivery"
              checked={delivery === d.id}
              onChange={() => setDelivery(d.id)}
            />
            {d.label}
          </label>
        ))}
      </fieldset>
      <button onClick={proceed}>Continue to payment</button>
      {summary && (
        <dl className="summary">
          <dt>Ship to</dt>
          <dd>{summary.shipTo}</dd>
          <dt>Bill to</dt>
          <dd>{summary.billTo}</dd>
        </dl>
      )}
    </main>
  );
}
