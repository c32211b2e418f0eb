import { useState } from "react";
import CharCounter from "./CharCounter.jsx";
import useCharLimit from "./useCharLimit.js";

const DATES = ["Tue 14 Oct", "Wed 15 Oct", "Thu 23 Oct", "Tue 4 Nov"];
const MIN_PUPILS = 5;
const MAX_PUPILS = 60;
const INCLUDED = ["Rock-pool lab session", "Shark tunnel walk", "Keeper talk (30 min)", "Worksheet pack per pupil"];

export default function SchoolVisitInquiry() {
  const school = useCharLimit(40);
  const needs = useCharLimit(120);
  const [email, setEmail] = useState("");
  const [pupils, setPupils] = useState("");
  const [date, setDate] = useState(DATES[0]);
  const [problem, setProblem] = useState("");
  const [sent, setSent] = useState("");

  function send(e) {
    e.preventDefault();
    const n = Number(pupils);
    if (!school.value.trim()) return setProblem("Please tell us the school or group name");
    if (!email.includes("@")) return setProblem("We need an email address to reply to");
    if (!Number.isInteger(n) || n < MIN_PUPILS || n > MAX_PUPILS)
      return setProblem(`Groups are ${MIN_PUPILS} to ${MAX_PUPILS} pupils - larger schools book two slots`);
    setProblem("");
    setSent(`Thanks! The education team will email ${email} about your visit on ${date} for ${n} pupils.`);
  }

  return (
    <section className="school-visit">
      <h1>Brightwater Aquarium - school visits</h1>
      <p>Free for state schools. Visits run 10:00-13:30 and include:</p>
      <ul className="included">
        {INCLUDED.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <form onSubmit={send} noValidate>
        <div className="field">
          <input aria-label="School or group name" value={school.value} onChange={school.onChange} />
          <CharCounter field={school} />
        </div>
        <div className="field">
          <input aria-label="Teacher's email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <input aria-label="Number of pupils" value={pupils} onChange={(e) => setPupils(e.target.value)} />
        </div>
        <div className="field">
          <select aria-label="Preferred date" value={date} onChange={(e) => setDate(e.target.value)}>
            {DATES.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <textarea aria-label="Accessibility or dietary needs" value={needs.value} onChange={needs.onChange} />
          <CharCounter field={needs} />
        </div>
        {problem && <p className="problem">{problem}</p>}
        <button type="submit">Send inquiry</button>
      </form>
      {sent && <p className="sent">{sent}</p>}
    </section>
  );
}
