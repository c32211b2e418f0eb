import { useRef, useState } from "react";
import { ORDER, bill, redeem, usd } from "./deals.js";

export default function PizzaCheckout({ time = "18:15", address = "221 Larkspur Ave, Apt 3" }) {
  const codeInput = useRef(null);
  const [deal, setDeal] = useState(null);
  const [error, setError] = useState("");
  const b = bill(ORDER, deal);

  function onSubmit(e) {
    e.preventDefault();
    const result = redeem(codeInput.current.value, { order: ORDER, time });
    if (result.error) {
      setError(result.error);
    } else {
      setDeal(result.deal);
      setError("");
      codeInput.current.value = "";
    }
  }

  function onKeyDown(e) {
    if (e.key === "Escape") {
      codeInput.current.value = "";
      setError("");
    }
  }

  return (
    <div className="pizza-checkout">
      <h1>Nonna Rosa's · checkout</h1>
      <p className="where">
        Delivering to {address} · now {time}
      </p>

      <ul className="order">
        {ORDER.map((i) => (
          <li key={i.name}>
            {i.name} <span>{usd(i.price)}</span>
          </li>
        ))}
      </ul>

      <form className="promo" onSubmit={onSubmit}>
        <input ref={codeInput} placeholder="Promo code" onKeyDown={onKeyDown} />
        <small>Press Enter to apply</small>
      </form>
      {error && <span className="promo-error">{error}</span>}
      {deal && (
        <p className="deal">
          {deal.code}: {deal.label}{" "}
          <button aria-label={"Remove code " + deal.code} onClick={() => setDeal(null)}>
            ×
          </button>
        </p>
      )}

      <div className="bill">
        <p>
          Food <span className="food">{usd(b.subtotal)}</span>
        </p>
        {b.off > 0 && (
          <p>
            Promo <span className="off">-{usd(b.off)}</span>
          </p>
        )}
        <p>
          Delivery <span className="delivery">{b.delivery === 0 ? "FREE" : usd(b.delivery)}</span>
        </p>
        <p>
          Tax (8% on food) <span className="tax">{usd(b.tax)}</span>
        </p>
        <p className="grand">
          Total <span className="total">{usd(b.total)}</span>
        </p>
      </div>
      <button className="place">Place order · {usd(b.total)}</button>
    </div>
  );
}
