import { useState } from "react";
import SnackList from "./SnackList.jsx";
import { SNACKS, checkCode, discountFor, pounds } from "./promos.js";

export default function SnackPromo({ today = "2025-06-01", film = "The Lighthouse Keeper · Screen 2 · 19:45" }) {
  const [code, setCode] = useState("");
  const [applied, setApplied] = useState(null);
  const [message, setMessage] = useState("");
  const [giftCard, setGiftCard] = useState("");
  const [giftMessage, setGiftMessage] = useState("");

  const subtotal = SNACKS.reduce((s, x) => s + x.price * x.qty, 0);
  const discount = discountFor(applied && applied.promo, SNACKS);

  function apply() {
    const result = checkCode(code, today);
    if (result.error) {
      setMessage(result.error);
      return;
    }
    setApplied(result);
    setMessage("");
  }

  return (
    <section className="snack-promo">
      <h1>Picturedrome · snacks to your seat</h1>
      <p className="film">{film}</p>
      <SnackList snacks={SNACKS} />

      <div className="promo">
        <label htmlFor="promo">Promo code</label>
        <input id="promo" value={code} onChange={(e) => setCode(e.target.value)} />
        <button onClick={apply}>Apply</button>
        {message && <p className="promo-error">{message}</p>}
        {applied && (
          <p className="promo-ok">
            {applied.code} – {applied.promo.label}{" "}
            <button
              onClick={() => {
                setApplied(null);
                setCode("");
              }}
            >
              Remove code
            </button>
          </p>
        )}
      </div>

      <div className="gift">
        <input placeholder="Gift card number" value={giftCard} onChange={(e) => setGiftCard(e.target.value)} />
        <button onClick={() => setGiftMessage(giftCard.trim() ? "Gift cards can only be used at the kiosk" : "")}>
          Apply gift card
        </button>
        {giftMessage && <p className="gift-note">{giftMessage}</p>}
      </div>

      <dl className="totals">
        <dt>Subtotal</dt>
        <dd className="subtotal">{pounds(subtotal)}</dd>
        {discount > 0 && (
          <>
            <dt>Discount</dt>
            <dd className="discount">-{pounds(discount)}</dd>
          </>
        )}
        <dt>To pay</dt>
        <dd className="to-pay">{pounds(subtotal - discount)}</dd>
      </dl>
    </section>
  );
}
