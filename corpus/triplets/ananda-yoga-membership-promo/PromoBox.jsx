import { useRef } from "react";
import { useMembership } from "./membership.jsx";
import { PROMOS } from "./offers.js";

export default function PromoBox() {
  const { code, applyCode, notice } = useMembership();
  const input = useRef(null);
  return (
    <div className="promo-box">
      <label htmlFor="code">Promo code</label>
      <input id="code" ref={input} defaultValue="" autoComplete="off" />
      <button type="button" onClick={() => applyCode(input.current.value)}>
        Redeem
      </button>
      {code && <p className="applied">✓ {code}: {PROMOS[code].text}</p>}
      {notice && <p role="alert">{notice}</p>}
    </div>
  );
}
