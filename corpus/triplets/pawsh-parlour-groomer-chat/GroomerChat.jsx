import { useRef, useState } from "react";
import { groomerReply } from "./groomerReplies.js";
import ChatBubble from "./ChatBubble.jsx";

const BOOKING = { pet: "Biscuit", breed: "Cockapoo", slot: "Sat 14 June, 10:30", groomer: "Bea" };

const HISTORY = [
  { id: 1, from: "groomer", text: "Hi! Biscuit is booked for a full groom on Sat 14 June, 10:30." },
  { id: 2, from: "me", text: "Great, thank you!" },
];

const PACKAGE = ["Bath & blow-dry", "Full body clip", "Ear clean"];

const QUICK = ["Running 10 min late", "Can you trim the nails too?", "Please keep the ears fluffy"];

export default function GroomerChat({ booking = BOOKING, initial = HISTORY }) {
  const [messages, setMessages] = useState(initial);
  const inputRef = useRef(null);

  function send(raw) {
    const text = raw.trim();
    if (!text) return false;
    setMessages((list) => {
      const mine = { id: list.length + 1, from: "me", text };
      const answer = groomerReply(text, booking);
      const next = [...list, mine];
      return answer ? [...next, { id: list.length + 2, from: "groomer", text: answer }] : next;
    });
    return true;
  }

  function sendTyped() {
    const field = inputRef.current;
    if (send(field.value)) field.value = "";
    field.focus();
  }

  function onKeyDown(e) {
    if (e.key === "Enter") {
      e.preventDefault();
      sendTyped();
    }
  }

  return (
    <div className="chat">
      <header>
        <h1>Chat with {booking.groomer} at Pawsh Parlour</h1>
        <p>
          {booking.pet} ({booking.breed}) - {booking.slot}
        </p>
      </header>

      <section className="package">
        <h2>Included in the full groom</h2>
        <ul>
          {PACKAGE.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <ol className="messages" aria-label="Conversation">
        {messages.map((m) => (
          <ChatBubble key={m.id} message={m} groomer={booking.groomer} />
        ))}
      </ol>

      <div className="quick">
        {QUICK.map((q) => (
          <button key={q} type="button" className="chip" onClick={() => send(q)}>
            {q}
          </button>
        ))}
      </div>

      <div className="composer">
        <input ref={inputRef} placeholder={"Message " + booking.groomer + "..."} onKeyDown={onKeyDown} />
        <button type="button" onClick={sendTyped}>
          Send
        </button>
      </div>
    </div>
  );
}
