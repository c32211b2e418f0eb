import { useRef, useState } from "react";
import { COLS, ROWS, SOLD, czk, move, seatName, seatPrice } from "./seatData.js";

const key = (r, c) => `${r}-${c}`;

export default function OperaSeats({ title = "Rusalka", date = "So 8. 11. 2025, 19:00" }) {
  const [focusPos, setFocusPos] = useState([1, 1]);
  const [picked, setPicked] = useState([]);
  const [note, setNote] = useState("");
  const refs = useRef({});

  function toggle(r, c) {
    const k = key(r, c);
    if (SOLD.includes(k)) {
      setNote(`${seatName(r, c)} is already sold`);
      return;
    }
    setNote("");
    setPicked((p) => (p.includes(k) ? p.filter((x) => x !== k) : [...p, k]));
  }

  function onKeyDown(e, r, c) {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      toggle(r, c);
      return;
    }
    const next = move(e.key, r, c);
    if (!next) return;
    e.preventDefault();
    setFocusPos(next);
    refs.current[key(next[0], next[1])].focus();
  }

  const total = picked.reduce((s, k) => s + seatPrice(Number(k.split("-")[0])), 0);

  return (
    <div className="opera-seats">
      <h1>Divadlo Vltavín</h1>
      <p>
        {title} · {date}
      </p>
      <p className="help">Tab into the seat plan, move with the arrow keys, Home/End, select with Enter or Space.</p>

      <div role="grid" aria-label="Parterre">
        {Array.from({ length: ROWS }, (_, i) => i + 1).map((r) => (
          <div role="row" key={r} className="opera-row">
            {Array.from({ length: COLS }, (_, j) => j + 1).map((c) => {
              const k = key(r, c);
              const sold = SOLD.includes(k);
              return (
                <span role="gridcell" key={k}>
                  <button
                    ref={(el) => {
                      refs.current[k] = el;
                    }}
                    tabIndex={focusPos[0] === r && focusPos[1] === c ? 0 : -1}
                    aria-label={seatName(r, c)}
                    aria-pressed={picked.includes(k)}
                    aria-disabled={sold}
                    className={sold ? "sold" : undefined}
                    onFocus={() => setFocusPos([r, c])}
                    onClick={() => toggle(r, c)}
                    onKeyDown={(e) => onKeyDown(e, r, c)}
                  >
                    {c}
                  </button>
                </span>
              );
            })}
          </div>
        ))}
      </div>

      {note && <p className="note">{note}</p>}
      <ul className="picked">
        {picked.map((k) => {
          const [r, c] = k.split("-").map(Number);
          return (
            <li key={k}>
              {seatName(r, c)} – {czk(seatPrice(r))}
            </li>
          );
        })}
      </ul>
      <p className="total">Celkem / Total: {czk(total)}</p>
    </div>
  );
}
