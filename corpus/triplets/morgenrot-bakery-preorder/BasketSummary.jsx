import { useState } from "react";
import { useBasket } from "./basket.jsx";
import { euro } from "./money.js";

export default function BasketSummary({ pickupDay }) {
  const { subtotal, fee, total, mode } = useBasket();
  const [sent, setSent] = useState(false);
  return (
    <aside className="summary">
      <dl>
        <dt>Zwischensumme</dt>
        <dd className="subtotal">{euro(subtotal)}</dd>
        {mode === "lieferung" && (
          <>
            <dt>Liefergebühr</dt>
            <dd className="fee">{fee === 0 && subtotal > 0 ? "kostenlos" : euro(fee)}</dd>
          </>
        )}
        <dt>Gesamt</dt>
        <dd className="total">{euro(total)}</dd>
      </dl>
      <button disabled={subtotal === 0} onClick={() => setSent(true)}>
        Vorbestellen
      </button>
      {sent && (
        <p role="status">
          Vorbestellung für {pickupDay} eingegangen – {mode === "lieferung" ? "wir liefern" : "bitte in der Filiale abholen"}.
        </p>
      )}
    </aside>
  );
}
