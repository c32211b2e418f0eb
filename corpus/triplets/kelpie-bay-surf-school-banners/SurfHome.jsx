import { useState } from "react";
import useDismissed from "./useDismissed.js";

const BANNERS = [
  { key: "swell", title: "Swell warning", text: "Big swell on Saturday: beginners lessons move to the lagoon.", tone: "alert" },
  { key: "wetsuits", title: "Wetsuits restocked", text: "5 mm wetsuits are back in sizes S to XL.", tone: "info" },
  { key: "promo", title: "Lesson bundle", text: "Book 5 lessons, get the 6th free.", tone: "promo" },
];

const LESSONS = [
  { id: "sat-0930", when: "Sat 09:30", name: "Lagoon beginners", coach: "Tavi", left: 4 },
  { id: "sat-1300", when: "Sat 13:00", name: "Green waves", coach: "Morwen", left: 2 },
  { id: "sun-0800", when: "Sun 08:00", name: "Dawn patrol (improvers)", coach: "Tavi", left: 6 },
];

export default function SurfHome({ banners = BANNERS, lessons = LESSONS }) {
  const dismissed = useDismissed();
  const [booked, setBooked] = useState(null);
  const shown = banners.filter((b) => !dismissed.isHidden(b.key));
  const hiddenCount = banners.length - shown.length;

  return (
    <div className="surf-home">
      <h1>Kelpie Bay Surf School</h1>

      {booked && !dismissed.isHidden("booked-" + booked.id) && (
        <div className="banner success" role="status">
          Booked: {booked.when} {booked.name} with {booked.coach}
          <button type="button" aria-label="Hide booking banner" onClick={() => dismissed.hide("booked-" + booked.id)}>
            ×
          </button>
        </div>
      )}

      {shown.map((b) => (
        <div key={b.key} className={"banner " + b.tone} role={b.tone === "alert" ? "alert" : "status"}>
          <strong>{b.title}</strong> {b.text}
          <button type="button" aria-label={`Hide ${b.title}`} onClick={() => dismissed.hide(b.key)}>
            ×
          </button>
        </div>
      ))}

      {hiddenCount > 0 && (
        <button type="button" className="link" onClick={dismissed.restoreAll}>
          Show {hiddenCount} hidden {hiddenCount === 1 ? "banner" : "banners"}
        </button>
      )}

      <h2>This weekend</h2>
      <ul className="lessons">
        {lessons.map((l) => (
          <li key={l.id}>
            {l.when} · {l.name} · {l.coach} · {l.left} places
            <button type="button" onClick={() => setBooked(l)}>
              Book
            </button>
          </li>
        ))}
      </ul>
      <p className="small">Boards and wetsuits are included in every lesson.</p>
    </div>
  );
}
