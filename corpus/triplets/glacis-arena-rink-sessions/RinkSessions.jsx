import SessionList from "./SessionList.jsx";
import { SORTS, SortProvider, useSort } from "./SortContext.jsx";

const SATURDAY = [
  { time: "08:00", name: "Early bird freestyle", level: "Advanced", pence: 950, skateHire: false },
  { time: "09:30", name: "Toddler tots on ice", level: "Beginner", pence: 600, skateHire: true },
  { time: "11:00", name: "Public skate", level: "All levels", pence: 800, skateHire: true },
  { time: "12:45", name: "Adult learn to skate", level: "Beginner", pence: 1100, skateHire: true },
  { time: "14:00", name: "Ice dance club", level: "Intermediate", pence: 1050, skateHire: false },
  { time: "15:30", name: "Public skate", level: "All levels", pence: 800, skateHire: true },
  { time: "17:00", name: "Hockey skills", level: "Improver", pence: 1200, skateHire: false },
  { time: "19:30", name: "Disco on ice", level: "All levels", pence: 900, skateHire: true },
];

function SortButtons() {
  const { sortKey, setSortKey } = useSort();
  return (
    <div className="sort-by">
      <span>Sort by:</span>
      {Object.entries(SORTS).map(([key, s]) => (
        <button key={key} type="button" aria-pressed={sortKey === key} onClick={() => setSortKey(key)}>
          {s.label}
        </button>
      ))}
    </div>
  );
}

function Caption() {
  const { sortKey } = useSort();
  return <p className="caption">Sessions sorted by {SORTS[sortKey].label.toLowerCase()}</p>;
}

function Levels() {
  return (
    <dl className="levels">
      <dt>Beginner</dt>
      <dd>Never skated, or holding the barrier.</dd>
      <dt>Improver</dt>
      <dd>Can stop and skate backwards a little.</dd>
      <dt>Intermediate</dt>
      <dd>Crossovers both ways, simple spins.</dd>
      <dt>Advanced</dt>
      <dd>Jumps and full-speed freestyle.</dd>
    </dl>
  );
}

export default function RinkSessions({ day = "Saturday", sessions = SATURDAY }) {
  return (
    <SortProvider>
      <section className="rink">
        <h1>Glacis Arena</h1>
        <h2>{day} on the ice</h2>
        <SortButtons />
        <Caption />
        <SessionList sessions={sessions} />
        <Levels />
        <p className="note">Gloves are compulsory on every session. Under-8s skate with an adult.</p>
        <p className="note">Ice resurfacing takes 15 minutes between sessions.</p>
      </section>
    </SortProvider>
  );
}
