import { useState } from "react";
import { EnrolmentProvider, useEnrolment } from "./EnrolmentContext.jsx";
import LevelPanel from "./LevelPanel.jsx";

const LEVELS = [
  { id: "beg", name: "Beginner", note: "Lead-rein lessons, ages 6 and up." },
  { id: "imp", name: "Improver", note: "Rising trot off the lead rein." },
  { id: "int", name: "Intermediate", note: "Canter work and jumping up to 60 cm." },
  { id: "adv", name: "Advanced", note: "Courses up to 90 cm, flatwork on school horses." },
];

const SLOTS = [
  { id: "b1", level: "beg", when: "Sat 09:00", coach: "Hattie", spaces: 2 },
  { id: "b2", level: "beg", when: "Sun 10:00", coach: "Hattie", spaces: 0 },
  { id: "i1", level: "imp", when: "Sat 11:00", coach: "Marcus", spaces: 3 },
  { id: "n1", level: "int", when: "Wed 17:30", coach: "Dervla", spaces: 1 },
  { id: "a1", level: "adv", when: "Thu 18:30", coach: "Dervla", spaces: 4 },
];

function Summary() {
  const { enrolled, waiting } = useEnrolment();
  return (
    <p className="summary">
      My lessons: {enrolled.length} · Waiting lists: {waiting.length}
    </p>
  );
}

function LevelList({ levels }) {
  const [openId, setOpenId] = useState(null);
  return (
    <div className="levels">
      {levels.map((l) => (
        <LevelPanel
          key={l.id}
          level={l}
          open={openId === l.id}
          onToggle={() => setOpenId(openId === l.id ? null : l.id)}
        />
      ))}
    </div>
  );
}

export default function RidingLevels({ levels = LEVELS, slots = SLOTS, rider = "Elsie Marchbank" }) {
  return (
    <EnrolmentProvider initialSlots={slots}>
      <main className="riding">
        <h1>Tarnhollow Riding School - lessons by level</h1>
        <p>Booking for {rider}</p>
        <Summary />
        <LevelList levels={levels} />
        <p className="small">Lessons are 45 minutes. Hats and boots can be borrowed at the yard office.</p>
        <p className="small">
          When a lesson is full you can join its waiting list; the office rings you if a space comes up.
        </p>
      </main>
    </EnrolmentProvider>
  );
}
