import { chf, lineAmount, MAX_PER_LINE } from "./passes.js";

export default function PassRow({ pass, qty, onMore, onLess, onRemove }) {
  const a = lineAmount(pass, qty);
  return (
    <li className="pass-row">
      <span className="pass-name">{pass.name}</span>
      <button aria-label={"Decrease quantity of " + pass.name} onClick={onLess}>
        −
      </button>
      <span className="qty">{qty}</span>
      <button aria-label={"Increase quantity of " + pass.name} onClick={onMore} disabled={qty >= MAX_PER_LINE}>
        +
      </button>
      <span className="line-total">{chf(a.net)}</span>
      {a.bonus > 0 && <small className="bonus">group bonus {chf(-a.bonus)}</small>}
      <button aria-label={"Remove " + pass.name} onClick={onRemove}>
        ✕
      </button>
    </li>
  );
}
