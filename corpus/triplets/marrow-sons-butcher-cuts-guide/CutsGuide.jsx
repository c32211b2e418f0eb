import { useState } from "react";
import { ANIMALS, pounds, priceFor } from "./cuts.js";

const PORTION = 500;

function CutRow({ animal, cut, onAdd }) {
  return (
    <li className="cut">
      <strong>{cut.name}</strong> <span className="per-kg">{pounds(cut.perKg)}/kg</span>
      <p className="how">{cut.how}</p>
      <button type="button" aria-label={`Add ${PORTION} g ${animal} ${cut.name.toLowerCase()}`} onClick={() => onAdd(cut)}>
        Add {PORTION} g
      </button>
    </li>
  );
}

export default function CutsGuide({ animals = ANIMALS, shop = "Marrow & Sons" }) {
  const [openCount, setOpenCount] = useState(0);
  const [order, setOrder] = useState([]);

  function handleToggle(event) {
    const isOpen = event.currentTarget.open;
    setOpenCount((n) => (isOpen ? n + 1 : n - 1));
  }

  function add(cut) {
    setOrder((list) => [...list, { name: cut.name, grams: PORTION, pence: priceFor(cut.perKg, PORTION) }]);
  }

  const total = order.reduce((sum, line) => sum + line.pence, 0);

  return (
    <div className="cuts-guide">
      <h1>{shop} - know your cuts</h1>
      <p className="open-sections">
        {openCount} {openCount === 1 ? "section" : "sections"} open
      </p>
      {animals.map((a) => (
        <details key={a.name} className="animal" onToggle={handleToggle}>
          <summary>{a.name}</summary>
          <ul>
            {a.cuts.map((c) => (
              <CutRow key={c.name} animal={a.name.toLowerCase()} cut={c} onAdd={add} />
            ))}
          </ul>
        </details>
      ))}
      <aside className="order">
        <h2>Your order</h2>
        {order.length === 0 ? (
          <p>Nothing added yet</p>
        ) : (
          <ul>
            {order.map((line, i) => (
              <li key={i}>
                {line.grams} g {line.name.toLowerCase()} - {pounds(line.pence)}
              </li>
            ))}
          </ul>
        )}
        <p className="order-total">Total {pounds(total)}</p>
      </aside>
    </div>
  );
}
