import { useState } from "react";
import { LOTS, SORTS, formatCloses, formatEstimate } from "./lots.js";

const BUTTONS = [
  { key: "lot", label: "Lot number" },
  { key: "estimate", label: "Estimate" },
  { key: "closes", label: "Closing soonest" },
];

function describe(sort) {
  const label = BUTTONS.find((b) => b.key === sort.key).label;
  return sort.dir === 1 ? `Sorted by ${label.toLowerCase()}` : `Sorted by ${label.toLowerCase()}, reversed`;
}

export default function AuctionLots({ lots = LOTS, sale = "Spring postal auction" }) {
  const [sort, setSort] = useState({ key: "lot", dir: 1 });

  function choose(key) {
    setSort((s) => ({ key, dir: s.key === key ? -s.dir : 1 }));
  }

  const ordered = [...lots].sort((a, b) => sort.dir * SORTS[sort.key](a, b));

  return (
    <section className="auction">
      <h1>Kingsmere Philatelic Society</h1>
      <h2>{sale}</h2>
      <p className="rules">Postal and e-mail bids only. Buyer's premium 12 %.</p>

      <div className="sort-buttons" role="group" aria-label="Sort lots">
        {BUTTONS.map((b) => {
          const active = sort.key === b.key;
          return (
            <button key={b.key} type="button" aria-pressed={active} onClick={() => choose(b.key)}>
              {b.label}
              {active && (sort.dir === 1 ? " \u25b2" : " \u25bc")}
            </button>
          );
        })}
      </div>

      <p className="sort-note">{describe(sort)}</p>

      <ol className="lots">
        {ordered.map((l) => (
          <li key={l.lot}>
            <span className="lot-no">Lot {l.lot}</span>
            <span className="lot-title">{l.title}</span>
            <span className="estimate">est. {formatEstimate(l.estimate)}</span>
            <span className="closes">closes {formatCloses(l.closes)}</span>
          </li>
        ))}
      </ol>

      <p className="count">{lots.length} lots in this sale</p>
      <p className="withdrawn">
        Withdrawn lots are removed from this list; their numbers are not reused.
      </p>
      <p className="contact">Queries to the auction secretary, Mr. R. Pell, by Thursday.</p>
    </section>
  );
}
