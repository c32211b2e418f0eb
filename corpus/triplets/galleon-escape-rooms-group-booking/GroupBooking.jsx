import { useState } from "react";
import FormRow from "./FormRow.jsx";

const ROOMS = [
  { id: "galleon", name: "The Sunken Galleon", min: 2, max: 6 },
  { id: "lighthouse", name: "The Lighthouse Keeper's Secret", min: 2, max: 5 },
  { id: "cove", name: "Smuggler's Cove (family room)", min: 3, max: 8 },
];
const SLOTS = ["Sat 14:00", "Sat 16:15", "Sat 18:30", "Sun 11:00"];
const VOUCHER = /^ESC-[A-Z0-9]{4}-[A-Z0-9]{2}$/;

export default function GroupBooking() {
  const [v, setV] = useState({ lead: "", mobile: "", room: "galleon", slot: SLOTS[0], players: "", kids: false, adults: "", voucher: "" });
  const [errors, setErrors] = useState({});
  const [held, setHeld] = useState("");
  const set = (key) => (e) => setV({ ...v, [key]: e.target.type === "checkbox" ? e.target.checked : e.target.value });

  function hold(e) {
    e.preventDefault();
    const room = ROOMS.find((r) => r.id === v.room);
    const players = Number(v.players);
    const voucher = v.voucher.trim().toUpperCase();
    const next = {};
    if (!v.lead.trim()) next.lead = "Who is the lead booker?";
    if (!/^0\d{10}$/.test(v.mobile.replace(/\s/g, ""))) next.mobile = "We text the door code - enter a mobile number";
    if (!Number.isInteger(players) || players < room.min || players > room.max)
      next.players = `${room.name} takes ${room.min} to ${room.max} players`;
    if (v.kids && !(Number(v.adults) >= 1)) next.adults = "Under-16s must play with at least one adult";
    if (voucher && !VOUCHER.test(voucher)) next.voucher = "That voucher code doesn't look right (ESC-XXXX-XX)";
    setErrors(next);
    if (Object.keys(next).length) {
      setHeld("");
      return;
    }
    setHeld(`Held: ${room.name} for ${players} players, ${v.slot}.${voucher ? ` Voucher ${voucher} applied.` : ""}`);
  }

  return (
    <form className="group-booking" onSubmit={hold} noValidate>
      <h1>Galleon Escape Rooms - book a game</h1>
      <fieldset>
        <legend>Room</legend>
        {ROOMS.map((r) => (
          <label key={r.id}>
            <input type="radio" name="room" value={r.id} checked={v.room === r.id} onChange={set("room")} />
            {r.name}
          </label>
        ))}
      </fieldset>
      <select aria-label="Time slot" value={v.slot} onChange={set("slot")}>
        {SLOTS.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      <FormRow testId="lead-error" error={errors.lead}>
        <input placeholder="Lead booker name" value={v.lead} onChange={set("lead")} />
      </FormRow>
      <FormRow testId="mobile-error" error={errors.mobile}>
        <input placeholder="Mobile number" value={v.mobile} onChange={set("mobile")} />
      </FormRow>
      <FormRow testId="players-error" error={errors.players}>
        <input placeholder="Number of players" value={v.players} onChange={set("players")} />
      </FormRow>
      <label>
        <input type="checkbox" checked={v.kids} onChange={set("kids")} />
        Some players are under 16
      </label>
      {v.kids && (
        <FormRow testId="adults-error" error={errors.adults}>
          <input placeholder="How many adults?" value={v.adults} onChange={set("adults")} />
        </FormRow>
      )}
      <FormRow testId="voucher-error" error={errors.voucher}>
        <input placeholder="Voucher code (optional)" value={v.voucher} onChange={set("voucher")} />
      </FormRow>
      <button type="submit">Hold this slot</button>
      {held && <p data-testid="held">{held}</p>}
    </form>
  );
}
