import { useRef, useState } from "react";
import Drawer from "./Drawer.jsx";
import useDisclosure from "./useDisclosure.js";

const BERTHS = [
  { id: "A-07", boat: "Morwenna", owner: "Jory Tregear", length: 7.2, dueCents: 0 },
  { id: "B-12", boat: "Sea Lark", owner: "Ruth Penhale", length: 9.4, dueCents: 34000 },
  { id: "C-03", boat: "Kittiwake II", owner: "Dmitri Aalto", length: 11.8, dueCents: 51500 },
];

function euro(cents) {
  return "€" + (cents / 100).toFixed(2);
}

export default function BerthBoard({ initialBerths = BERTHS }) {
  const [berths, setBerths] = useState(initialBerths);
  const { openId, open, close } = useDisclosure();
  const triggers = useRef({});
  const berth = berths.find((b) => b.id === openId);

  function closeDrawer() {
    const trigger = triggers.current[openId];
    close();
    if (trigger) trigger.focus();
  }

  function recordPayment() {
    setBerths((list) => list.map((b) => (b.id === openId ? { ...b, dueCents: 0 } : b)));
  }

  return (
    <div className="marina">
      <h1>Tidemark Marina - pontoon berths</h1>
      <ul className="berths">
        {berths.map((b) => (
          <li key={b.id}>
            <span className="berth-id">{b.id}</span> {b.boat}{" "}
            <span className={b.dueCents ? "due" : "paid"}>{b.dueCents ? "Owing" : "Paid"}</span>
            <button
              type="button"
              ref={(el) => (triggers.current[b.id] = el)}
              aria-label={`Details for ${b.id}`}
              onClick={() => open(b.id)}
            >
              Details
            </button>
          </li>
        ))}
      </ul>

      {berth && (
        <Drawer title={`Berth ${berth.id}`} onClose={closeDrawer}>
          <dl>
            <dt>Boat</dt>
            <dd>{berth.boat}</dd>
            <dt>Owner</dt>
            <dd>{berth.owner}</dd>
            <dt>Length</dt>
            <dd>{berth.length} m</dd>
          </dl>
          <p className="balance">Balance due: {euro(berth.dueCents)}</p>
          <button type="button" disabled={berth.dueCents === 0} onClick={recordPayment}>
            Record payment
          </button>
        </Drawer>
      )}
    </div>
  );
}
