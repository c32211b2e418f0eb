import { useState } from "react";
import AddOnList from "./AddOnList.jsx";
import { cad, groomQuote } from "./groomPrice.js";

const HOURS = [
  ["Tue – Fri", "8:30 – 18:00"],
  ["Saturday", "9:00 – 16:00"],
  ["Sun & Mon", "closed"],
];

const COATS = [
  { id: "short", label: "Short coat" },
  { id: "double", label: "Double coat" },
  { id: "curly", label: "Curly / poodle coat (+$15.00)" },
];

export default function GroomingPrice({ salon = "Scruffs & Suds" }) {
  const [name, setName] = useState("");
  const [weight, setWeight] = useState("");
  const [coat, setCoat] = useState("short");
  const [addOns, setAddOns] = useState([]);
  const [matted, setMatted] = useState(false);

  const kg = parseFloat(weight.replace(",", "."));
  const validWeight = Number.isFinite(kg) && kg > 0;
  const quote = validWeight ? groomQuote({ kg, coat, addOns, matted }) : null;

  const toggle = (id) => setAddOns((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  return (
    <div className="grooming">
      <h1>{salon} · full groom price check</h1>
      <div className="dog">
        <input placeholder="Dog's name" value={name} onChange={(e) => setName(e.target.value)} />
        <input placeholder="Weight (kg)" inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} />
      </div>

      <div className="coats" role="radiogroup" aria-label="Coat type">
        {COATS.map((c) => (
          <label key={c.id}>
            <input type="radio" name="coat" checked={coat === c.id} onChange={() => setCoat(c.id)} />
            {c.label}
          </label>
        ))}
      </div>

      <AddOnList selected={addOns} onToggle={toggle} />

      <label className="matted">
        <input type="checkbox" checked={matted} onChange={(e) => setMatted(e.target.checked)} />
        Coat is matted (+$20.00 dematting)
      </label>

      {!validWeight ? (
        <span className="hint">Enter your dog's weight to see a price.</span>
      ) : (
        <div className="result">
          <p className="headline">
            {name.trim() || "Your dog"} ({quote.size}) – full groom
          </p>
          <p>
            Subtotal <span className="subtotal">{cad(quote.subtotal)}</span>
          </p>
          <p>
            HST 13% <span className="hst">{cad(quote.hst)}</span>
          </p>
          <p>
            Total <span className="total">{cad(quote.total)}</span>
          </p>
        </div>
      )}

      <section className="hours">
        <h2>Opening hours</h2>
        <dl>
          {HOURS.map(([day, time]) => (
            <div key={day}>
              <dt>{day}</dt>
              <dd>{time}</dd>
            </div>
          ))}
        </dl>
        <p>1184 Queen St W, Toronto · drop-off from 8:30, pick-up by text message</p>
      </section>
    </div>
  );
}
