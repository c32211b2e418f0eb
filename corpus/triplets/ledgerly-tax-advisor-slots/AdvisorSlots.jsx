import { useState } from "react";
import { startTimes, toClock, toMinutes } from "./slots.js";

const ADVISOR = {
  name: "Priyanka Shah",
  role: "Chartered tax adviser",
  day: "Wednesday 15 January",
  windows: [
    ["09:00", "10:30"],
    ["13:00", "14:00"],
    ["15:30", "17:00"],
  ],
};

const TOPICS = ["Self-assessment review", "Capital gains on shares", "Rental income", "IR35 status check"];
const LENGTHS = [30, 60, 90];

export default function AdvisorSlots({ advisor = ADVISOR }) {
  const [length, setLength] = useState(30);
  const [start, setStart] = useState(null);
  const [topic, setTopic] = useState(TOPICS[0]);
  const [warning, setWarning] = useState("");
  const [confirmed, setConfirmed] = useState("");

  const times = startTimes(advisor.windows, length);

  function changeLength(next) {
    setLength(next);
    if (start && !startTimes(advisor.windows, next).includes(start)) {
      setStart(null);
      setWarning("Your chosen time no longer fits. Pick another.");
    }
  }

  function book() {
    const end = toClock(toMinutes(start) + length);
    setConfirmed(start + "-" + end + " with " + advisor.name + " (" + topic + ")");
  }

  return (
    <div className="advisor-slots">
      <header>
        <p className="brand">Ledgerly</p>
        <h1>Book a call with {advisor.name}</h1>
        <p>
          {advisor.role} - {advisor.day}
        </p>
      </header>

      <fieldset className="length">
        <legend>Meeting length</legend>
        {LENGTHS.map((m) => (
          <label key={m}>
            <input type="radio" name="length" checked={length === m} onChange={() => changeLength(m)} />
            {m} min
          </label>
        ))}
      </fieldset>

      <label htmlFor="topic">Topic</label>
      <select id="topic" value={topic} onChange={(e) => setTopic(e.target.value)}>
        {TOPICS.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>

      <p className="count">
        <span>{times.length}</span> start times available
      </p>
      <div className="times">
        {times.map((t) => (
          <button
            key={t}
            aria-pressed={t === start}
            onClick={() => {
              setStart(t);
              setWarning("");
            }}
          >
            {t}
          </button>
        ))}
      </div>
      {warning && <p className="warning">{warning}</p>}

      <button className="book" disabled={!start} onClick={book}>
        Book call
      </button>
      {confirmed && <p className="confirmed">Booked: {confirmed}</p>}
    </div>
  );
}
