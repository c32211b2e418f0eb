import { useState } from "react";
import GuestCard from "./GuestCard.jsx";

const BLANK = { name: "", nationality: "Portuguese", doc: "", street: "", city: "", country: "" };
const ADDRESS_FIELDS = ["street", "city", "country"];

function useGuests(count) {
  const [guests, setGuests] = useState(Array.from({ length: count }, () => ({ ...BLANK })));

  const update = (index, patch) => setGuests((gs) => gs.map((g, i) => (i === index ? { ...g, ...patch } : g)));

  function copyAddress(from, to) {
    const source = guests[from];
    const patch = {};
    ADDRESS_FIELDS.forEach((f) => {
      patch[f] = source[f];
    });
    update(to, patch);
  }

  function problems() {
    const out = [];
    guests.forEach((g, i) => {
      const who = `Guest ${i + 1}`;
      if (!g.name.trim()) out.push(`${who}: full name is missing`);
      if (!/^[A-Z0-9]{6,9}$/.test(g.doc.trim().toUpperCase())) out.push(`${who}: document numbers have 6-9 letters or digits`);
      if (!g.street.trim() || !g.city.trim() || !g.country.trim()) out.push(`${who}: home address is incomplete`);
    });
    return out;
  }

  return { guests, update, copyAddress, problems };
}

export default function GuestRegistration({ booking = "WF-88412", room = "14", beds = ["A", "B"] }) {
  const { guests, update, copyAddress, problems } = useGuests(beds.length);
  const [errors, setErrors] = useState([]);
  const [done, setDone] = useState("");

  function complete() {
    const list = problems();
    setErrors(list);
    setDone(
      list.length ? "" : `Check-in complete for ${guests.length} guests - room ${room}, bunks ${beds.join(" and ")}`
    );
  }

  return (
    <main className="guest-registration">
      <h1>Wayfarer Hostel Porto - guest registration</h1>
      <p>
        Booking {booking}. Portuguese law asks us to register every guest's document and home address before
        handing out keys.
      </p>
      {guests.map((g, i) => (
        <GuestCard
          key={i}
          number={i + 1}
          guest={g}
          onChange={(patch) => update(i, patch)}
          onCopy={i > 0 ? () => copyAddress(0, i) : null}
        />
      ))}
      {errors.length > 0 && (
        <ul className="errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <button onClick={complete}>Complete check-in</button>
      {done && <p className="done">{done}</p>}
      <p className="small">Lockers take a padlock; we sell them at reception for €4.</p>
    </main>
  );
}
