import { useState } from "react";

const STOPS = [
  { id: 101, title: "Entrance hall: the Vellacourt family", room: "G1", length: "2:10" },
  { id: 102, title: "The Weaver's Loom", room: "G3", length: "3:45" },
  { id: 103, title: "Dye vats and madder root", room: "G4", length: "2:30" },
  { id: 104, title: "Mill strike of 1911", room: "1.2", length: "4:05" },
  { id: 105, title: "Pattern books", room: "1.5", length: "1:50" },
];

function moveItem(list, from, to) {
  if (to < 0 || to >= list.length) return list;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

export default function AudioTour({ tour = "Cloth & Conflict - family tour", language = "English" }) {
  const [stops, setStops] = useState(STOPS);
  const [selected, setSelected] = useState(0);
  const [announce, setAnnounce] = useState("");

  function shift(delta) {
    const to = selected + delta;
    if (to < 0 || to >= stops.length) return;
    const moved = stops[selected];
    setStops(moveItem(stops, selected, to));
    setSelected(to);
    setAnnounce("Moved " + moved.title + " to position " + (to + 1));
  }

  function onKeyDown(e) {
    if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    e.preventDefault();
    const delta = e.key === "ArrowUp" ? -1 : 1;
    if (e.altKey) {
      shift(delta);
    } else {
      setSelected((s) => Math.min(stops.length - 1, Math.max(0, s + delta)));
    }
  }

  return (
    <section className="audio-tour">
      <h1>Audio tour order</h1>
      <p>
        {tour} · {language}
      </p>
      <p className="help">Click a stop, then use ↑ / ↓ to pick and Alt + ↑ / Alt + ↓ to move it.</p>

      <ul role="listbox" aria-label="Tour stops" tabIndex={0} onKeyDown={onKeyDown} className="stops">
        {stops.map((s, i) => (
          <li
            key={s.id}
            role="option"
            aria-selected={i === selected}
            className={i === selected ? "stop selected" : "stop"}
            onClick={() => setSelected(i)}
          >
            <span className="number">{i + 1}</span> {s.title}
            <small>
              {" "}
              room {s.room} · {s.length}
            </small>
          </li>
        ))}
      </ul>

      <div className="toolbar">
        <button type="button" disabled={selected === 0} onClick={() => shift(-1)}>
          Move up
        </button>
        <button type="button" disabled={selected === stops.length - 1} onClick={() => shift(1)}>
          Move down
        </button>
      </div>

      <p role="status" className="announce">
        {announce}
      </p>
    </section>
  );
}
