import { useRsvp } from "./useRsvp.js";

const EVENT = {
  title: "Heavy Euro night: Brass Birmingham & Ark Nova",
  when: "Tue 8 April, 18:30",
  host: "Dmitri K.",
  capacity: 12,
  counts: { yes: 10, maybe: 4, no: 2 },
};

const ANSWERS = [
  { key: "yes", label: "Going" },
  { key: "maybe", label: "Maybe" },
  { key: "no", label: "Can't make it" },
];

export default function GameNightRsvp({ event = EVENT }) {
  const rsvp = useRsvp(event.counts, event.capacity);

  return (
    <div className="rsvp">
      <p className="venue">Meeple Den board game cafe</p>
      <h1>{event.title}</h1>
      <p>
        {event.when} - hosted by {event.host}
      </p>

      <ul className="tally">
        <li>
          Going: <span className="n-yes">{rsvp.counts.yes}</span>
        </li>
        <li>
          Maybe: <span className="n-maybe">{rsvp.counts.maybe}</span>
        </li>
        <li>
          Can't make it: <span className="n-no">{rsvp.counts.no}</span>
        </li>
      </ul>

      <p className="seats">
        Seats left: <span className="n-seats">{rsvp.seatsLeft}</span>
        {rsvp.seatsLeft === 0 && <strong className="full"> - Game table full</strong>}
      </p>

      <fieldset>
        <legend>Your answer</legend>
        {ANSWERS.map((a) => (
          <button
            key={a.key}
            type="button"
            className={rsvp.answer === a.key ? "answer chosen" : "answer"}
            aria-pressed={rsvp.answer === a.key}
            onClick={() => rsvp.choose(a.key)}
          >
            {a.label}
          </button>
        ))}
      </fieldset>

      <label>
        <input
          type="checkbox"
          checked={rsvp.guest}
          disabled={rsvp.answer !== "yes" || (!rsvp.guest && rsvp.seatsLeft === 0)}
          onChange={(e) => rsvp.setGuest(e.target.checked)}
        />
        Bringing a guest (+1)
      </label>

      {rsvp.answer && (
        <p className="confirm">
          You answered: {ANSWERS.find((a) => a.key === rsvp.answer).label}
          {rsvp.guest && rsvp.answer === "yes" ? " with a guest" : ""}
        </p>
      )}
    </div>
  );
}
