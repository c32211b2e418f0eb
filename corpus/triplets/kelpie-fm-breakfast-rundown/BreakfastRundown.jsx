import { useState } from "react";
import { useOrderedList } from "./useOrderedList.js";
import { onAirTimes, clock, toSeconds } from "./clock.js";

const SEGMENTS = [
  { id: "news", name: "News bulletin", length: "3:00", kind: "speech" },
  { id: "traffic", name: "Traffic & weather", length: "1:30", kind: "speech" },
  { id: "interview", name: "Interview: harbour council", length: "8:00", kind: "speech" },
  { id: "ads", name: "Ad break A", length: "2:30", kind: "ads" },
  { id: "music", name: "Music: The Skerries live", length: "4:00", kind: "music" },
];

export default function BreakfastRundown({ show = "Kelpie FM Breakfast", hour = 7, presenter = "Morag & Dev" }) {
  const { items, moveUp, moveDown, reset } = useOrderedList(SEGMENTS);
  const [sent, setSent] = useState(false);
  const times = onAirTimes(items, hour);
  const end = clock(hour * 3600 + items.reduce((sum, s) => sum + toSeconds(s.length), 0));
  const warning = items[0].kind === "ads" ? "The hour cannot open with an ad break" : "";

  return (
    <section className="rundown">
      <h1>{show}</h1>
      <p>
        {presenter} · {String(hour).padStart(2, "0")}:00 hour
      </p>
      <ol className="segments">
        {items.map((seg, i) => (
          <li key={seg.id} className={"segment " + seg.kind}>
            <span className="slot">
              #{i + 1} · {times[i]}
            </span>
            <span className="name">{seg.name}</span>
            <span className="length">{seg.length}</span>
            <button type="button" aria-label={"Move " + seg.name + " up"} disabled={i === 0} onClick={() => { moveUp(seg.id); setSent(false); }}>
              ▲
            </button>
            <button
              type="button"
              aria-label={"Move " + seg.name + " down"}
              disabled={i === items.length - 1}
              onClick={() => { moveDown(seg.id); setSent(false); }}
            >
              ▼
            </button>
          </li>
        ))}
      </ol>
      <p className="end">Segment block ends {end}</p>
      {warning && <p className="warning">{warning}</p>}
      <div className="actions">
        <button type="button" onClick={reset}>
          Reset to template
        </button>
        <button type="button" disabled={!!warning} onClick={() => setSent(true)}>
          Send to playout
        </button>
      </div>
      {sent && <p role="status">Rundown sent to playout</p>}
    </section>
  );
}
