import { GIFT_WRAP, kr } from "./kronor.js";

export default function TeaLine({ line, dispatch }) {
  return (
    <li className="tea-line">
      <div>
        <strong>{line.name}</strong> <span>{kr(line.price)}</span>
      </div>
      <div className="stepper">
        <button aria-label={"Fewer " + line.name} onClick={() => dispatch({ type: "dec", id: line.id })}>
          −
        </button>
        <span className="count">{line.qty}</span>
        <button aria-label={"More " + line.name} onClick={() => dispatch({ type: "inc", id: line.id })}>
          +
        </button>
      </div>
      <div className="wrap">
        <input type="checkbox" checked={line.wrap} onChange={() => dispatch({ type: "wrap", id: line.id })} />
        <span>Gift wrap +{kr(GIFT_WRAP)}</span>
      </div>
    </li>
  );
}
