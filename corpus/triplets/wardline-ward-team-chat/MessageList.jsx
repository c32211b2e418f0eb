export default function MessageList({ messages }) {
  if (messages.length === 0) return <p className="empty">No messages in this channel yet.</p>;
  return (
    <ul className="messages">
      {messages.map((m) => (
        <li key={m.id} className={m.urgent ? "message urgent" : "message"}>
          {m.urgent && <strong className="flag">URGENT </strong>}
          <span className="from">{m.from}</span>: <span className="text">{m.text}</span>
        </li>
      ))}
    </ul>
  );
}
