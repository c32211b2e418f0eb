import { useReducer } from "react";
import { money, splitCheck, toCents } from "./tipMath.js";

const PRESETS = [15, 18, 20];

const start = { bill: "", tax: "", tipPercent: 18, custom: "", preTax: true, people: 2, roundUp: false };

function reducer(s, a) {
  switch (a.type) {
    case "set":
      return { ...s, [a.key]: a.value };
    case "preset":
      return { ...s, tipPercent: a.value, custom: "" };
    case "custom":
      return { ...s, custom: a.value, tipPercent: Number(a.value) || 0 };
    case "morePeople":
      return { ...s, people: s.people + 1 };
    case "fewerPeople":
      return { ...s, people: Math.max(1, s.people - 1) };
    default:
      return s;
  }
}

export default function TipSplitter() {
  const [s, dispatch] = useReducer(reducer, start);
  const bill = toCents(s.bill);
  const tax = s.tax === "" ? 0 : toCents(s.tax);
  const ready = bill > 0 && tax >= 0 && tax < bill;
  const r = ready ? splitCheck({ ...s, bill, tax }) : null;

  return (
    <div className="tip-splitter">
      <h1>Marigold Diner · split the check</h1>
      <input placeholder="Check total (incl. tax)" value={s.bill} onChange={(e) => dispatch({ type: "set", key: "bill", value: e.target.value })} />
      <input placeholder="Sales tax on the check" value={s.tax} onChange={(e) => dispatch({ type: "set", key: "tax", value: e.target.value })} />

      <div className="presets">
        {PRESETS.map((p) => (
          <button
            key={p}
            aria-pressed={s.custom === "" && s.tipPercent === p}
            onClick={() => dispatch({ type: "preset", value: p })}
          >
            {p}%
          </button>
        ))}
        <input
          aria-label="Custom tip %"
          value={s.custom}
          onChange={(e) => dispatch({ type: "custom", value: e.target.value })}
        />
      </div>

      <label>
        <input type="checkbox" checked={s.preTax} onChange={(e) => dispatch({ type: "set", key: "preTax", value: e.target.checked })} />
        Tip on the amount before tax
      </label>

      <div className="people">
        Splitting between
        <button aria-label="Fewer people" onClick={() => dispatch({ type: "fewerPeople" })}>
          −
        </button>
        <span className="people-count">{s.people}</span>
        <button aria-label="More people" onClick={() => dispatch({ type: "morePeople" })}>
          +
        </button>
      </div>

      <label>
        <input type="checkbox" checked={s.roundUp} onChange={(e) => dispatch({ type: "set", key: "roundUp", value: e.target.checked })} />
        Round each share up to the dollar
      </label>

      {r ? (
        <ul className="result">
          <li>
            Tip <span className="tip">{money(r.tip)}</span>
          </li>
          <li>
            Check with tip <span className="total">{money(r.total)}</span>
          </li>
          <li>
            Each person pays <span className="share">{money(r.share)}</span>
          </li>
          {s.roundUp && (
            <li>
              Table pays <span className="paid">{money(r.paid)}</span>
            </li>
          )}
        </ul>
      ) : (
        <p className="empty">Enter the check total to split it.</p>
      )}
    </div>
  );
}
