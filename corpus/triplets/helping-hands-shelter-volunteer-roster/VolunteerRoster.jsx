import { useState } from "react";
import { VolunteerContext } from "./volunteer.js";
import ShiftCard from "./ShiftCard.jsx";

const SHIFTS = [
  { id: "s1", day: "Mon 3 Nov", role: "Breakfast kitchen", time: "07:00-10:00", needed: 3, names: ["Aisha", "Ron"] },
  { id: "s2", day: "Mon 3 Nov", role: "Night desk", time: "22:00-07:00", needed: 2, names: ["Glyn", "Maud"] },
  { id: "s3", day: "Tue 4 Nov", role: "Laundry run", time: "13:00-16:00", needed: 2, names: [] },
];

export default function VolunteerRoster({
  shelter = "Helping Hands Shelter, Mill Lane",
  me = "Kofi",
  loading = false,
  error = null,
  shifts = SHIFTS,
}) {
  const [roster, setRoster] = useState(shifts);

  function join(id) {
    setRoster((list) =>
      list.map((s) => (s.id === id && s.names.length < s.needed && !s.names.includes(me) ? { ...s, names: [...s.names, me] } : s))
    );
  }

  function leave(id) {
    setRoster((list) => list.map((s) => (s.id === id ? { ...s, names: s.names.filter((n) => n !== me) } : s)));
  }

  let content;
  if (loading) {
    content = <p className="roster-note">Loading this week's roster...</p>;
  } else if (error) {
    content = (
      <p className="roster-note" role="alert">
        Roster could not be loaded ({error}). Ring the duty manager on 0113 496 0750.
      </p>
    );
  } else if (roster.length === 0) {
    content = <p className="roster-note">No shifts published for this week yet.</p>;
  } else {
    const mine = roster.filter((s) => s.names.includes(me)).length;
    const open = roster.filter((s) => s.names.length < s.needed);
    const gaps = open.reduce((n, s) => n + s.needed - s.names.length, 0);
    content = (
      <>
        <p className="my-count">
          You are down for {mine === 1 ? "1 shift" : mine + " shifts"} this week.
        </p>
        <p className="gaps">
          {open.length === 0
            ? "Every shift is covered."
            : (gaps === 1 ? "1 place" : gaps + " places") +
              " still open across " +
              (open.length === 1 ? "1 shift" : open.length + " shifts")}
        </p>
        <div className="shift-list">
          {roster.map((s) => (
            <ShiftCard key={s.id} shift={s} onJoin={() => join(s.id)} onLeave={() => leave(s.id)} />
          ))}
        </div>
      </>
    );
  }

  return (
    <VolunteerContext.Provider value={me}>
      <div className="roster">
        <h1>{shelter}</h1>
        <h2>Volunteer roster</h2>
        <p className="week">Week of 3 November - signed in as {me}</p>
        {content}
        <footer className="roster-footer">
          <p>Swap a shift? Post in the volunteers' group or ask at the front desk.</p>
          <p>DBS check and food hygiene certificate needed for kitchen shifts.</p>
        </footer>
      </div>
    </VolunteerContext.Provider>
  );
}
