import { useEffect, useRef, useState } from "react";
import { PRODUCTS, dailyTotals } from "./totals.js";

const START = [
  { id: 1, time: "07:30", product: "Alkalinity buffer", ml: 12 },
  { id: 2, time: "07:32", product: "Calcium", ml: 8 },
  { id: 3, time: "12:10", product: "Alkalinity buffer", ml: 12 },
];

export default function DosingLog({ tank = "Coralline 300 L mixed reef", now = "18:45" }) {
  const [entries, setEntries] = useState(START);
  const [past, setPast] = useState([]);
  const [future, setFuture] = useState([]);
  const [notice, setNotice] = useState("");
  const productRef = useRef(null);
  const mlRef = useRef(null);
  const nextId = useRef(4);

  function commit(next, label) {
    setPast((p) => [...p, { entries, label }]);
    setFuture([]);
    setEntries(next);
    setNotice("");
  }

  function logDose(e) {
    e.preventDefault();
    const ml = Number(mlRef.current.value);
    if (!ml || ml <= 0) return setNotice("Enter the dose in ml");
    const entry = { id: nextId.current++, time: now, product: productRef.current.value, ml };
    commit([...entries, entry], "logged " + entry.product + " " + ml + " ml");
    mlRef.current.value = "";
  }

  function undo() {
    if (!past.length) return;
    const last = past[past.length - 1];
    setFuture((f) => [{ entries, label: last.label }, ...f]);
    setPast((p) => p.slice(0, -1));
    setEntries(last.entries);
    setNotice("Undid: " + last.label);
  }

  function redo() {
    if (!future.length) return;
    const [first, ...rest] = future;
    setPast((p) => [...p, { entries, label: first.label }]);
    setFuture(rest);
    setEntries(first.entries);
    setNotice("Redid: " + first.label);
  }

  useEffect(() => {
    function onKey(e) {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== "z") return;
      e.preventDefault();
      if (e.shiftKey) redo();
      else undo();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <section className="dosing">
      <h1>Dosing log</h1>
      <p>{tank} · today</p>

      <form onSubmit={logDose} className="log-form">
        <select ref={productRef} aria-label="Product" defaultValue={PRODUCTS[0]}>
          {PRODUCTS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
        <input ref={mlRef} placeholder="ml" inputMode="decimal" />
        <button type="submit">Log dose</button>
      </form>

      <ol className="entries">
        {entries.map((e) => (
          <li key={e.id} className="entry">
            {e.time} {e.product} {e.ml} ml
            <button type="button" aria-label={"Delete " + e.product + " at " + e.time} onClick={() => commit(entries.filter((x) => x.id !== e.id), "deleted " + e.product + " at " + e.time)}>
              ✕
            </button>
          </li>
        ))}
      </ol>

      <p className="totals">Today: {dailyTotals(entries).join(" · ") || "nothing dosed"}</p>

      <div className="history">
        <button type="button" onClick={undo} disabled={!past.length}>
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!future.length}>
          Redo
        </button>
        <small>Ctrl+Z / Ctrl+Shift+Z</small>
      </div>
      {notice && <p className="notice">{notice}</p>}
    </section>
  );
}
