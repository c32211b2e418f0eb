import { useState } from "react";
import { GuestsProvider, useGuests, DIETARY, ALLERGIES } from "./GuestsContext.jsx";

function GuestRow({ guest }) {
  const { addTag, removeTag } = useGuests();
  const options = DIETARY.filter((d) => !guest.tags.includes(d));
  const [pick, setPick] = useState("");
  return (
    <tr>
      <td>{guest.name}</td>
      <td>{guest.table}</td>
      <td className="tags">
        {guest.tags.map((t) => (
          <span key={t} className={ALLERGIES.includes(t) ? "tag allergy" : "tag"}>
            {ALLERGIES.includes(t) ? "⚠ " : ""}
            {t}
            <button type="button" aria-label={"Remove " + t + " for " + guest.name} onClick={() => removeTag(guest.name, t)}>
              ×
            </button>
          </span>
        ))}
      </td>
      <td>
        <select aria-label={"Dietary tag for " + guest.name} value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">Choose…</option>
          {options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
        <button
          type="button"
          disabled={!pick}
          onClick={() => {
            addTag(guest.name, pick);
            setPick("");
          }}
        >
          Add
        </button>
      </td>
    </tr>
  );
}

function KitchenSummary() {
  const { guests } = useGuests();
  const lines = DIETARY.map((d) => ({ tag: d, n: guests.filter((g) => g.tags.includes(d)).length })).filter((l) => l.n > 0);
  return (
    <ul className="kitchen-summary">
      {lines.map((l) => (
        <li key={l.tag}>
          {l.tag}: {l.n}
        </li>
      ))}
    </ul>
  );
}

export default function GuestDietary({ event = "Okafor-Berg wedding breakfast", date = "Sat 21 June", caterer = "Cloverleaf Catering" }) {
  return (
    <GuestsProvider>
      <section className="guest-dietary">
        <h1>Dietary requirements</h1>
        <p>
          {caterer} · {event} · {date}
        </p>
        <table>
          <thead>
            <tr>
              <th>Guest</th>
              <th>Table</th>
              <th>Tags</th>
              <th>Add tag</th>
            </tr>
          </thead>
          <tbody>
            <GuestRowList />
          </tbody>
        </table>
        <h2>For the kitchen</h2>
        <KitchenSummary />
      </section>
    </GuestsProvider>
  );
}

function GuestRowList() {
  const { guests } = useGuests();
  return guests.map((g) => <GuestRow key={g.name} guest={g} />);
}
