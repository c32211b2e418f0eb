import { useState } from "react";
import { useSupportBot } from "./useSupportBot.js";

const TRAVELLER = { name: "Noor Haddad", booking: "SV-4821", route: "LIS - CPH", flight: "SV 318" };

const TRIP = [
  ["Departs", "Lisbon T1, 14 Mar 07:55"],
  ["Arrives", "Copenhagen T3, 12:10"],
  ["Fare", "Skyvale Basic (cabin bag only)"],
];

const SUGGESTIONS = ["Baggage allowance", "Refund status", "Choose a seat"];

export default function SupportChat({ traveller = TRAVELLER, queueAhead = 3 }) {
  const { messages, ask, requestAgent, agentRequested } = useSupportBot(traveller, queueAhead);
  const [text, setText] = useState("");

  function handleSubmit(e) {
    e.preventDefault();
    if (!text.trim()) return;
    ask(text);
    setText("");
  }

  return (
    <section className="support">
      <header>
        <h1>Skyvale Air help</h1>
        <p>
          Booking {traveller.booking} - {traveller.flight} {traveller.route}
        </p>
      </header>

      <dl className="trip">
        {TRIP.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <div className="transcript" role="log" aria-label="Chat transcript">
        {messages.map((m) => (
          <div key={m.id} className={"msg " + m.from}>
            <span className="who">{m.from === "bot" ? "Skyvale assistant" : traveller.name}</span>
            <p>{m.text}</p>
          </div>
        ))}
      </div>

      <div className="suggestions">
        <span>Try:</span>
        {SUGGESTIONS.map((s) => (
          <button key={s} type="button" className="suggestion" onClick={() => setText(s)}>
            {s}
          </button>
        ))}
      </div>

      <form onSubmit={handleSubmit} className="ask">
        <label htmlFor="question">Your question</label>
        <input id="question" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={!text.trim()}>
          Send
        </button>
      </form>

      <div className="handover">
        {agentRequested ? (
          <p className="queue">An agent will join shortly.</p>
        ) : (
          <button type="button" onClick={requestAgent}>
            Talk to an agent
          </button>
        )}
      </div>

      <footer>
        <small>
          Topics the assistant knows: baggage, refund, seat. For anything else ask for an agent.
        </small>
      </footer>
    </section>
  );
}
