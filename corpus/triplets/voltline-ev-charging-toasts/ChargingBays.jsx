import { useRef, useState } from "react";
import ToastStack from "./ToastStack.jsx";

const PRICE_PER_KWH = 0.45;

const BAYS = [
  { bay: 1, kw: 7, status: "Free", sessionKwh: 9.8 },
  { bay: 3, kw: 22, status: "Free", sessionKwh: 14.2 },
  { bay: 4, kw: 50, status: "Charging", sessionKwh: 31.0 },
  { bay: 5, kw: 50, status: "Out of service", sessionKwh: 0 },
];

function euros(amount) {
  return "€" + amount.toFixed(2);
}

export default function ChargingBays({ site = "Voltline Hub - Dockside car park", initialBays = BAYS }) {
  const [bays, setBays] = useState(initialBays);
  const toastRef = useRef(null);

  function setStatus(bay, status) {
    setBays((list) => list.map((b) => (b.bay === bay ? { ...b, status } : b)));
  }

  function start(b) {
    if (b.status === "Out of service") {
      toastRef.current.add(`Bay ${b.bay} is out of service`, "error");
      return;
    }
    setStatus(b.bay, "Charging");
    toastRef.current.add(`Charging started on Bay ${b.bay} (${b.kw} kW)`);
  }

  function stop(b) {
    setStatus(b.bay, "Free");
    const cost = euros(b.sessionKwh * PRICE_PER_KWH);
    toastRef.current.add(`Bay ${b.bay} session ended: ${b.sessionKwh.toFixed(1)} kWh, ${cost}`);
  }

  return (
    <main className="bays">
      <h1>{site}</h1>
      <p className="tariff">Tariff {euros(PRICE_PER_KWH)} per kWh</p>
      <ul className="bay-list">
        {bays.map((b) => (
          <li key={b.bay} className={"bay bay-" + b.status.toLowerCase().replace(/ /g, "-")}>
            <h2>Bay {b.bay}</h2>
            <p>
              {b.kw} kW · <span className="bay-status">{b.status}</span>
            </p>
            {b.status === "Charging" ? (
              <button type="button" onClick={() => stop(b)}>
                Stop charging
              </button>
            ) : (
              <button type="button" onClick={() => start(b)}>
                Start charging
              </button>
            )}
          </li>
        ))}
      </ul>
      <ToastStack ref={toastRef} />
    </main>
  );
}
