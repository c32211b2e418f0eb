import { useState } from "react";
import { BallotContext, MAX_PICKS } from "./ballot.js";
import TalkCard from "./TalkCard.jsx";

const TALKS = [
  { id: "t1", title: "Rust in the kernel: two years on", speaker: "Mireille Fontaine", track: "Systems" },
  { id: "t2", title: "Feature flags without the mess", speaker: "Oluwaseun Adeyemi", track: "Delivery" },
  { id: "t3", title: "Postgres as a queue, honestly", speaker: "Henrik Dahl", track: "Data" },
  { id: "t4", title: "Accessibility audits that stick", speaker: "Priya Raman", track: "Frontend" },
  { id: "t5", title: "On-call without burnout", speaker: "Jonas Weber", track: "Culture" },
];

export default function TalkBallot({ talks = TALKS, voter = "Attendee #A-2291" }) {
  const [picks, setPicks] = useState([]);
  const [sent, setSent] = useState(false);

  function toggle(id) {
    setPicks((current) => {
      if (current.includes(id)) return current.filter((p) => p !== id);
      if (current.length >= MAX_PICKS) return current;
      return [...current, id];
    });
  }

  const full = picks.length >= MAX_PICKS;

  if (sent) {
    const titles = talks.filter((t) => picks.includes(t.id)).map((t) => t.title);
    return (
      <div className="ballot sent">
        <h1>Ballot sent</h1>
        <p className="sent-count">
          {picks.length === 1 ? "1 talk" : picks.length + " talks"} shortlisted by {voter}
        </p>
        <ul>
          {titles.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <BallotContext.Provider value={{ picks, toggle, full }}>
      <div className="ballot">
        <h1>DevHarbor Conf 2025 - community talk vote</h1>
        <p>Pick up to {MAX_PICKS} talks you would like to see on the main stage.</p>
        <p className="used">
          {picks.length} of {MAX_PICKS} picks used
        </p>
        {picks.length > 0 && (
          <ol className="my-picks" aria-label="Your picks so far">
            {picks.map((id) => (
              <li key={id}>{talks.find((t) => t.id === id).title}</li>
            ))}
          </ol>
        )}
        {full && <p className="full-note">You have used all {MAX_PICKS} picks. Untick one to change.</p>}

        <div className="talks">
          {talks.map((t) => (
            <TalkCard key={t.id} talk={t} />
          ))}
        </div>

        <button disabled={picks.length === 0} onClick={() => setSent(true)}>
          Send ballot
        </button>
        {picks.length > 0 && (
          <button className="link" onClick={() => setPicks([])}>
            Clear all picks
          </button>
        )}
      </div>
    </BallotContext.Provider>
  );
}
