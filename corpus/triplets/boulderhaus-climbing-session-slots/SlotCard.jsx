export default function SlotCard({ session, party, onBook, onWaitlist }) {
  const left = session.capacity - session.taken;
  const full = left <= 0;
  const fits = left >= party;

  return (
    <div className={full ? "slot-card full" : "slot-card"}>
      <h3>
        {session.time} {session.name}
      </h3>
      <span className="spots">{full ? "Full" : left === 1 ? "1 spot left" : left + " spots left"}</span>
      {full ? (
        <button onClick={onWaitlist}>Join waitlist</button>
      ) : (
        <button disabled={!fits} onClick={onBook}>
          Book {session.time}
        </button>
      )}
      {!full && !fits && <small className="too-small">Not enough spots for your group</small>}
    </div>
  );
}
