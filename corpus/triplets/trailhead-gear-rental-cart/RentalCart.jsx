import { useState } from "react";
import GearLine from "./GearLine.jsx";
import { rentalTotals, usd } from "./rental.js";

const START = [
  { id: "tent", qty: 1 },
  { id: "bag", qty: 2 },
];

export default function RentalCart({ initialLines = START, pickup = "Fri, Jul 11" }) {
  const [lines, setLines] = useState(initialLines);
  const [days, setDays] = useState(2);
  const [waiver, setWaiver] = useState(false);
  const totals = rentalTotals(lines, days, waiver);

  function changeQty(id, qty) {
    setLines((ls) => ls.map((l) => (l.id === id ? { ...l, qty } : l)));
  }

  return (
    <div className="rental-cart">
      <h1>Trailhead Outfitters – rental cart</h1>
      <p>
        Pickup {pickup} at the Pine Ridge counter. Type a quantity and press Enter to update it, Esc to undo.
      </p>

      <label htmlFor="days">Rental days</label>
      <select id="days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
        {[1, 2, 3, 4, 5, 6, 7].map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>

      <table>
        <thead>
          <tr>
            <th>Gear</th>
            <th>Qty</th>
            <th>Rate</th>
            <th>Cost</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <GearLine key={l.id + ":" + l.qty} id={l.id} qty={l.qty} days={days} onQty={changeQty} />
          ))}
        </tbody>
      </table>

      <label className="waiver">
        <input type="checkbox" checked={waiver} onChange={(e) => setWaiver(e.target.checked)} />
        Add damage waiver (10%)
      </label>

      <div className="totals">
        <p>
          Rental subtotal: <b id="rental-subtotal">{usd(totals.subtotal)}</b>
        </p>
        {waiver && (
          <p>
            Damage waiver: <b id="waiver-fee">{usd(totals.waiverFee)}</b>
          </p>
        )}
        <p>
          Due at pickup: <b id="due">{usd(totals.total)}</b>
        </p>
      </div>

      <section className="pickup-checklist">
        <h2>At the counter</h2>
        <ol>
          <li>Show a photo ID that matches the booking</li>
          <li>We hold a $200 deposit on your card until the gear is back</li>
          <li>Tents are returned dry – or pay a $15 drying fee</li>
        </ol>
      </section>
    </div>
  );
}
