import { useState } from "react";
import useAddress from "./useAddress.js";

export default function DeliveryAddress({ patient = "Mr G. Fairweather", slot = "Thursday 10:00-12:00" }) {
  const { address, error, update, check, fillHome } = useAddress();
  const [status, setStatus] = useState("");

  function save(andContinue) {
    if (!check()) {
      setStatus("");
      return;
    }
    const line = `${address.number.trim()} ${address.street.trim()}, ${address.town.trim()} ${address.postcode
      .trim()
      .toUpperCase()}`;
    setStatus(andContinue ? `Deliveries go to ${line} - next slot ${slot}` : "Address saved");
  }

  return (
    <section className="delivery-address">
      <h1>Juniper Lane Pharmacy</h1>
      <h2>Prescription delivery for {patient}</h2>
      <button type="button" className="link" onClick={fillHome}>
        Use home address
      </button>
      <div className="grid">
        <input
          aria-label="House or flat number"
          value={address.number}
          onChange={(e) => update({ number: e.target.value })}
        />
        <input aria-label="Street" value={address.street} onChange={(e) => update({ street: e.target.value })} />
        <input aria-label="Town" value={address.town} onChange={(e) => update({ town: e.target.value })} />
        <input aria-label="Postcode" value={address.postcode} onChange={(e) => update({ postcode: e.target.value })} />
      </div>
      <label className="neighbour">
        <input
          type="checkbox"
          checked={address.neighbour}
          onChange={(e) => update({ neighbour: e.target.checked })}
        />
        Leave with a neighbour if I'm out
      </label>
      {address.neighbour && (
        <input
          aria-label="Neighbour's house number"
          value={address.neighbourNo}
          onChange={(e) => update({ neighbourNo: e.target.value })}
        />
      )}
      {error && <p className="problem">{error}</p>}
      <div className="buttons">
        <button type="button" onClick={() => save(false)}>
          Save address
        </button>
        <button type="button" onClick={() => save(true)}>
          Save address and continue
        </button>
      </div>
      {status && <p className="status">{status}</p>}
      <p className="small-print">Controlled drugs need a signature and cannot be left with a neighbour.</p>
    </section>
  );
}
