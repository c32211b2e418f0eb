import { useState } from "react";
import useRovingFocus from "./useRovingFocus.js";

const BADGES = [
  {
    name: "Camper",
    requirements: [
      { text: "Pack a kit list for two nights", done: true },
      { text: "Pitch a tent without help", done: false },
      { text: "Cook a meal on a stove", done: false },
      { text: "Leave no trace talk", done: false },
    ],
  },
  {
    name: "Navigator",
    requirements: [
      { text: "Take a compass bearing", done: false },
      { text: "Read a 1:25 000 map", done: false },
      { text: "Plan a 5 km route", done: false },
    ],
  },
  {
    name: "First aid",
    requirements: [
      { text: "Recovery position", done: true },
      { text: "Treat a minor burn", done: true },
    ],
  },
];

export default function BadgeTracker({ scout = "Tamsin Hollis", initialBadges = BADGES }) {
  const [badges, setBadges] = useState(initialBadges);
  const [selected, setSelected] = useState(0);
  const roving = useRovingFocus(badges.length, (i) => setSelected(i));
  const badge = badges[selected];
  const doneCount = badge.requirements.filter((r) => r.done).length;

  function toggle(reqIndex) {
    setBadges((list) =>
      list.map((b, bi) =>
        bi !== selected
          ? b
          : { ...b, requirements: b.requirements.map((r, ri) => (ri === reqIndex ? { ...r, done: !r.done } : r)) }
      )
    );
  }

  return (
    <div className="badges">
      <h1>Pinecrest Scouts - {scout}</h1>
      <div role="tablist" aria-label="Badges">
        {badges.map((b, i) => (
          <div
            key={b.name}
            ref={roving.register(i)}
            role="tab"
            aria-selected={i === selected}
            tabIndex={i === roving.focusIndex ? 0 : -1}
            onFocus={() => roving.setFocusIndex(i)}
            onClick={() => setSelected(i)}
            onKeyDown={roving.keyHandler(i)}
          >
            {b.name}
          </div>
        ))}
      </div>
      <section role="tabpanel" aria-label={badge.name}>
        <h2>{badge.name} badge</h2>
        <p className="progress">
          {doneCount} of {badge.requirements.length} requirements done
        </p>
        {badge.requirements.map((r, ri) => (
          <label key={r.text} className="req">
            <input type="checkbox" checked={r.done} onChange={() => toggle(ri)} />
            {r.text}
          </label>
        ))}
      </section>
    </div>
  );
}
