import { useState } from "react";
import { checkEntry } from "./moderation.js";

const ENTRIES = [
  { id: 1, name: "Greta L.", room: "Room 3 - Nordic silver", text: "The filigree brooches were stunning." },
  { id: 2, name: "Family Moreau", room: "Room 7 - Whaling station", text: "Kids loved the harpoon cannon model." },
  { id: 3, name: "Sven", room: "Room 1 - Ice age finds", text: "Please add more benches near the mammoth." },
];

const ROOMS = ["Room 1 - Ice age finds", "Room 3 - Nordic silver", "Room 7 - Whaling station"];

export default function Guestbook({ initialEntries = ENTRIES }) {
  const [entries, setEntries] = useState(initialEntries);
  const [error, setError] = useState("");
  const [notice, setNotice] = useState("");
  const [oldestFirst, setOldestFirst] = useState(false);

  function handleSubmit(e) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const name = String(data.get("name") || "").trim();
    const text = String(data.get("message") || "").trim();
    const room = String(data.get("room"));

    if (!name) {
      setError("Please tell us your name.");
      setNotice("");
      return;
    }
    if (!text) {
      setError("Your message is empty.");
      setNotice("");
      return;
    }
    setError("");
    const verdict = checkEntry(text);
    if (verdict === "hold") {
      setNotice("Thanks! Your entry is held for review by our staff.");
    } else {
      setEntries((list) => [{ id: list.length + 100, name, room, text }, ...list]);
      setNotice("Thanks for signing the guestbook, " + name + "!");
    }
    form.reset();
  }

  const shown = oldestFirst ? [...entries].reverse() : entries;

  return (
    <div className="guestbook">
      <h1>Halvard Museum guestbook</h1>

      <form onSubmit={handleSubmit} noValidate>
        <label htmlFor="gb-name">Your name</label>
        <input id="gb-name" name="name" defaultValue="" />

        <label htmlFor="gb-room">Favourite room</label>
        <select id="gb-room" name="room" defaultValue={ROOMS[1]}>
          {ROOMS.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>

        <label>
          Message
          <textarea name="message" rows={3} />
        </label>

        {error && <p className="error">{error}</p>}
        <button type="submit">Sign the guestbook</button>
      </form>

      {notice && <p className="notice">{notice}</p>}

      <h2>Entries ({entries.length})</h2>
      <button type="button" onClick={() => setOldestFirst(!oldestFirst)}>
        {oldestFirst ? "Show newest first" : "Show oldest first"}
      </button>
      <ul className="entries">
        {shown.map((entry) => (
          <li key={entry.id} className="entry">
            <b>{entry.name}</b> <i>{entry.room}</i>
            <p>{entry.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
