export default function ChannelList({ channels, unread, active, onOpen }) {
  return (
    <nav className="channels">
      {channels.map((c) => (
        <button key={c.id} className={c.id === active ? "channel active" : "channel"} onClick={() => onOpen(c.id)}>
          {c.name}
          {unread[c.id] > 0 && <span className="badge">{unread[c.id]}</span>}
        </button>
      ))}
    </nav>
  );
}
